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
};

describe('formOf', () => {
  it('shows empty fields as empty text and numbers with the reader’s decimal separator', () => {
    const initiative = {
      ...Object.fromEntries(EDIT_FIELDS.map((field) => [field, null])),
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
      changed: ['problemStatement', 'competence', 'personMonthsTotal', 'priority'],
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
      { field: 'competence', kind: 'taken', theirs: 'UX, juss', mine: 'UX' },
      { field: 'priority', kind: 'taken', theirs: 'must', mine: 'must' },
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
