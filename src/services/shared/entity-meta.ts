import { iso } from './iso';

/** The id, version and timestamps every versioned entity answers with. */
export const entityMeta = (r: { id: string; version: number; createdAt: Date; updatedAt: Date }) => ({
  id: r.id,
  version: r.version,
  createdAt: iso(r.createdAt),
  updatedAt: iso(r.updatedAt),
});
