import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatters } from '../../i18n/format';
import { nb } from '../../i18n/nb';
import { describeDetail } from './account-event-detail';

describe('account event details in words', () => {
  const format = formatters('nb');
  beforeAll(async () => {
    await i18next.init({ lng: 'nb', resources: { nb: { translation: nb } }, showSupportNotice: false });
  });
  const say = (key: string, value: unknown) => describeDetail(i18next.t, format, key, value);

  it('names known keys and translates roles, scopes, yes and no', () => {
    expect(say('scope', 'admin')).toBe('Omfang: Administrere');
    expect(say('isAdmin', true)).toBe('Administrator: Ja');
    expect(say('tokenId', '0f8c5b2e-1111-4222-8333-444455556666')).toBe('Nøkkel: 0f8c5b2e');
    expect(say('after', { role: 'portfolio-office', personId: null })).toBe(
      'Etter: Rolle: Porteføljekontor, Person: Ingen',
    );
  });

  it('writes times as Norwegian dates, and keeps unknown keys as they are', () => {
    expect(say('expiresAt', '2026-11-29T08:08:17.848Z')).toMatch(/^Utløper: 29\. nov\. 2026/);
    expect(say('somethingNew', 'verdi')).toBe('somethingNew: verdi');
  });
});
