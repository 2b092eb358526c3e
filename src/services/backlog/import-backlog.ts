import type {
  BacklogImport,
  BacklogImportResult,
  ImportElement,
  ImportItem,
} from '../../contracts/backlog-import';
import type { Db } from '../../store/database';
import {
  keyOf,
  selectElementsByKeys,
  selectItemsByKeys,
  upsertElements,
  upsertItems,
  type ElementRow,
  type ItemRow,
} from '../../store/repositories/backlog-import-repository';
import { selectAboveElements } from '../../store/repositories/rollup/element-inputs';
import { selectElementsOfEpics } from '../../store/repositories/rollup/epic-inputs';
import {
  findDependencyCycle,
  replaceElementDependencies,
  replaceElementInitiatives,
  replaceElementEpics,
  replaceEpicElements,
  type Link,
} from '../../store/repositories/thread-links-repository';
import { recordAuditEvent, type AuditChange } from '../audit/record-audit-event';
import { recomputeAbove } from '../rollup/recompute-thread';
import { elementColumnsOf } from '../roadmap/roadmap-elements';
import { AppError } from '../shared/app-error';
import { authorise } from '../shared/access';
import { inTransaction, type ServiceContext } from '../shared/context';
import { backlogColumnsOf } from './backlog-items';
import { checkImport, parseIssueRef } from './import-rules';

const githubOf = ({ ref, nodeId, url }: { ref: string; nodeId?: string | null; url?: string | null }) => ({
  ...parseIssueRef(ref),
  nodeId: nodeId ?? null,
  url: url ?? null,
});
const keyOfRef = (ref: string) => keyOf(parseIssueRef(ref));

/** The stored row after the import: what was stored, overlaid with what the import says. */
function mergeElement(orgId: string, existing: ElementRow | undefined, e: ImportElement) {
  const { ref: _r, nodeId: _n, url: _u, dependsOn: _d, initiativeIds: _i, epics: _e, ...fields } = e;
  return {
    ...existing,
    ...elementColumnsOf({ ...fields, github: githubOf(e) }),
    title: e.title,
    id: existing?.id ?? crypto.randomUUID(),
    orgId,
    version: (existing?.version ?? 0) + 1,
    updatedAt: new Date(),
  };
}

function mergeItem(
  orgId: string,
  existing: ItemRow | undefined,
  item: ImportItem,
  parentId: string | null | undefined,
) {
  const { ref: _r, nodeId: _n, url: _u, parent: _p, roadmapElements: _e, ...fields } = item;
  const columns = backlogColumnsOf({ ...fields, github: githubOf(item) });
  // Re-importing a closed item keeps the time it was closed.
  const keepClosedAt = item.closedAt === undefined && existing?.closedAt && columns.state !== 'open';
  return {
    ...existing,
    ...columns,
    ...(keepClosedAt ? { closedAt: existing.closedAt } : {}),
    ...(parentId !== undefined ? { parentId } : {}),
    kind: item.kind,
    title: item.title,
    id: existing?.id ?? crypto.randomUUID(),
    orgId,
    version: (existing?.version ?? 0) + 1,
    updatedAt: new Date(),
  };
}

const missing = (path: string, ref: string) =>
  new AppError('reference-not-found', `${path}: ${ref} is neither in the import nor stored`, {
    issues: [{ path, message: `${ref} was not found` }],
  });

/**
 * Creates or updates roadmap elements, epics and issues by their GitHub reference in one transaction,
 * then rolls everything they touch up once and reports it. What a bulk import (GitHub, the demo) uses
 * instead of thousands of single writes.
 */
