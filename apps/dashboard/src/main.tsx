import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';

import { App } from './app/app';
import { Providers } from './app/providers';
import { createQueryClient } from './app/query-client';
import { appRoutes, startRoute } from './app/routes';
import { meQuery } from './features/auth/api/auth-api';
import { initialFilters } from './lib/filters';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('missing #root');

const client = createQueryClient();
// The session check, the opened page's code and its first data all start now, side by side.
void client.prefetchQuery(meQuery);
startRoute(appRoutes, window.location.pathname, client, initialFilters());

createRoot(root).render(
  <StrictMode>
    <Providers client={client}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </Providers>
  </StrictMode>,
);
