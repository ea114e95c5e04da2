import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';

import { Providers } from '../app/providers';
import type { Lang } from '../lib/i18n';

/** Renders a page with every provider (no retries, zh, year 2025) inside a MemoryRouter at `route`. */
export function renderPage(ui: ReactElement, options: { route?: string; path?: string; lang?: Lang } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const route = options.route ?? '/';
  return render(
    <Providers client={client} lang={options.lang ?? 'zh'} filters={{ year: 2025, orgNodeId: 'district-1' }}>
      <MemoryRouter initialEntries={[route]}>
        <Routes>
          <Route path={options.path ?? route.split('?')[0]} element={ui} />
          <Route path="*" element={<div>navigated</div>} />
        </Routes>
      </MemoryRouter>
    </Providers>,
  );
}
