import type { Me } from '@nianbao/contracts';
import { Suspense } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router';

import { DemoBadge } from '../components/demo-badge';
import { LoadingState } from '../components/states';
import { useLogout } from '../features/auth/hooks/use-auth';
import { useFilters } from '../lib/filters';
import { useLang, useT } from '../lib/i18n';
import { OrgPicker, useSelectedOrgNodeIsDemo } from './header/org-picker';
import { YearPicker } from './header/year-picker';
import { appRoutes, navItems } from './routes';

export function Layout({ user }: { user: Me }) {
  const t = useT();
  const { lang, setLang } = useLang();
  const { isDemo } = useFilters();
  const orgIsDemo = useSelectedOrgNodeIsDemo(user);
  const logout = useLogout();
  const navigate = useNavigate();

  return (
    <div className="shell">
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            年
          </span>
          <span className="brand-name">{t('app.title')}</span>
          {(isDemo || orgIsDemo) && <DemoBadge />}
        </div>
        <nav className="nav" aria-label={t('app.title')}>
          {navItems(appRoutes, user).map((item) => (
            <NavLink
              key={item.to}
              to={item.to}
              className={({ isActive }) => (isActive ? 'active' : undefined)}
            >
              {t(item.label)}
            </NavLink>
          ))}
        </nav>
        <div className="toolbar">
          <YearPicker />
          <OrgPicker user={user} />
          <button type="button" className="link" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
            {t('header.language')}
          </button>
          <span className="user" title={user.username}>
            {user.displayName}
          </span>
          <button
            type="button"
            className="link"
            onClick={() =>
              logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) })
            }
          >
            {t('header.logout')}
          </button>
        </div>
      </header>
      <main className="content">
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
