import type { Command } from 'commander';
import type { RodtradClient } from '../../../client';
import { PRIORITIES, RISK_LEVELS, CreateInitiativeSchema } from '../../../contracts/initiatives';
import { UsageError } from '../../exit-codes';
import { collect, collectAssignment, readJsonObject } from '../../options/option-values';
import { resolveInitiativeIds, resolveRef, resolveRefs } from '../../options/resolve-ref';
import { bodyFromFlags, optionOf, type FlagSpec } from '../crud/field-flags';

/** The initiative fields that have their own option; everything else goes through --set or --from-json. */
export const INITIATIVE_FLAGS: FlagSpec[] = [
  { field: 'title', flags: '--title <title>', description: 'title', kind: 'text' },
  {
    field: 'problemStatement',
    flags: '--problem <text>',
    description: 'problem statement',
    kind: 'text',
    nullable: true,
  },
  {
    field: 'description',
    flags: '--description <text>',
    description: 'description',
    kind: 'text',
    nullable: true,
  },
  {
    field: 'riskIfNotDone',
    flags: '--risk-if-not-done <text>',
    description: 'risk if not done',
    kind: 'text',
    nullable: true,
  },
  {
    field: 'collaboration',
    flags: '--collaboration <text>',
    description: 'collaboration',
    kind: 'text',
    nullable: true,
  },
  {
    field: 'competence',
    flags: '--competence <text>',
    description: 'competence needed',
    kind: 'text',
    nullable: true,
  },
  {
    field: 'personMonthsTotal',
    flags: '--person-months <n>',
    description: 'estimated person-months',
    kind: 'number',
    nullable: true,
  },
  {
    field: 'priority',
    flags: '--priority <priority>',
    description: `MoSCoW (${PRIORITIES.join(', ')})`,
    kind: 'choice',
    choices: PRIORITIES,
    nullable: true,
  },
  {
    field: 'riskLevel',
    flags: '--risk-level <level>',
    description: `risk level (${RISK_LEVELS.join(', ')})`,
    kind: 'choice',
    choices: RISK_LEVELS,
    nullable: true,
  },
  {
    field: 'riskText',
    flags: '--risk-text <text>',
    description: 'risk assessment',
    kind: 'text',
    nullable: true,
  },
  {
    field: 'ownerId',
    flags: '--owner <person>',
    description: 'owner: id or e-mail',
    kind: 'ref',
    ref: 'person',
    nullable: true,
  },
  {
    field: 'responsibleId',
    flags: '--responsible <person>',
    description: 'responsible: id or e-mail',
    kind: 'ref',
    ref: 'person',
    nullable: true,
  },
  {
    field: 'submitterId',
    flags: '--submitter <person>',
    description: 'submitted by: id or e-mail',
    kind: 'ref',
    ref: 'person',
    nullable: true,
  },
  {
    field: 'strategicItemIds',
    flags: '--strategic-item <id>',
    description: 'strategic item it serves, repeatable',
    kind: 'list',
  },
  {
    field: 'measurementPlan',
    flags: '--measurement-plan <text>',
    description: 'how the effect is measured',
    kind: 'text',
    nullable: true,
  },
];

/** Fields --set takes as typed text; every other field's value is JSON ([...], {...}, numbers). */
const TEXT_FIELDS = new Set([
  'key',
  'title',
  'problemStatement',
  'description',
  'riskIfNotDone',
  'collaboration',
  'competence',
  'priority',
  'riskLevel',
  'riskText',
  'ownerId',
  'submitterId',
  'responsibleId',
  'measurementPlan',
]);
const KNOWN_FIELDS = Object.keys(CreateInitiativeSchema.shape);

/** Adds the field options, --depends-on, the allocation options, --set and --from-json. */
export function addInitiativeFieldOptions(command: Command): Command {
  for (const flag of INITIATIVE_FLAGS) command.addOption(optionOf(flag));
  return command
    .option('--depends-on <initiative>', 'an initiative it depends on (id or key), repeatable', collect)
    .option('--product-group <group>', 'allocate to a product group (id or slug)')
    .option('--team <team>', 'allocate to teams (id or slug), repeatable', collect)
    .option('--working-group <group>', 'allocate to a working group (id or slug)')
    .option(
      '--set <field=value>',
      'any field; lists and objects as JSON, "null" clears; repeatable',
      collectAssignment,
    )
    .option('--from-json <file>', 'fields from a JSON file; options override them');
}

export function parseAssignments(assignments: [string, string][]): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [field, text] of assignments) {
    if (!KNOWN_FIELDS.includes(field)) {
      throw new UsageError(`--set ${field}: no such field; fields are ${KNOWN_FIELDS.join(', ')}`);
    }
    if (text === 'null') body[field] = null;
    else if (TEXT_FIELDS.has(field)) body[field] = text;
    else {
      try {
        body[field] = JSON.parse(text) as unknown;
      } catch {
        throw new UsageError(`--set ${field}: the value must be JSON, e.g. ${field}='[...]' or a number`);
      }
    }
  }
  return body;
}

async function allocationOf(client: RodtradClient, opts: Record<string, unknown>): Promise<unknown> {
  const given = [opts.productGroup, opts.team, opts.workingGroup].filter((v) => v !== undefined);
  if (given.length > 1) throw new UsageError('allocate to one of --product-group, --team or --working-group');
  if (typeof opts.productGroup === 'string') {
    return {
      kind: 'product-group',
      productGroupId: await resolveRef(client, 'product-group', opts.productGroup),
    };
  }
  if (Array.isArray(opts.team))
    return { kind: 'teams', teamIds: await resolveRefs(client, 'team', opts.team as string[]) };
  if (typeof opts.workingGroup === 'string') {
    return {
      kind: 'working-group',
      workingGroupId: await resolveRef(client, 'working-group', opts.workingGroup),
    };
  }
  return undefined;
}

/** The request body from --from-json, then the field options, then --set (later ones win). */
export async function initiativeBody(
  client: RodtradClient,
  opts: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const body: Record<string, unknown> = {
    ...(typeof opts.fromJson === 'string' ? readJsonObject(opts.fromJson) : {}),
    ...(await bodyFromFlags(client, INITIATIVE_FLAGS, opts)),
  };
  if (Array.isArray(opts.dependsOn))
    body.dependsOnIds = await resolveInitiativeIds(client, opts.dependsOn as string[]);
  const allocation = await allocationOf(client, opts);
  if (allocation !== undefined) body.allocation = allocation;
  return { ...body, ...parseAssignments((opts.set as [string, string][] | undefined) ?? []) };
}
