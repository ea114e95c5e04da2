import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';

import { errorMessage } from '../../../lib/api-client';
import { useLang, useT } from '../../../lib/i18n';
import { useLogin } from '../hooks/use-auth';

export function LoginPage() {
  const t = useT();
  const { lang, setLang } = useLang();
  const navigate = useNavigate();
  const mutation = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate(
      { username: username.trim(), password },
      { onSuccess: () => navigate('/', { replace: true }) },
    );
  };

  return (
    <main className="login">
      <form className="login-card" onSubmit={onSubmit} aria-labelledby="login-title">
        <h1 id="login-title">{t('app.title')}</h1>
        <p className="muted">{t('app.subtitle')}</p>
        <label>
          {t('login.username')}
          <input
            name="username"
            autoComplete="username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            required
            autoFocus
          />
        </label>
        <label>
          {t('login.password')}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </label>
        {mutation.isError && (
          <p role="alert" className="form-error">
            {errorMessage(mutation.error)}
          </p>
        )}
        <button type="submit" className="primary" disabled={mutation.isPending}>
          {mutation.isPending ? t('login.submitting') : t('login.submit')}
        </button>
        <div className="login-footer">
          <span className="muted small">{t('login.hint')}</span>
          <button type="button" className="link" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
            {t('header.language')}
          </button>
        </div>
      </form>
    </main>
  );
}