export function importBacklog(ctx: ServiceContext, input: BacklogImport): Promise<BacklogImportResult> {
  checkImport(input);
  const started = performance.now();
  return inTransaction(ctx, async (tx) => {
    // An import writes across products and teams: only a role allowed everywhere may run it.
    await authorise(tx, ctx, 'backlog.edit', () => false);
    const orgId = ctx.orgId;
    const storedElements = await selectElementsByKeys(tx, orgId, [
      ...input.elements.map((e) => parseIssueRef(e.ref)),
      ...input.elements.flatMap((e) => e.dependsOn ?? []).map(parseIssueRef),
      ...input.items.flatMap((i) => i.roadmapElements ?? []).map(parseIssueRef),
    ]);
    const storedItems = await selectItemsByKeys(tx, orgId, [
      ...input.items.map((i) => parseIssueRef(i.ref)),
      ...input.items.flatMap((i) => (i.parent ? [parseIssueRef(i.parent)] : [])),
      ...input.elements.flatMap((e) => e.epics ?? []).map(parseIssueRef),
    ]);

    const elementRows = input.elements.map((e) =>
      mergeElement(orgId, storedElements.get(keyOfRef(e.ref)), e),
    );
    const elementIds = new Map([...storedElements].map(([key, row]) => [key, row.id]));
    input.elements.forEach((e, n) => elementIds.set(keyOfRef(e.ref), elementRows[n]!.id));
    const elementIdOf = (ref: string, path: string) => {
      const id = elementIds.get(keyOfRef(ref));
      if (!id) throw missing(path, ref);
      return id;
    };

    const items = resolveItems(orgId, input.items, storedItems);
    const previousInitiatives = (
      await selectAboveElements(
        tx,
        orgId,
        elementRows.map((r) => r.id),
      )
    ).initiatives;
    const epicIds = items.rows.filter((r) => r.kind === 'epic').map((r) => r.id);
    const previousElements = await selectElementsOfEpics(tx, orgId, epicIds);

    await upsertElements(tx, elementRows);
    await upsertItems(tx, items.rows);
    await writeElementLinks(tx, orgId, input.elements, elementRows, elementIdOf);
    const epicLinks = input.items.flatMap((item, n) =>
      (item.roadmapElements ?? []).map((ref) => ({
        owner: items.idOf(item.ref),
        value: elementIdOf(ref, `items[${n}].roadmapElements`),
      })),
    );
    const linkedEpics = input.items.filter((i) => i.roadmapElements).map((i) => items.idOf(i.ref));
    await replaceEpicElements(tx, orgId, linkedEpics, epicLinks);
    await writeElementEpics(tx, orgId, input.elements, elementRows, items.epicIdOf);
    await recordImportHistory(tx, ctx, storedElements, storedItems, elementRows, items.rows);

    const recompute = await recomputeAbove(tx, ctx, {
      epics: [
        ...epicIds,
        ...items.rows.flatMap((r) => (r.parentId ? [r.parentId] : [])),
        ...items.previousParents,
      ],
      elements: [...elementRows.map((r) => r.id), ...previousElements],
      initiatives: previousInitiatives,
    });
    const created =
      input.elements.filter((e) => !storedElements.has(keyOfRef(e.ref))).length +
      input.items.filter((i) => !storedItems.has(keyOfRef(i.ref))).length;
    const total = input.elements.length + input.items.length;
    return {
      created,
      updated: total - created,
      recompute: { ...recompute, durationMs: Math.round(performance.now() - started) },
    };
  });
}

/** Ids, parents and write order of the items: epics first, so an issue's epic exists when it is written. */
function resolveItems(orgId: string, input: ImportItem[], stored: Map<string, ItemRow>) {
  const ids = new Map([...stored].map(([key, row]) => [key, { id: row.id, kind: row.kind }]));
  const fresh = new Map(
    input.map((item) => [keyOfRef(item.ref), stored.get(keyOfRef(item.ref))?.id ?? crypto.randomUUID()]),
  );
  input.forEach((item) =>
    ids.set(keyOfRef(item.ref), { id: fresh.get(keyOfRef(item.ref))!, kind: item.kind }),
  );
  const previousParents: string[] = [];
  const rows = input.map((item, n) => {
    const existing = stored.get(keyOfRef(item.ref));
    if (existing?.parentId) previousParents.push(existing.parentId);
    if (existing && existing.kind !== item.kind) {
      throw new AppError('invalid-link', `items[${n}].kind: ${item.ref} is stored as ${existing.kind}`, {
        issues: [
          { path: `items[${n}].kind`, message: `stored as ${existing.kind}; the kind does not change` },
        ],
      });
    }
    const parent = item.parent ? ids.get(keyOfRef(item.parent)) : null;
    if (item.parent && !parent) throw missing(`items[${n}].parent`, item.parent);
    if (parent && parent.kind !== 'epic') {
      throw new AppError(
        'invalid-link',
        `items[${n}].parent: ${item.parent} is an issue; an issue's parent is an epic`,
      );
    }
    const row = mergeItem(
      orgId,
      existing,
      item,
      item.parent === undefined ? undefined : (parent?.id ?? null),
    );
    return { ...row, id: fresh.get(keyOfRef(item.ref))! };
  });
  rows.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'epic' ? -1 : 1));
  return {
    rows,
    previousParents,
    idOf: (ref: string) => ids.get(keyOfRef(ref))!.id,
    /** An epic named by an element's list, in this import or stored. */
    epicIdOf: (ref: string, path: string) => {
      const found = ids.get(keyOfRef(ref));
      if (!found) throw missing(path, ref);
      if (found.kind !== 'epic')
        throw new AppError('invalid-link', `${path}: ${ref} is an issue, not an epic`);
      return found.id;
    },
  };
}

