import type { Me, UserRole } from '@nianbao/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { matchPath } from 'react-router';

import { overviewQuery } from '../features/overview/api/get-overview';
import type { Filters } from '../lib/filters';
import type { MessageKey } from '../lib/i18n';

// Every page of the app, in one list. To add a page: write it under src/features/<feature>/components,
// append an entry below with `page(() => import(...), 'ExportName')`. Pages are lazy so that the first
// screen's JavaScript stays small (recharts and the like load with the page that needs them).

export interface AppRoute {
  /** react-router path, relative to the app root, without a leading slash (e.g. 'units/:unitId'). */
  path: string;
  Component: PageComponent;
  /**
   * The page's first data, started together with the session check and the page's code when the app
   * is opened on this route (instead of after both). Its errors are the page's own (shown on mount).
   */
  prefetch?: (client: QueryClient, filters: Filters) => Promise<unknown>;
  /** Who may open it; absent = every signed-in user. */
  roles?: readonly UserRole[];
  /** Shown in the top navigation when present (to `nav.roles`, else to the route's roles). */
  nav?: {
    label: MessageKey;
    to: string | ((user: Me) => string);
    order: number;
    roles?: readonly UserRole[];
  };
}

export type PageComponent = LazyExoticComponent<ComponentType> & {
  /** Starts loading the page's code (once; a failed load is tried again next time). */
  preload: () => Promise<unknown>;
};

/** Wraps a named export in React.lazy (lazy() wants a default export). */
export function page<M extends Record<string, unknown>>(
  load: () => Promise<M>,
  exportName: keyof M & string,
): PageComponent {
  let loading: Promise<M> | undefined;
  const once = () =>
    (loading ??= load().catch((e: unknown) => {
      loading = undefined;
      throw e;
    }));
  const Component = lazy(async () => ({ default: (await once())[exportName] as ComponentType }));
  return Object.assign(Component, { preload: once });
}

const SUPERVISING: readonly UserRole[] = ['admin', 'supervisor'];

export const appRoutes: AppRoute[] = [
  {
    path: 'overview',
    Component: page(() => import('../features/overview/components/overview-page'), 'OverviewPage'),
    prefetch: (client, { year, orgNodeId }) => client.prefetchQuery(overviewQuery(year, orgNodeId)),
    roles: SUPERVISING,
    nav: { label: 'nav.overview', to: '/overview', order: 10 },
  },
  {
    path: 'completeness',
    Component: page(
      () => import('../features/completeness/components/completeness-page'),
      'CompletenessPage',
    ),
    roles: SUPERVISING,
    nav: { label: 'nav.completeness', to: '/completeness', order: 20 },
  },
  {
    path: 'compare',
    Component: page(() => import('../features/compare/components/compare-page'), 'ComparePage'),
    roles: SUPERVISING,
    nav: { label: 'nav.compare', to: '/compare', order: 30 },
  },
  {
    path: 'proposals',
    Component: page(() => import('../features/proposals/components/proposals-page'), 'ProposalsPage'),
    roles: SUPERVISING,
    nav: { label: 'nav.proposals', to: '/proposals', order: 40 },
  },
  {
    path: 'units',
    Component: page(() => import('../features/unit-detail/components/unit-detail-page'), 'UnitDetailPage'),
    roles: SUPERVISING,
    nav: { label: 'nav.unit', to: '/units', order: 50 },
  },
  {
    path: 'units/:unitId',
    Component: page(() => import('../features/unit-detail/components/unit-detail-page'), 'UnitDetailPage'),
    nav: { label: 'nav.unit', to: (user) => `/units/${user.unitId ?? ''}`, order: 50, roles: ['reporter'] },
  },
  // 填报 (issue 5): the reporter's home, and handing in by file or by the web form.
  {
    path: 'my',
    Component: page(() => import('../features/reporter/components/my-unit-page'), 'MyUnitPage'),
    roles: ['reporter'],
    nav: { label: 'nav.reporter', to: '/my', order: 60 },
  },
  {
    path: 'report/:unitId',
    Component: page(() => import('../features/reporter/components/my-unit-page'), 'MyUnitPage'),
  },
  {
    path: 'report/:unitId/:year/upload',
    Component: page(() => import('../features/reporter/components/upload-page'), 'UploadPage'),
  },
  {
    path: 'report/:unitId/:year/form',
    Component: page(() => import('../features/reporter/components/report-form-page'), 'ReportFormPage'),
  },
  // 审核 (issue 5): the supervisor's accept / return controls.
  {
    path: 'review',
    Component: page(() => import('../features/review/components/review-queue-page'), 'ReviewQueuePage'),
    roles: SUPERVISING,
    nav: { label: 'nav.review', to: '/review', order: 55 },
  },
  {
    path: 'review/:submissionId',
    Component: page(() => import('../features/review/components/review-page'), 'ReviewPage'),
    roles: SUPERVISING,
  },
  {
    path: 'admin',
    Component: page(() => import('../features/admin/components/admin-page'), 'AdminPage'),
    roles: ['admin'],
    nav: { label: 'nav.admin', to: '/admin', order: 70 },
  },
];

/**
 * When the app is opened on a page: its code and its first data load while the session is checked,
 * so the page does not wait for /auth/me, then its chunk, then its data, one after the other.
 */
export function startRoute(
  routes: readonly AppRoute[],
  pathname: string,
  client: QueryClient,
  filters: Filters,
): void {
  const route = routes.find((r) => matchPath(`/${r.path}`, pathname));
  if (!route) return;
  void route.Component.preload().catch(() => undefined); // the route shows the error when it renders
  void route.prefetch?.(client, filters);
}

/** Where a user lands after login and on `/`. */
export function landingPath(user: Me): string {
  if (user.role === 'reporter') return '/my';
  return '/overview';
}

export function canOpen(route: AppRoute, user: Me): boolean {
  return !route.roles || route.roles.includes(user.role);
}

export interface NavItem {
  label: MessageKey;
  to: string;
}

export function navItems(routes: readonly AppRoute[], user: Me): NavItem[] {
  return routes
    .filter((r) => r.nav && (r.nav.roles ?? r.roles ?? [user.role]).includes(user.role))
    .map((r) => r.nav!)
    .sort((a, b) => a.order - b.order)
    .map((n) => ({ label: n.label, to: typeof n.to === 'function' ? n.to(user) : n.to }));
}
