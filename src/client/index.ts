export { RodtradClient, type RodtradClientOptions } from './rodtrad-client';
export { CrudResource, etagOfVersion, type PageRequest, type Versioned } from './crud-resource';
export { InitiativesResource, type InitiativeListQuery } from './initiatives-resource';
export { BacklogItemsResource, RoadmapElementsResource, ThreadResource } from './thread-resources';
export {
  ApiError,
  NetworkError,
  RodtradClientError,
  UnexpectedResponseError,
  type ReceivedProblem,
} from './errors';
export type { FetchLike } from './http';
