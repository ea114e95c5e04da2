import type { LoginResponse, Me } from '@nianbao/contracts';
import { useQuery } from '@tanstack/react-query';

import { apiGet } from '../../../lib/api-client';

/** The signed-in user, read from the session query the app shell has already loaded (same key). */
export function useCurrentUser(): Me | null {
  const query = useQuery({
    queryKey: ['auth', 'me'],
    queryFn: () => apiGet<LoginResponse | null>('/auth/me'),
    staleTime: Infinity,
  });
  return query.data?.user ?? null;
}
