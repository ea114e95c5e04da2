import type { Me } from '@nianbao/contracts';
import { Navigate, Route, Routes, useLocation } from 'react-router';

import { ErrorState, LoadingState } from '../components/states';
import { LoginPage } from '../features/auth/components/login-page';
import { useMe } from '../features/auth/hooks/use-auth';
import { useT } from '../lib/i18n';
import { Layout } from './layout';
import { appRoutes, canOpen, landingPath } from './routes';

function Forbidden() {
  const t = useT();
  return <ErrorState error={new Error(t('state.forbidden'))} />;
}

function NotFound() {
  const t = useT();
  return (
    <section className="page">
      <h1>{t('state.notFound')}</h1>
    </section>
  );
}

function AuthedRoutes({ user }: { user: Me }) {
  return (
    <Routes>
      <Route path="/login" element={<Navigate to={landingPath(user)} replace />} />
      <Route element={<Layout user={user} />}>
        <Route index element={<Navigate to={landingPath(user)} replace />} />
        {appRoutes.map(({ path, Component, ...route }) => (
          <Route
            key={path}
            path={path}
            element={canOpen({ path, Component, ...route }, user) ? <Component /> : <Forbidden />}
          />
        ))}
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

export function App() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <LoadingState />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.user) {
    if (location.pathname !== '/login') return <Navigate to="/login" replace />;
    return <LoginPage />;
  }
  return <AuthedRoutes user={me.user} />;
}
