import { z } from 'zod';
import { UrlSchema, boundedArray } from './common';
import { BacklogFields } from './backlog';
import { GITHUB_REF_PATTERN } from './github-ref';
import { LIMITS } from './limits';
import { ElementFields } from './roadmap';
import { RecomputeResultSchema } from './thread';

/** "owner/repo#12": how an import names its roadmap elements, epics and issues, and links between them. */
export const IssueRefSchema = z.string().max(LIMITS.name).regex(GITHUB_REF_PATTERN, 'like "owner/repo#12"');

const { github: _eg, dependsOnIds: _ed, ...elementFields } = ElementFields;
const { github: _bg, parentId: _bp, roadmapElementIds: _br, ...itemFields } = BacklogFields;
const nodeAndUrl = {
  nodeId: z.string().min(1).max(200).nullable().optional(),
  url: UrlSchema.nullable().optional(),
};

export const ImportElementSchema = z
  .strictObject(elementFields)
  .partial()
  .extend({
    ref: IssueRefSchema,
    title: elementFields.title,
    ...nodeAndUrl,
    /** Other elements, in this import or already stored. */
    dependsOn: boundedArray(IssueRefSchema, 50).optional(),
    /**
     * The epics that serve this element (its *Oppgaver* checklist), in this import or already stored;
     * replaces the element's epic links. Left out, the links stay as they are.
     */
    epics: boundedArray(IssueRefSchema, 200).optional(),
  });
export type ImportElement = z.infer<typeof ImportElementSchema>;

export const ImportItemSchema = z
  .strictObject(itemFields)
  .partial()
  .extend({
    ref: IssueRefSchema,
    kind: itemFields.kind,
    title: itemFields.title,
    ...nodeAndUrl,
    /** An issue's epic, in this import or already stored; null detaches it. */
    parent: IssueRefSchema.nullable().optional(),
    /** The roadmap elements an epic serves, in this import or already stored. */
    roadmapElements: boundedArray(IssueRefSchema, 50).optional(),
  });
export type ImportItem = z.infer<typeof ImportItemSchema>;

/**
 * Roadmap elements and backlog items mirrored from GitHub, created or updated by their owner/repo#N in
 * one transaction, then rolled up once. Fields left out keep their stored value.
 */
export const BacklogImportSchema = z
  .strictObject({
    elements: boundedArray(ImportElementSchema, 2_000).default([]),
    items: boundedArray(ImportItemSchema, 5_000).default([]),
  })
  .meta({ id: 'BacklogImport' });
export type BacklogImport = z.infer<typeof BacklogImportSchema>;

export const BacklogImportResultSchema = z
  .object({
    created: z.number().int(),
    updated: z.number().int(),
    recompute: RecomputeResultSchema,
  })
  .meta({ id: 'BacklogImportResult' });
export type BacklogImportResult = z.infer<typeof BacklogImportResultSchema>;
