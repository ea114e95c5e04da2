import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';

import { FiltersProvider, type Filters } from '../lib/filters';
import { I18nProvider, type Lang } from '../lib/i18n';

export function Providers({
  client,
  children,
  lang,
  filters,
}: {
  client: QueryClient;
  children: ReactNode;
  lang?: Lang;
  filters?: Partial<Filters>;
}) {
  return (
    <QueryClientProvider client={client}>
      <I18nProvider initialLang={lang}>
        <FiltersProvider initial={filters}>{children}</FiltersProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
