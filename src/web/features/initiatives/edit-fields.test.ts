import { describe, expect, it } from 'vitest';
import type { Initiative } from '../../../contracts/initiatives';
import {
  EDIT_FIELDS,
  formOf,
  mergeAfterConflict,
  parseNumber,
  payloadOf,
  type FormValues,
} from './edit-fields';
import { STRUCTURED_FIELDS } from './edit-structured';

/** A valid id (the API takes uuids) that sorts by its letter. */
const id = (letter: string) => `${letter.padEnd(8, '0')}-0000-4000-8000-000000000000`;
const [s1, s2, s3, t1, t2] = ['a1', 'a2', 'a3', 'b1', 'b2'].map(id) as [
  string,
  string,
  string,
  string,
  string,
];

const base: FormValues = {
  title: 'Felles innlogging',
  problemStatement: 'Mange pålogginger.',
  description: '',
  riskIfNotDone: 'Brukerne gir opp.',
  collaboration: '',
  competence: 'UX',
  personMonthsTotal: '12,5',
  priority: 'should',
  ownerId: 'p1',
  responsibleId: '',
  riskLevel: 'medium',
  riskText: '',
  measurementPlan: '',
  checkedCriteria: ['a', 'b'],
  allocation: { allocationKind: 'product-group', productGroupId: id('c1'), teamIds: [], workingGroupId: '' },
  strategicItemIds: [s1, s2],
  dependsOnIds: [],
  okrs: [{ objective: 'Enklere innlogging', keyResults: [{ title: 'Færre klager', target: '50 %' }] }],
  milestones: [{ title: 'Pilot', due: '2026-05-01', done: false }],
  resources: [{ year: '2026', internalPersonMonths: '6', externalPersonMonths: '0' }],
  funding: [],
  budgetProposalYears: ['2027'],
  businessPlanYears: [],
};

describe('formOf', () => {
  it('shows empty fields as empty text and numbers with the reader’s decimal separator', () => {
    const initiative = {
      ...Object.fromEntries(EDIT_FIELDS.map((field) => [field, null])),
      ...Object.fromEntries(STRUCTURED_FIELDS.map((field) => [field, []])),
      allocation: null,
      title: 'T',
      personMonthsTotal: 12.5,
      checkedCriteria: ['b', 'a'],
    } as unknown as Initiative;
    const form = formOf(initiative);
    expect(form.problemStatement).toBe('');
    expect(form.personMonthsTotal).toBe('12,5');
    expect(formOf(initiative, '.').personMonthsTotal).toBe('12.5');
    expect(form.checkedCriteria).toEqual(['a', 'b']);
  });
});

describe('payloadOf', () => {
  it('sends only what changed, trimmed, with emptied fields as null and numbers parsed', () => {
    const mine = {
      ...base,
      problemStatement: '  Nytt problem.  ',
      competence: ' ',
      personMonthsTotal: '1 200,5',
      priority: '',
      riskIfNotDone: 'Brukerne gir opp.  ',
      checkedCriteria: ['b', 'a'],
    };
    expect(payloadOf(base, mine, EDIT_FIELDS)).toEqual({
      ok: true,
      changed: ['problemStatement', 'priority', 'competence', 'personMonthsTotal'],
      body: {
        problemStatement: 'Nytt problem.',
        competence: null,
        personMonthsTotal: 1200.5,
        priority: null,
      },
    });
  });

  it('leaves out fields the form does not offer', () => {
    const mine = { ...base, riskText: 'Skjult', title: 'Ny' };
    expect(payloadOf(base, mine, ['title'])).toMatchObject({ ok: true, body: { title: 'Ny' } });
  });

  it('refuses what the API’s schema refuses, field by field', () => {
    const mine = { ...base, title: '  ', personMonthsTotal: '12 måneder', collaboration: 'x'.repeat(2001) };
    expect(payloadOf(base, mine, EDIT_FIELDS)).toEqual({
      ok: false,
      errors: { title: 'required', personMonthsTotal: 'invalidNumber', collaboration: 'tooLong' },
      maximum: { collaboration: 2000 },
      details: [],
    });
  });

  it('parses numbers the Norwegian and the English way', () => {
    expect(parseNumber('3,5')).toBe(3.5);
    expect(parseNumber('3.5')).toBe(3.5);
    expect(parseNumber('1\u00a0000')).toBe(1000);
    expect(parseNumber('tre')).toBeNaN();
    expect(parseNumber('')).toBeNaN();
  });
});

