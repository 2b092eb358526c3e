import { useQueries, useQuery } from '@tanstack/react-query';
import type { BacklogItem } from '../../../contracts/backlog';
import { collectAllPages } from '../../../client/crud-resource';
import { useClient } from '../../api/client-context';

/** Every product group, product and roadmap element of the organisation: the timeline's data. */
export function useRoadmap() {
  const client = useClient();
  return useQuery({
    queryKey: ['roadmap', client.org],
    queryFn: async () => {
      const [groups, products, elements] = await Promise.all([
        client.productGroups.listAll(),
        client.products.listAll(),
        client.roadmapElements.listAll(),
      ]);
      return { groups, products, elements };
    },
  });
}

export function useRoadmapElement(id: string) {
  const client = useClient();
  return useQuery({
    queryKey: ['roadmap-element', client.org, id],
    queryFn: async () => (await client.roadmapElements.get(id)).data,
  });
}

/** The epics that serve a roadmap element. */
export function useElementEpics(elementId: string) {
  const client = useClient();
  return useQuery({
    queryKey: ['backlog', client.org, 'epics-of', elementId],
    queryFn: () =>
      collectAllPages((cursor) =>
        client.backlogItems.search({ kind: 'epic', roadmapElement: elementId, limit: 200, cursor }),
      ),
  });
}

/** The issues of each epic, in the order of `epicIds`. */
export function useEpicIssues(epicIds: readonly string[]) {
  const client = useClient();
  return useQueries({
    queries: epicIds.map((epicId) => ({
      queryKey: ['backlog', client.org, 'issues-of', epicId],
      queryFn: (): Promise<BacklogItem[]> =>
        collectAllPages((cursor) =>
          client.backlogItems.search({ kind: 'issue', parent: epicId, limit: 200, cursor }),
        ),
    })),
  });
}

/** A roadmap element's written status updates. */
export function useElementStatusUpdates(elementId: string) {
  const client = useClient();
  return useQuery({
    queryKey: ['status-updates', client.org, 'element', elementId],
    queryFn: () => client.roadmapElements.statusUpdates(elementId),
  });
}
