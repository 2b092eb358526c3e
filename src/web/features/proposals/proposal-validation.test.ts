import { describe, expect, it } from 'vitest';
import type { ReceivedProblem } from '../../../client';
import { EMPTY_DRAFT, type ProposalDraft } from './proposal-draft';
import { checkProposal, inFormOrder, serverFieldErrors } from './proposal-validation';

const ID = '00000000-0000-4000-8000-000000000001';
const valid: ProposalDraft = {
  ...EMPTY_DRAFT,
  title: 'Felles innlogging',
  problemStatement: 'For mange innlogginger',
};

describe('checkProposal', () => {
  it('passes a draft with a title and a problem statement, and answers the parsed body', () => {
    const check = checkProposal({ ...valid, title: '  Felles innlogging ', priority: 'must' }, ID);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.payload.title).toBe('Felles innlogging');
    expect(check.payload.priority).toBe('must');
    expect(check.payload.submitterId).toBe(ID);
  });

  it('asks for the title (the schema) and the problem statement (the form) on an empty draft', () => {
    expect(checkProposal(EMPTY_DRAFT).errors).toEqual([
      { path: 'title', kind: 'required' },
      { path: 'problemStatement', kind: 'required' },
    ]);
    expect(checkProposal({ ...EMPTY_DRAFT, title: '   ' }).errors[0]).toEqual({
      path: 'title',
      kind: 'required',
    });
  });

  it('maps nested issues to their field paths, in the order of the form', () => {
    const draft: ProposalDraft = {
      ...valid,
      priority: 'could',
      okrs: [
        {
          objective: '',
          keyResults: [
            { title: 'KR', target: '' },
            { title: '', target: '5' },
          ],
        },
      ],
      resources: [{ year: '2026,5', internalPersonMonths: 'mange', externalPersonMonths: '-1' }],
      funding: [{ year: '2026', budgetItem: 'Drift', source: '', needNok: '100' }],
      allocationKind: 'teams',
      title: 'x'.repeat(201),
    };
    expect(checkProposal(draft).errors).toEqual([
      { path: 'title', kind: 'tooLong', limit: 200 },
      { path: 'okrs.0.objective', kind: 'required' },
      { path: 'okrs.0.keyResults.1.title', kind: 'required' },
      { path: 'resources.0.year', kind: 'wholeNumber' },
      { path: 'resources.0.internalPersonMonths', kind: 'number' },
      { path: 'resources.0.externalPersonMonths', kind: 'min', limit: 0 },
      { path: 'funding.0.source', kind: 'required' },
      { path: 'allocation.teamIds', kind: 'required' },
    ]);
  });

  it('says required for a missing choice of allocation and "number" for words in a number field', () => {
    const errors = checkProposal({
      ...valid,
      allocationKind: 'working-group',
      personMonthsTotal: 'ti',
    }).errors;
    expect(errors).toEqual([
      { path: 'personMonthsTotal', kind: 'number' },
      { path: 'allocation.workingGroupId', kind: 'required' },
    ]);
  });

  it('refuses a year outside the schema bounds with the bound', () => {
    const errors = checkProposal({
      ...valid,
      resources: [{ year: '1999', internalPersonMonths: '1', externalPersonMonths: '' }],
    }).errors;
    expect(errors).toEqual([{ path: 'resources.0.year', kind: 'min', limit: 2000 }]);
  });
});

describe('serverFieldErrors', () => {
  const problem = (issues: { path: string; message: string }[]): ReceivedProblem => ({
    type: 'about:blank',
    title: 'Bad Request',
    status: 400,
    code: 'validation-failed',
    issues,
  });

  it('takes body issues to their fields and leaves others out', () => {
    expect(
      serverFieldErrors(
        problem([
          { path: 'body.okrs.0.objective', message: 'too long' },
          { path: 'body', message: 'unknown key' },
          { path: 'params.org', message: 'bad slug' },
        ]),
      ),
    ).toEqual([{ path: 'okrs.0.objective', kind: 'server', message: 'too long' }]);
  });
});

describe('inFormOrder', () => {
  it('sorts by the place in the form, numbers as numbers', () => {
    const paths = [
      'allocation.teamIds',
      'okrs.10.objective',
      'okrs.2.keyResults.0.target',
      'okrs.2.objective',
      'title',
    ];
    expect(inFormOrder(paths.map((path) => ({ path, kind: 'invalid' as const }))).map((e) => e.path)).toEqual(
      ['title', 'okrs.2.objective', 'okrs.2.keyResults.0.target', 'okrs.10.objective', 'allocation.teamIds'],
    );
  });
});