describe('mergeAfterConflict', () => {
  it('takes fields only they changed, keeps what I typed where both changed, and lists both', () => {
    const latest = {
      ...base,
      problemStatement: 'Deres tekst.',
      competence: 'UX, juss',
      priority: 'must',
      checkedCriteria: ['a', 'b', 'c'],
    };
    const mine = {
      ...base,
      problemStatement: 'Min tekst.',
      priority: 'must',
      description: 'Bare min.',
      checkedCriteria: ['b', 'd'],
    };
    const { merged, changes } = mergeAfterConflict(base, latest, mine, EDIT_FIELDS);
    expect(merged).toEqual({
      ...mine,
      competence: 'UX, juss',
      checkedCriteria: ['b', 'c', 'd'],
    });
    expect(changes).toEqual([
      { field: 'problemStatement', kind: 'conflict', theirs: 'Deres tekst.', mine: 'Min tekst.' },
      { field: 'priority', kind: 'taken', theirs: 'must', mine: 'must' },
      { field: 'competence', kind: 'taken', theirs: 'UX, juss', mine: 'UX' },
      { field: 'checkedCriteria', kind: 'taken', theirs: ['a', 'b', 'c'], mine: ['b', 'd'] },
    ]);
    // Saving again on top of the latest sends what I typed, and nothing I did not touch.
    expect(payloadOf(latest, merged, EDIT_FIELDS)).toMatchObject({
      ok: true,
      body: { problemStatement: 'Min tekst.', description: 'Bare min.', checkedCriteria: ['b', 'c', 'd'] },
    });
  });

  it('finds nothing when the other change touched no field of the form', () => {
    expect(mergeAfterConflict(base, { ...base }, { ...base, title: 'Ny' }, EDIT_FIELDS)).toEqual({
      merged: { ...base, title: 'Ny' },
      changes: [],
    });
  });
});

