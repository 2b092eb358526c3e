import { selectDigests, upsertDigests } from '../../store/repositories/github-sync/github-digests-repository';
import type { ServiceContext } from '../shared/context';

/** What the import last wrote from each mirrored issue, as a digest, by lower-case "owner/repo#N". */
export const getDigests = (ctx: ServiceContext, refs: string[]): Promise<Map<string, string>> =>
  selectDigests(
    ctx.database.db,
    ctx.orgId,
    refs.map((r) => r.toLowerCase()),
  );

export const saveDigests = (ctx: ServiceContext, digests: { ref: string; digest: string }[]): Promise<void> =>
  upsertDigests(
    ctx.database.db,
    ctx.orgId,
    digests.map((d) => ({ ref: d.ref.toLowerCase(), digest: d.digest })),
  );
