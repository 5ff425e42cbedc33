// Signing in and out, as Octopus's own portal does: GET /api/authentication says which ways the server
// offers; POST /api/users/login starts a browser session (Octopus sets its cookies); an API key is checked
// by asking /api/users/me with it. POST /api/users/logout ends a session; a key is simply forgotten.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { request } from './client';
import { credentials } from './credentials';
import { User } from './schemas';

/** AuthenticationResource, as much of it as the sign-in page reads. */
export const Authentication = z.looseObject({
  AuthenticationProviders: z._default(z.array(z.looseObject({ Name: z.string(), IdentityType: z.optional(z.string()), FormsLoginEnabled: z.optional(z.boolean()) })), []),
});

export const sessionQueries = {
  authentication: () =>
    queryOptions({
      queryKey: ['authentication'] as const,
      queryFn: ({ signal }) => request('/authentication', { schema: Authentication, signal }),
      staleTime: Infinity,
    }),
};

/** Whether the server offers Octopus's own username-and-password sign-in. */
export function offersPassword(auth: z.infer<typeof Authentication> | undefined): boolean {
  return !!auth?.AuthenticationProviders.some((p) => p.FormsLoginEnabled && (p.IdentityType === 'UsernamePassword' || p.Name === 'Octopus'));
}

/** After a sign-in, every answer refused for want of one is asked for again. */
function useAfterSignIn() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries();
}

export function useSignInWithPassword() {
  const after = useAfterSignIn();
  return useMutation({
    meta: { announce: { success: 'Signed in', failure: 'Not signed in' } },
    mutationFn: (v: { username: string; password: string }) =>
      request('/users/login', { method: 'POST', body: { Username: v.username, Password: v.password, RememberMe: false }, schema: User }),
    onSuccess: async () => {
      credentials.useSession();
      await after();
    },
  });
}

export function useSignInWithApiKey() {
  const after = useAfterSignIn();
  return useMutation({
    meta: { announce: { success: 'Signed in', failure: 'Not signed in' } },
    mutationFn: async (v: { key: string; remember: boolean }) => {
      const key = v.key.trim();
      credentials.trial(key);
      try {
        const me = await request('/users/me', { schema: User });
        credentials.useApiKey(key, v.remember);
        return me;
      } catch (error) {
        credentials.forget();
        throw error;
      }
    },
    onSuccess: after,
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      // A key is simply forgotten; otherwise end the session, which may predate this page.
      if (credentials.get().kind !== 'api-key') await request('/users/logout', { method: 'POST' });
    },
    onSettled: () => {
      credentials.forget();
      queryClient.clear();
    },
  });
}
