import type { INestApplication } from '@nestjs/common';

export interface RegisteredRoute {
  method: string;
  /** Express path pattern as registered, e.g. `/api/units/:id`. */
  path: string;
}

interface RouteLayer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
}

/**
 * Every route the running app answers, read from Express's router after `app.init()` — the live table,
 * not a hand-kept list, so a route added without an access rule shows up here.
 */
export function registeredRoutes(app: INestApplication): RegisteredRoute[] {
  const http = app.getHttpAdapter().getInstance() as {
    router?: { stack: RouteLayer[] };
    _router?: { stack: RouteLayer[] };
  };
  const stack = (http.router ?? http._router)?.stack ?? [];
  const out: RegisteredRoute[] = [];
  for (const layer of stack) {
    if (!layer.route) continue;
    const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
    for (const [method, on] of Object.entries(layer.route.methods)) {
      if (!on || method === '_all') continue;
      for (const p of paths) out.push({ method: method.toUpperCase(), path: p });
    }
  }
  return out;
}
