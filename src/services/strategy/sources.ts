import type { CreateSource, Source, SourceKind, UpdateSource } from '../../contracts/strategy';
import { strategicSources } from '../../store/schema';
import { crudUseCases, definedOnly } from '../shared/crud';
import { entityMeta } from '../shared/entity-meta';
import { assertPeriodOrdered } from '../shared/period';

type SourceRow = typeof strategicSources.$inferSelect;

export const toSource = (r: SourceRow): Source => ({
  ...entityMeta(r),
  kind: r.kind as SourceKind,
  title: r.title,
  issuer: r.issuer,
  periodStart: r.periodStart,
  periodEnd: r.periodEnd,
  url: r.url,
  description: r.description,
  productGroupId: r.productGroupId,
});

/**
 * Strategic sources: the allocation letter, strategies and OKR sets initiatives trace back to.
 * Deleting a source deletes its items (the database cascades), unless an initiative still serves one.
 */
export const sourcesUseCases = crudUseCases({
  entityType: 'strategic-source',
  label: 'strategic source',
  table: strategicSources,
  orderBy: strategicSources.title,
  createRow: (input: CreateSource) => ({
    kind: input.kind,
    title: input.title,
    issuer: input.issuer ?? null,
    periodStart: input.periodStart ?? null,
    periodEnd: input.periodEnd ?? null,
    url: input.url ?? null,
    description: input.description ?? null,
    productGroupId: input.productGroupId ?? null,
  }),
  updateRow: (input: UpdateSource) =>
    definedOnly({
      kind: input.kind,
      title: input.title,
      issuer: input.issuer,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      url: input.url,
      description: input.description,
      productGroupId: input.productGroupId,
    }),
  validate: (_tx, _orgId, input, existing) => {
    assertPeriodOrdered(
      { start: 'periodStart', end: 'periodEnd' },
      { start: input.periodStart, end: input.periodEnd },
      existing && { start: existing.periodStart, end: existing.periodEnd },
    );
    return Promise.resolve();
  },
  load: (_db, _orgId, rows) => Promise.resolve(rows.map(toSource)),
});
