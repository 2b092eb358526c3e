import type { InternalFieldGroup } from '../../contracts/accounts';
import type { AuditEvent } from '../../contracts/audit';
import type { Decision, Initiative } from '../../contracts/initiatives';
import { forbidden } from '../shared/access';
import type { ServiceContext } from '../shared/context';

/** The initiative fields each internal group covers, and what a reader outside the office sees instead. */
const INITIATIVE_FIELDS: Record<InternalFieldGroup, Partial<Record<keyof Initiative, unknown>>> = {
  money: { funding: [] },
  risk: { riskLevel: null, riskText: null },
  rationale: {},
};
const DECISION_FIELDS: Record<InternalFieldGroup, Partial<Record<keyof Decision, unknown>>> = {
  money: {},
  risk: {},
  rationale: { rationale: null },
};

const hiddenIn = (ctx: ServiceContext): readonly InternalFieldGroup[] => ctx.access?.hiddenFields ?? [];

function blank<T extends object>(
  value: T,
  groups: readonly InternalFieldGroup[],
  fields: typeof INITIATIVE_FIELDS | typeof DECISION_FIELDS,
): T {
  const blanks = Object.assign({}, ...groups.map((g) => fields[g])) as Partial<T>;
  // Only keys the value has: a history snapshot of another entity is left as it is.
  const present = Object.fromEntries(Object.entries(blanks).filter(([k]) => k in value));
  return { ...value, ...present };
}

/** The initiative as this user may read it; `withheld` names what was left out. */
export function withholdInitiative<T extends Initiative>(ctx: ServiceContext, initiative: T): T {
  const groups = hiddenIn(ctx).filter((g) => Object.keys(INITIATIVE_FIELDS[g]).length > 0);
  if (groups.length === 0) return initiative;
  return { ...blank(initiative, groups, INITIATIVE_FIELDS), withheld: [...groups] };
}

export function withholdDecision(ctx: ServiceContext, decision: Decision): Decision {
  return blank(decision, hiddenIn(ctx), DECISION_FIELDS);
}

/** History keeps what the fields were; a user who may not read them sees them blanked there too. */
export function withholdHistory(ctx: ServiceContext, events: AuditEvent[]): AuditEvent[] {
  const groups = hiddenIn(ctx);
  if (groups.length === 0) return events;
  const fields = { initiative: INITIATIVE_FIELDS, decision: DECISION_FIELDS } as const;
  return events.map((event) => {
    const table =
      event.entityType === 'initiative' || event.entityType === 'decision' ? fields[event.entityType] : null;
    if (!table) return event;
    return {
      ...event,
      before: event.before && blank(event.before, groups, table),
      after: event.after && blank(event.after, groups, table),
    };
  });
}

/** Writing a field one may not read would overwrite what one cannot see: refused, naming the fields. */
export function refuseHiddenWrites(ctx: ServiceContext, input: object): void {
  const written = hiddenIn(ctx).flatMap((g) => Object.keys(INITIATIVE_FIELDS[g]).filter((f) => f in input));
  if (written.length > 0) {
    throw forbidden(
      `${written.join(', ')} ${written.length === 1 ? 'is' : 'are'} internal to the portfolio office`,
    );
  }
}
