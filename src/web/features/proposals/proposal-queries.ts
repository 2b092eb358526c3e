import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateInitiative } from '../../../contracts/initiatives';
import { useClient } from '../../api/client-context';

const LONG_MS = 5 * 60_000;

/** Everything the form's pickers choose from: people, groups, strategy and other initiatives. */
export function useProposalOptions() {
  const client = useClient();
  const people = useQuery({
    queryKey: ['people', client.org],
    queryFn: () => client.people.listAll(),
    staleTime: LONG_MS,
  });
  const productGroups = useQuery({
    queryKey: ['product-groups', client.org],
    queryFn: () => client.productGroups.listAll(),
    staleTime: LONG_MS,
  });
  const teams = useQuery({
    queryKey: ['teams', client.org],
    queryFn: () => client.teams.listAll(),
    staleTime: LONG_MS,
  });
  const workingGroups = useQuery({
    queryKey: ['working-groups', client.org],
    queryFn: () => client.workingGroups.listAll(),
    staleTime: LONG_MS,
  });
  const strategySources = useQuery({
    queryKey: ['strategy-sources', client.org],
    queryFn: () => client.strategySources.listAll(),
    staleTime: LONG_MS,
  });
  const strategyItems = useQuery({
    queryKey: ['strategy-items', client.org],
    queryFn: () => client.strategyItems.listAll(),
    staleTime: LONG_MS,
  });
  const initiatives = useQuery({
    queryKey: ['initiative-choices', client.org],
    queryFn: () => client.initiatives.listAll({ sort: 'key' }),
  });
  return { people, productGroups, teams, workingGroups, strategySources, strategyItems, initiatives };
}

export type ProposalOptions = ReturnType<typeof useProposalOptions>;

/** Sends the proposal; the board and lists show it from then on. */
export function useCreateProposal() {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateInitiative) => (await client.initiatives.create(body)).data,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['initiatives', client.org] });
      void queryClient.invalidateQueries({ queryKey: ['initiative-choices', client.org] });
    },
  });
}
