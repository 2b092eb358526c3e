import {
  GithubSettingsSchema,
  type GithubSettings,
  type GithubSettingsInput,
} from '../../contracts/github-sync';
import type { Database } from '../../store/database';
import {
  selectAllGithubSettings,
  selectGithubSettings,
  upsertGithubSettings,
} from '../../store/repositories/github-sync/github-settings-repository';
import { recordAuditEvent } from '../audit/record-audit-event';
import { authorise } from '../shared/access';
import { inTransaction, type ServiceContext } from '../shared/context';

/** The organisation's GitHub settings, or null before anyone connected it. */
export async function getGithubSettings(ctx: ServiceContext): Promise<GithubSettings | null> {
  const row = await selectGithubSettings(ctx.database.db, ctx.orgId);
  return row ? GithubSettingsSchema.parse(row.settings) : null;
}

export function saveGithubSettings(ctx: ServiceContext, input: GithubSettingsInput): Promise<GithubSettings> {
  const settings = GithubSettingsSchema.parse(input);
  return inTransaction(ctx, async (tx) => {
    await authorise(tx, ctx, 'organisation.settings', () => false);
    const before = await selectGithubSettings(tx, ctx.orgId);
    await upsertGithubSettings(tx, { orgId: ctx.orgId, settings, updatedBy: ctx.actor });
    await recordAuditEvent(tx, ctx, {
      entityType: 'github-settings',
      entityId: ctx.orgId,
      action: before ? 'updated' : 'created',
      before: (before?.settings as object | undefined) ?? null,
      after: settings,
    });
    return settings;
  });
}

/** Every organisation with settings: a webhook is routed to those whose sources name its repository. */
export async function listAllGithubSettings(
  database: Database,
): Promise<{ orgId: string; settings: GithubSettings }[]> {
  const rows = await selectAllGithubSettings(database.db);
  return rows.map((r) => ({ orgId: r.orgId, settings: GithubSettingsSchema.parse(r.settings) }));
}
