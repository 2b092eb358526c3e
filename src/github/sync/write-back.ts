import { findMirroredByNodeIds } from '../../services/github-sync/github-refs';
import { listElementProgress } from '../../services/github-sync/element-progress';
import { getBoardItems, saveBoardItems } from '../../services/github-sync/sync-state';
import type { ServiceContext } from '../../services/shared/context';
import type { GithubClient } from '../http/github-client';
import { progressOf, roadmapStatusOf } from '../parse/field-values';
import type { FieldValue } from './board-item';
import type { CursorBook } from './cursor-book';
import { keptBoardFields } from './list-board-items';
import { ROADMAP_FIELDS } from './map-element';
import type { SyncReporter } from './sync-reporter';

interface FieldWrite {
  id: number;
  value: string | number;
  name: string;
  shown: FieldValue;
}

/**
 * Writes what Rødtråd computed onto the roadmap board: `Progresjon (%)` from the roll-up, and Status
 * Levert once the element is delivered. Only values that differ from the board's are written, so a
 * second run writes nothing; the client spaces the writes as GitHub's secondary limits ask.
 */
export async function writeBackToBoard(
  ctx: ServiceContext,
  client: GithubClient,
  board: { owner: string; number: number },
  book: CursorBook,
  reporter: SyncReporter,
): Promise<void> {
  const fields = keptBoardFields(book, board);
  const byName = (name: string) => fields.find((f) => f.name.toLowerCase() === name.toLowerCase());
  const progressField = byName(ROADMAP_FIELDS.progress);
  const statusField = byName(ROADMAP_FIELDS.status);
  const delivered = statusField?.options?.find((o) => roadmapStatusOf(o.name) === 'delivered');
  const items = await getBoardItems(ctx, board);
  const mirrors = await findMirroredByNodeIds(
    ctx,
    items.flatMap((i) => (i.contentNodeId ? [i.contentNodeId] : [])),
  );
  const elementOfNode = new Map(mirrors.filter((m) => m.type === 'element').map((m) => [m.nodeId, m.id]));
  const progress = new Map(
    (await listElementProgress(ctx, [...elementOfNode.values()])).map((p) => [p.id, p]),
  );
  const planned = items.flatMap((item) => {
    const element = progress.get(elementOfNode.get(item.contentNodeId ?? '') ?? '');
    if (!element) return [];
    const values = item.fieldValues as Record<string, FieldValue>;
    const writes: FieldWrite[] = [];
    const percent = element.progress === null ? null : Math.round(element.progress * 100);
    if (progressField && percent !== null && progressOf(values[ROADMAP_FIELDS.progress] ?? null) !== percent)
      writes.push({ id: progressField.id, value: percent, name: ROADMAP_FIELDS.progress, shown: percent });
    if (
      statusField &&
      delivered &&
      element.delivered &&
      roadmapStatusOf(String(values[ROADMAP_FIELDS.status] ?? '')) !== 'delivered'
    )
      writes.push({
        id: statusField.id,
        value: delivered.id,
        name: ROADMAP_FIELDS.status,
        shown: delivered.name,
      });
    return writes.length ? [{ item, values, writes }] : [];
  });
  reporter.phase('write-back', planned.length);
  for (const { item, values, writes } of planned) {
    await client.request(
      'PATCH',
      `/orgs/${encodeURIComponent(board.owner)}/projectsV2/${board.number}/items/${item.itemId}`,
      {
        owner: board.owner,
        body: { fields: writes.map((w) => ({ id: w.id, value: w.value })) },
      },
    );
    const written = { ...values, ...Object.fromEntries(writes.map((w) => [w.name, w.shown])) };
    await saveBoardItems(ctx, board, [
      { itemId: item.itemId, contentNodeId: item.contentNodeId, fieldValues: written },
    ]);
    reporter.advance();
  }
}
