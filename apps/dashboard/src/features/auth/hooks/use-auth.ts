import type { LoginRequest, Me } from '@nianbao/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { authKeys, login, logout, meQuery } from '../api/auth-api';

export function useMe() {
  const query = useQuery(meQuery);
  return { ...query, user: (query.data?.user ?? null) as Me | null };
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginRequest) => login(body),
    onSuccess: (res) => {
      qc.clear();
      qc.setQueryData(authKeys.me, res);
    },
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      qc.clear();
      qc.setQueryData(authKeys.me, null);
    },
  });
}
