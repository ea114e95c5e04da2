import type { LoginRequest, LoginResponse } from '@nianbao/contracts';
import { queryOptions } from '@tanstack/react-query';

import { ApiError, apiGet, apiPost, setCsrfToken } from '../../../lib/api-client';

export const authKeys = { me: ['auth', 'me'] as const };

/** The signed-in user, or null when there is no session. */
export async function fetchMe(): Promise<LoginResponse | null> {
  try {
    const res = await apiGet<LoginResponse>('/auth/me');
    setCsrfToken(res.csrfToken);
    return res;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}

/** The session check: used by useMe(), and started before the first render. */
export const meQuery = queryOptions({
  queryKey: authKeys.me,
  queryFn: fetchMe,
  staleTime: 5 * 60_000,
  retry: false,
});

export async function login(body: LoginRequest): Promise<LoginResponse> {
  const res = await apiPost<LoginResponse>('/auth/login', body);
  setCsrfToken(res.csrfToken);
  return res;
}

export async function logout(): Promise<void> {
  try {
    await apiPost<void>('/auth/logout');
  } finally {
    setCsrfToken(null);
  }
}
