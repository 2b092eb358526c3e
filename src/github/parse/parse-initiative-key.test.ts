import { describe, expect, it } from 'vitest';
import { InitiativeKeySchema } from '../../contracts/initiatives';
import { findInitiativeKeys, parseInitiativeKey } from './parse-initiative-key';

describe('parseInitiativeKey', () => {
  it.each([
    ['Sak 14-2026: Felles innboks', 'Sak 14-2026', 'Felles innboks'],
    ['[Sak 14-2026] Felles innboks', 'Sak 14-2026', 'Felles innboks'],
    ['Felles innboks (Sak 14-2026)', 'Sak 14-2026', 'Felles innboks'],
    ['Sak 14 - 2026 Felles innboks', 'Sak 14-2026', 'Felles innboks'],
    ['sak 3-2025 – Ny ID-porten', 'Sak 3-2025', 'Ny ID-porten'],
    ['SAK 003-2025 | Ny ID-porten', 'Sak 3-2025', 'Ny ID-porten'],
    ['Sak nr. 21/2024: Datadeling', 'Sak 21-2024', 'Datadeling'],
    ['Datadeling - sak 21-2024', 'Sak 21-2024', 'Datadeling'],
    ['Flytting (Sak 5-2026) av eFormidling', 'Sak 5-2026', 'Flytting av eFormidling'],
  ])('%j → %s, %j', (title, key, rest) => {
    const parsed = parseInitiativeKey(title);
    expect(parsed).toEqual({ key, title: rest });
    expect(InitiativeKeySchema.parse(parsed.key)).toBe(key);
  });

  it.each(['  Felles innboks ', 'Forsak 1-2026', 'Sak 14-20261 tall', 'Sak 14-26', 'Saksbehandling 2026'])(
    'finds no key in %j',
    (title) => {
      expect(parseInitiativeKey(title)).toEqual({ key: null, title: title.trim() });
    },
  );

  it('keeps the words of a title that is only a key, since a title may not be empty', () => {
    expect(parseInitiativeKey('[Sak 9-2026]')).toEqual({ key: 'Sak 9-2026', title: '[Sak 9-2026]' });
  });
});

describe('findInitiativeKeys', () => {
  it('finds every key once, normalised, in order', () => {
    const text = 'Leverer på Sak 14-2026 og sak 3 - 2025.\nJf. SAK 14-2026 og [Sak 7/2024].';
    expect(findInitiativeKeys(text)).toEqual(['Sak 14-2026', 'Sak 3-2025', 'Sak 7-2024']);
    expect(findInitiativeKeys('Ingen saker her, bare saksnummer 12.')).toEqual([]);
  });
});