/** Elements that list their epics get exactly those epics. */
async function writeElementEpics(
  tx: Db,
  orgId: string,
  input: ImportElement[],
  rows: { id: string }[],
  epicIdOf: (ref: string, path: string) => string,
): Promise<void> {
  const listing = input.flatMap((e, n) => (e.epics ? [n] : []));
  const links: Link[] = listing.flatMap((n) =>
    (input[n]!.epics ?? []).map((ref, m) => ({
      owner: rows[n]!.id,
      value: epicIdOf(ref, `elements[${n}].epics[${m}]`),
    })),
  );
  await replaceElementEpics(
    tx,
    orgId,
    listing.map((n) => rows[n]!.id),
    links,
  );
}

async function writeElementLinks(
  tx: Db,
  orgId: string,
  input: ImportElement[],
  rows: { id: string }[],
  elementIdOf: (ref: string, path: string) => string,
): Promise<void> {
  const withInitiatives = input.flatMap((e, n) => (e.initiativeIds ? [n] : []));
  const initiativeLinks: Link[] = withInitiatives.flatMap((n) =>
    (input[n]!.initiativeIds ?? []).map((value) => ({ owner: rows[n]!.id, value })),
  );
  await replaceElementInitiatives(
    tx,
    orgId,
    withInitiatives.map((n) => rows[n]!.id),
    initiativeLinks,
  );

  const withDependencies = input.flatMap((e, n) => (e.dependsOn ? [n] : []));
  const dependencies = withDependencies.map((n) => ({
    id: rows[n]!.id,
    on: (input[n]!.dependsOn ?? []).map((ref) => elementIdOf(ref, `elements[${n}].dependsOn`)),
  }));
  await replaceElementDependencies(
    tx,
    orgId,
    dependencies.map((d) => d.id),
    dependencies.flatMap((d) => d.on.map((value) => ({ owner: d.id, value }))),
  );
  for (const d of dependencies) {
    const via = await findDependencyCycle(tx, orgId, d.id, d.on);
    if (via) throw new AppError('link-cycle', `depending on ${via} would make a cycle`);
  }
}

/** One history event per element and item, in as few statements as the audit writer makes. */
async function recordImportHistory(
  tx: Db,
  ctx: ServiceContext,
  storedElements: Map<string, ElementRow>,
  storedItems: Map<string, ItemRow>,
  elementRows: { id: string }[],
  itemRows: { id: string }[],
): Promise<void> {
  const before = new Map<string, object>([
    ...[...storedElements.values()].map((r) => [r.id, r] as const),
    ...[...storedItems.values()].map((r) => [r.id, r] as const),
  ]);
  const change = (entityType: AuditChange['entityType'], after: { id: string }): AuditChange => ({
    entityType,
    entityId: after.id,
    action: before.has(after.id) ? 'updated' : 'created',
    before: before.get(after.id) ?? null,
    after,
  });
  const changes = [
    ...elementRows.map((r) => change('roadmap-element', r)),
    ...itemRows.map((r) => change('backlog-item', r)),
  ];
  for (let start = 0; start < changes.length; start += 1_000) {
    const [first, ...rest] = changes.slice(start, start + 1_000);
    if (first) await recordAuditEvent(tx, ctx, first, ...rest);
  }
}
