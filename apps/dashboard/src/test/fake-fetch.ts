import { jest } from '@jest/globals';

export type FakeAnswer = unknown | { status: number; body: unknown } | 'pending';

function isStatusAnswer(v: unknown): v is { status: number; body: unknown } {
  return typeof v === 'object' && v !== null && 'status' in v && 'body' in v && Object.keys(v).length === 2;
}

/**
 * Replaces global fetch: routes are `METHOD /api/path` (query string ignored); an answer is a JSON body,
 * `{ status, body }` for an error, or 'pending' for a request that never answers (loading state).
 * Unknown routes answer 404 with the API's error shape.
 */
export function fakeFetch(routes: Record<string, FakeAnswer>) {
  const calls: string[] = [];
  const fn = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const key = `${(init?.method ?? 'GET').toUpperCase()} ${url.pathname}`;
    calls.push(`${key}${url.search}`);
    const answer = routes[key];
    if (answer === 'pending') return new Promise<Response>(() => undefined);
    if (answer === undefined) return json(404, { code: 'NOT_FOUND', message: '请求的内容不存在' });
    if (isStatusAnswer(answer)) return json(answer.status, answer.body);
    return json(200, answer);
  });
  globalThis.fetch = fn as unknown as typeof fetch;
  return { fn, calls };
}

function json(status: number, body: unknown): Response {
  return {
    ok: status >= 200 && status < 300,
    status,
    json: async () => body,
  } as Response;
}