describe('structured fields', () => {
  it('reads an initiative’s lines and lists into the form, and back to the same values', () => {
    const initiative = {
      ...Object.fromEntries(EDIT_FIELDS.map((field) => [field, null])),
      title: 'T',
      checkedCriteria: [],
      allocation: { kind: 'teams', teamIds: [t2, t1] },
      strategicItemIds: [s2, s1],
      dependsOnIds: [],
      okrs: [{ objective: 'O', keyResults: [{ title: 'K', target: null, current: '3', done: true }] }],
      milestones: [{ title: 'M', due: null, done: true }],
      resources: [{ year: 2026, internalPersonMonths: 2.5, externalPersonMonths: 0 }],
      funding: [{ year: 2026, budgetItem: 'Drift', source: 'external', needNok: 1000, grantedNok: 500 }],
      budgetProposalYears: [2028, 2027],
      businessPlanYears: [],
    } as unknown as Initiative;
    const form = formOf(initiative);
    expect(form.allocation).toEqual({
      allocationKind: 'teams',
      productGroupId: '',
      teamIds: [t1, t2],
      workingGroupId: '',
    });
    expect(form.resources).toEqual([
      { year: '2026', internalPersonMonths: '2,5', externalPersonMonths: '0' },
    ]);
    expect(form.budgetProposalYears).toEqual(['2027', '2028']);
    // Reading and sending again changes nothing: progress and granted money are kept as they were.
    const changedTitle = payloadOf(form, { ...form, title: 'Ny' }, EDIT_FIELDS);
    expect(changedTitle).toMatchObject({ ok: true, changed: ['title'] });
    const withKeyResult = {
      ...form,
      okrs: [{ ...form.okrs[0]!, keyResults: [...form.okrs[0]!.keyResults, { title: 'Ny', target: '' }] }],
    };
    const result = payloadOf(form, withKeyResult, EDIT_FIELDS);
    expect(result).toMatchObject({
      ok: true,
      changed: ['okrs'],
      body: {
        okrs: [
          {
            objective: 'O',
            keyResults: [
              { title: 'K', current: '3', done: true },
              { title: 'Ny', done: false },
            ],
          },
        ],
      },
    });
    const funding = payloadOf(
      form,
      { ...form, funding: [{ ...form.funding[0]!, needNok: '2 000' }] },
      EDIT_FIELDS,
    );
    expect(funding).toMatchObject({
      ok: true,
      body: { funding: [{ year: 2026, needNok: 2000, grantedNok: 500, source: 'external' }] },
    });
  });

  it('sends a structured field only when its value changed; the order of ids does not count', () => {
    const reordered = { ...base, strategicItemIds: [s2, s1], budgetProposalYears: ['2027'] };
    expect(payloadOf(base, reordered, EDIT_FIELDS)).toMatchObject({ ok: true, changed: [] });
    const mine = {
      ...base,
      allocation: { ...base.allocation, allocationKind: 'teams' as const, teamIds: [t2, t1] },
      strategicItemIds: [s1, s2, s3],
      milestones: [{ title: 'Pilot', due: '', done: true }],
      budgetProposalYears: ['2028', '2027'],
    };
    expect(payloadOf(base, mine, EDIT_FIELDS)).toEqual({
      ok: true,
      changed: ['strategicItemIds', 'allocation', 'milestones', 'budgetProposalYears'],
      body: {
        strategicItemIds: [s1, s2, s3],
        allocation: { kind: 'teams', teamIds: [t1, t2] },
        milestones: [{ title: 'Pilot', due: null, done: true }],
        budgetProposalYears: [2027, 2028],
      },
    });
    expect(
      payloadOf(base, { ...base, allocation: { ...base.allocation, allocationKind: '' } }, EDIT_FIELDS),
    ).toMatchObject({
      ok: true,
      body: { allocation: null },
    });
  });

  it('says what is wrong inside a line, by its path, in the proposal form’s words', () => {
    const mine = {
      ...base,
      allocation: { ...base.allocation, allocationKind: 'teams' as const },
      okrs: [{ objective: 'O', keyResults: [{ title: ' ', target: '' }] }],
      resources: [{ year: '2026', internalPersonMonths: 'mange', externalPersonMonths: '' }],
    };
    const result = payloadOf(base, mine, EDIT_FIELDS);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({ okrs: 'invalid', resources: 'invalid', allocation: 'invalid' });
    expect(result.details).toEqual(
      expect.arrayContaining([
        { path: 'okrs.0.keyResults.0.title', kind: 'required' },
        { path: 'resources.0.internalPersonMonths', kind: 'number' },
        { path: 'allocation.teamIds', kind: 'required' },
      ]),
    );
  });

  it('treats each structured field as one: theirs when only they changed it, a conflict when both did', () => {
    const latest = {
      ...base,
      strategicItemIds: [s1],
      okrs: [...base.okrs, { objective: 'Deres mål', keyResults: [] }],
    };
    const mine = {
      ...base,
      strategicItemIds: [s1, s2, s3],
      milestones: [...base.milestones, { title: 'Lansering', due: '', done: false }],
    };
    const { merged, changes } = mergeAfterConflict(base, latest, mine, EDIT_FIELDS);
    expect(merged).toEqual({ ...mine, okrs: latest.okrs });
    expect(changes).toEqual([
      { field: 'strategicItemIds', kind: 'conflict', theirs: [s1], mine: [s1, s2, s3] },
      { field: 'okrs', kind: 'taken', theirs: latest.okrs, mine: base.okrs },
    ]);
    expect(payloadOf(latest, merged, EDIT_FIELDS)).toMatchObject({
      ok: true,
      changed: ['strategicItemIds', 'milestones'],
    });
    // Choosing theirs for the conflict leaves it out of the next save.
    const choseTheirs = { ...merged, strategicItemIds: latest.strategicItemIds };
    expect(payloadOf(latest, choseTheirs, EDIT_FIELDS)).toMatchObject({ ok: true, changed: ['milestones'] });
  });
});
