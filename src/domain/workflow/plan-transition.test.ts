import { EMPTY_ROLLUP } from '../../contracts/rollup';
import { describe, expect, it } from 'vitest';
import type { Initiative, TransitionRequest } from '../../contracts/initiatives';
import { DEFAULT_WORKFLOW } from './default-workflow';
import { evaluateGate } from './evaluate-gate';
import { planTransition } from './plan-transition';

const base: Initiative = {
  id: '00000000-0000-4000-8000-000000000001',
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  key: 'Sak 1-2026',
  title: 'Felles innlogging',
  phase: 'ikke-startet',
  status: 'active',
  phaseChangedAt: '2026-01-01T00:00:00.000Z',
  problemStatement: null,
  description: null,
  riskIfNotDone: null,
  collaboration: null,
  competence: null,
  personMonthsTotal: null,
  priority: null,
  health: null,
  healthOverride: null,
  progress: null,
  progressOverride: null,
  readyForDone: false,
  rollup: EMPTY_ROLLUP,
  riskLevel: null,
  riskText: null,
  ownerId: null,
  submitterId: null,
  responsibleId: null,
  allocation: null,
  okrs: [],
  milestones: [],
  funding: [],
  resources: [],
  dependsOnIds: [],
  strategicItemIds: [],
  budgetProposalYears: [],
  businessPlanYears: [],
  measurementPlan: null,
  checkedCriteria: [],
  createdBy: 'test',
  updatedBy: 'test',
};

const ready: Initiative = {
  ...base,
  description: 'Behov',
  ownerId: '00000000-0000-4000-8000-000000000002',
  checkedCriteria: ['judged-important', 'balanced-portfolio', 'no-obvious-obstacles', 'problem-scope'],
};

const plan = (i: Initiative, r: TransitionRequest) => planTransition(DEFAULT_WORKFLOW, i, r);

describe('planTransition', () => {
  it('lists exactly the unmet criteria of the current gate', () => {
    const result = plan(
      { ...base, description: 'Behov', checkedCriteria: ['judged-important'] },
      { outcome: 'approved' },
    );
    expect(result.ok).toBe(false);
    if (result.ok || result.rejection.code !== 'gate-criteria-unmet')
      throw new Error('expected a gate rejection');
    expect(result.rejection.unmet.map((u) => u.id)).toEqual([
      'balanced-portfolio',
      'no-obvious-obstacles',
      'assigned-problem',
      'problem-scope',
    ]);
  });

  it('moves forward one phase when the gate is met', () => {
    expect(plan(ready, { outcome: 'approved', to: 'problem' })).toEqual({
      ok: true,
      plan: { toPhase: 'problem', toStatus: 'active' },
    });
    expect(plan(ready, { outcome: 'approved' })).toEqual({
      ok: true,
      plan: { toPhase: 'problem', toStatus: 'active' },
    });
  });

  it('does not skip phases or go past the last one', () => {
    expect(plan(ready, { outcome: 'approved', to: 'konsept' })).toMatchObject({
      ok: false,
      rejection: { code: 'illegal-transition' },
    });
    expect(plan({ ...ready, phase: 'utfort' }, { outcome: 'approved' })).toMatchObject({
      ok: false,
      rejection: { code: 'illegal-transition' },
    });
    expect(plan(ready, { outcome: 'approved', to: 'no-such-phase' })).toMatchObject({
      ok: false,
      rejection: { code: 'illegal-transition' },
    });
  });

  it('needs conditions for approved-with-conditions', () => {
    expect(plan(ready, { outcome: 'approved-with-conditions' })).toMatchObject({
      ok: false,
      rejection: { code: 'conditions-required' },
    });
    expect(plan(ready, { outcome: 'approved-with-conditions', conditions: 'Avklar budsjett' })).toMatchObject(
      { ok: true },
    );
  });

  it('sends back only to an earlier phase, with a rationale', () => {
    const inKonsept = { ...base, phase: 'konsept' };
    expect(plan(inKonsept, { outcome: 'sent-back', to: 'problem' })).toMatchObject({
      ok: false,
      rejection: { code: 'rationale-required' },
    });
    expect(plan(inKonsept, { outcome: 'sent-back', to: 'planlegging', rationale: 'x' })).toMatchObject({
      ok: false,
      rejection: { code: 'illegal-transition' },
    });
    expect(plan(inKonsept, { outcome: 'sent-back', to: 'problem', rationale: 'Uklart problem' })).toEqual({
      ok: true,
      plan: { toPhase: 'problem', toStatus: 'active' },
    });
  });

  it('parks and stops with a rationale, resumes a parked one, and never moves a stopped one', () => {
    expect(plan(base, { outcome: 'parked' })).toMatchObject({
      ok: false,
      rejection: { code: 'rationale-required' },
    });
    expect(plan(base, { outcome: 'parked', rationale: 'Venter på finansiering' })).toEqual({
      ok: true,
      plan: { toPhase: 'ikke-startet', toStatus: 'parked' },
    });
    expect(plan({ ...ready, status: 'parked' }, { outcome: 'approved' })).toMatchObject({
      ok: false,
      rejection: { code: 'illegal-transition' },
    });
    expect(plan({ ...base, status: 'parked' }, { outcome: 'resumed' })).toEqual({
      ok: true,
      plan: { toPhase: 'ikke-startet', toStatus: 'active' },
    });
    expect(plan(base, { outcome: 'resumed' })).toMatchObject({
      ok: false,
      rejection: { code: 'illegal-transition' },
    });
    expect(plan(base, { outcome: 'stopped', rationale: '   ' })).toMatchObject({
      ok: false,
      rejection: { code: 'rationale-required' },
    });
    const stopped = { ...ready, status: 'stopped' as const };
    for (const r of [
      { outcome: 'approved' },
      { outcome: 'resumed' },
      { outcome: 'parked', rationale: 'x' },
    ] as TransitionRequest[]) {
      expect(plan(stopped, r)).toMatchObject({ ok: false, rejection: { code: 'illegal-transition' } });
    }
  });
});

describe('evaluateGate', () => {
  it('counts field criteria from the fields and checklist criteria from what was ticked', () => {
    const gate = evaluateGate(DEFAULT_WORKFLOW, ready);
    expect(gate).toMatchObject({ phase: 'ikke-startet', nextPhase: 'problem', ready: true });
    const konsept = evaluateGate(DEFAULT_WORKFLOW, {
      ...base,
      phase: 'konsept',
      riskLevel: 'high',
      riskText: '',
    });
    expect(konsept.criteria.find((c) => c.id === 'risk-assessed')?.met).toBe(false);
    expect(konsept.ready).toBe(false);
  });

  it('has no next phase after the last', () => {
    expect(evaluateGate(DEFAULT_WORKFLOW, { ...base, phase: 'utfort' })).toMatchObject({
      nextPhase: null,
      ready: false,
      criteria: [],
    });
  });
});
