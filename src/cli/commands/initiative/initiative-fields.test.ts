import { describe, expect, it } from 'vitest';
import { UsageError } from '../../exit-codes';
import { parseAssignments } from './initiative-fields';

describe('parseAssignments (--set field=value)', () => {
  it('keeps text fields as typed, reads other fields as JSON and "null" as null', () => {
    expect(
      parseAssignments([
        ['title', '2026'],
        ['personMonthsTotal', '12.5'],
        ['okrs', '[{"objective":"O"}]'],
        ['description', 'null'],
        ['collaboration', 'a=b'],
      ]),
    ).toEqual({
      title: '2026',
      personMonthsTotal: 12.5,
      okrs: [{ objective: 'O' }],
      description: null,
      collaboration: 'a=b',
    });
  });

  it('refuses unknown fields and values that are not JSON', () => {
    expect(() => parseAssignments([['shoeSize', '44']])).toThrow(UsageError);
    expect(() => parseAssignments([['milestones', 'soon']])).toThrow(/must be JSON/);
  });
});
