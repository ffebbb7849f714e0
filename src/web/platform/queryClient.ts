/**
 * TanStack Query's client: no retries for answers the server meant (4xx), and a 401 anywhere ends the session in
 * the UI, so an expired or revoked session lands on the login page instead of a page of errors.
 */
import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { ApiError } from "./api/client.ts";
import { ME_KEY } from "./auth/api.ts";

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => signedOut(error) }),
    mutationCache: new MutationCache({ onError: (error) => signedOut(error) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failures, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
  function signedOut(error: unknown) {
    // Only a signed-in UI has a session to lose; the login form's own 401 (wrong password) is just an answer.
    if (error instanceof ApiError && error.status === 401 && client.getQueryData(ME_KEY)) client.setQueryData(ME_KEY, null);
  }
  return client;
}
