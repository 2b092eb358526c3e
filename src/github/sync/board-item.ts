import { z } from 'zod';
import { toGithubIssue, type GithubIssue } from './github-issue';

/** A Projects board item over REST: its content (the issue) and the values of the fields asked for. */
export const RestBoardItemSchema = z.object({
  id: z.number(),
  node_id: z.string().optional(),
  content_type: z.string(),
  content: z.record(z.string(), z.unknown()).nullable().optional(),
  fields: z.array(z.record(z.string(), z.unknown())).optional(),
  archived_at: z.string().nullable().optional(),
  updated_at: z.string(),
});

/** A field value as plain text or number, whatever its type: "Under arbeid", 40, "2026-03-01". */
export type FieldValue = string | number | null;

export interface BoardItem {
  itemId: number;
  issue: GithubIssue;
  /** Field name → value, for the fields asked for. */
  values: Record<string, FieldValue>;
}

/** A single-select value arrives as `{ name: { raw } }` or `{ name }`; text, number and date plainly. */
export function plainFieldValue(value: unknown): FieldValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    const inner = v.name ?? v.title ?? v.raw ?? v.value ?? v.text ?? v.date ?? v.number;
    return plainFieldValue(inner);
  }
  return null;
}

/** The board's answer → items with an issue as content; drafts, pull requests and archived items are left. */
export function toBoardItem(raw: unknown): BoardItem | null {
  const item = RestBoardItemSchema.parse(raw);
  if (item.content_type !== 'Issue' || !item.content || item.archived_at) return null;
  const issue = toGithubIssue(item.content);
  if (!issue) return null;
  const values: Record<string, FieldValue> = {};
  for (const field of item.fields ?? []) {
    if (typeof field.name === 'string') values[field.name] = plainFieldValue(field.value);
  }
  return { itemId: item.id, issue, values };
}
