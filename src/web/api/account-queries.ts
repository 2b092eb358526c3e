import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateApiToken, SetMembership, UpdateUser } from '../../contracts/accounts';
import type { UpdateOrganisation } from '../../contracts/organisation';
import { useClient } from './client-context';

/** The signed-in user's API tokens, revoked ones included. */
export function useApiTokens() {
  const client = useClient();
  return useQuery({ queryKey: ['api-tokens'], queryFn: () => client.accounts.tokens() });
}

export function useCreateApiToken() {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateApiToken) => client.accounts.createToken(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['api-tokens'] }),
  });
}

export function useRevokeApiToken() {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => client.accounts.revokeToken(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['api-tokens'] }),
  });
}

/** Every user of the installation (installation administrators only). */
export function useUsers(enabled = true) {
  const client = useClient();
  return useQuery({ queryKey: ['users'], queryFn: () => client.accounts.users(), enabled });
}

export function useUpdateUser() {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateUser }) => client.accounts.updateUser(id, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['users'] }),
        queryClient.invalidateQueries({ queryKey: ['account-events'] }),
      ]),
  });
}

/** The organisation's members and their roles. */
export function useMembers(enabled = true) {
  const client = useClient();
  return useQuery({ queryKey: ['members', client.org], queryFn: () => client.accounts.members(), enabled });
}

/** Sets or removes a membership; the member's own access and the log change with it. */
function useMembershipInvalidation() {
  const client = useClient();
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [['members', client.org], ['access', client.org], ['account-events'], ['me']].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
}

export function useSetMember() {
  const client = useClient();
  const invalidate = useMembershipInvalidation();
  return useMutation({
    mutationFn: ({ userId, body }: { userId: string; body: SetMembership }) =>
      client.accounts.setMember(userId, body),
    onSuccess: invalidate,
  });
}

export function useRemoveMember() {
  const client = useClient();
  const invalidate = useMembershipInvalidation();
  return useMutation({
    mutationFn: (userId: string) => client.accounts.removeMember(userId),
    onSuccess: invalidate,
  });
}

/** The account log: sign-ins, tokens and role changes (installation administrators only). */
export function useAccountEvents(enabled = true) {
  const client = useClient();
  return useQuery({
    queryKey: ['account-events'],
    queryFn: () => client.accounts.accountEvents({ limit: 100 }),
    enabled,
  });
}

/** The organisation in the URL: its name and settings. */
export function useOrganisation() {
  const client = useClient();
  return useQuery({ queryKey: ['organisation', client.org], queryFn: () => client.getOrganisation() });
}

export function useUpdateOrganisation() {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateOrganisation) => client.updateOrganisation(body),
    onSuccess: (organisation) => {
      queryClient.setQueryData(['organisation', client.org], organisation);
      return queryClient.invalidateQueries({ queryKey: ['access', client.org] });
    },
  });
}

/** The people of the organisation, to link accounts to. */
export function usePeople(enabled = true) {
  const client = useClient();
  return useQuery({
    queryKey: ['people', client.org],
    queryFn: () => client.people.listAll(),
    enabled,
    staleTime: 5 * 60_000,
  });
}
