import { jest } from '@jest/globals';

export type FakeAnswer = unknown | { status: number; body: unknown } | 'pending';

/** A request as the fake saw it: `body` is the parsed JSON, the FormData, or undefined. */
export interface FakeRequest {
  key: string;
  url: URL;
  body: unknown;
}

/** An answer computed per request (e.g. a list that grows after a POST). */
export type FakeHandler = (req: FakeRequest) => FakeAnswer;

function isStatusAnswer(v: unknown): v is { status: number; body: unknown } {
  return typeof v === 'object' && v !== null && 'status' in v && 'body' in v && Object.keys(v).length === 2;
}

/**
 * Replaces global fetch: routes are `METHOD /api/path` (query string ignored); an answer is a JSON body,
 * `{ status, body }` for an error, or 'pending' for a request that never answers (loading state).
 * Unknown routes answer 404 with the API's error shape. A function answer (FakeHandler) is called per request.
 * `requests` records every request with its body.
 */
export function fakeFetch(routes: Record<string, FakeAnswer>) {
  const calls: string[] = [];
  const requests: FakeRequest[] = [];
  const fn = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const key = `${(init?.method ?? 'GET').toUpperCase()} ${url.pathname}`;
    calls.push(`${key}${url.search}`);
    const raw = init?.body;
    const request: FakeRequest = {
      key,
      url,
      body: typeof raw === 'string' ? (JSON.parse(raw) as unknown) : raw,
    };
    requests.push(request);
    const route = routes[key];
    const answer: FakeAnswer = typeof route === 'function' ? (route as FakeHandler)(request) : route;
    if (answer === 'pending') return new Promise<Response>(() => undefined);
    if (answer === undefined) return json(404, { code: 'NOT_FOUND', message: '请求的内容不存在' });
    if (isStatusAnswer(answer)) return json(answer.status, answer.body);
    return json(200, answer);
  });
  globalThis.fetch = fn as unknown as typeof fetch;
  /** Bodies of the requests sent to `METHOD /api/path`, in order. */
  const bodies = (key: string) => requests.filter((r) => r.key === key).map((r) => r.body);
  return { fn, calls, requests, bodies };
}

function json(status: number, body: unknown): Response {
  return {
    ok: status >= 200 && status < 300,
    status,
    json: async () => body,
  } as Response;
}
