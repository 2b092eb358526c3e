import type { Decision } from '../../contracts/initiatives';
import type { DecisionRow } from '../../store/repositories/initiatives-repository';
import { iso } from '../shared/iso';

export const toDecision = (r: DecisionRow): Decision => ({
  id: r.id,
  initiativeId: r.initiativeId,
  outcome: r.outcome as Decision['outcome'],
  fromPhase: r.fromPhase,
  toPhase: r.toPhase,
  fromStatus: r.fromStatus as Decision['fromStatus'],
  toStatus: r.toStatus as Decision['toStatus'],
  decidedOn: r.decidedOn,
  decidedBy: r.decidedBy,
  rationale: r.rationale,
  conditions: r.conditions,
  evidenceLinks: r.evidenceLinks,
  createdAt: iso(r.createdAt),
  createdBy: r.createdBy,
});
