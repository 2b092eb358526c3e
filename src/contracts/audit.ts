import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common';

export const ENTITY_TYPES = [
  'organisation',
  'person',
  'product-group',
  'product',
  'team',
  'working-group',
  'strategic-source',
  'strategic-item',
  'initiative',
  'decision',
  'workflow',
  'roadmap-element',
  'backlog-item',
  'status-update',
  'github-settings',
] as const;
export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const AUDIT_ACTIONS = ['created', 'updated', 'deleted', 'transitioned'] as const;
export const AuditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditActionSchema>;

export const AuditEventSchema = z
  .object({
    id: z.string(),
    entityType: EntityTypeSchema,
    entityId: IdSchema,
    action: AuditActionSchema,
    actor: z.string(),
    at: TimestampSchema,
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEvent = z.infer<typeof AuditEventSchema>;
export const AuditEventListSchema = z
  .object({ items: z.array(AuditEventSchema) })
  .meta({ id: 'AuditEventList' });
