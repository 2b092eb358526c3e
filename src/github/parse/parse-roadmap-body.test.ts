import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../contracts/limits';
import { UpdateRoadmapElementSchema } from '../../contracts/roadmap';
import * as bodies from './fixtures/roadmap-bodies';
import { parseRoadmapBody } from './parse-roadmap-body';

const context = { owner: 'digdir', repo: 'roadmap' };
const parse = (body: string | null) => parseRoadmapBody(body, context);
const link = (owner: string, repo: string, number: number) => ({ owner, repo, number });

describe('parseRoadmapBody', () => {
  it('reads the issue form, whose labels repeat as pre-filled headings', () => {
    const result = parse(bodies.FORM_BODY);
    expect(result.overview).toBe(
      'Dialogporten skal gi innbyggere og næringsliv én felles innboks for dialoger med det offentlige.',
    );
    expect(result.expectedResult).toBe(
      '- Færre henvendelser til brukerstøtte\n- Økt bruk av digitale dialoger',
    );
    expect(result.howItWorks).toBe(
      'Tjenesteeiere oppretter dialoger via API; sluttbrukersystemer henter dem.',
    );
    expect(result.dependencies).toEqual([]);
    expect(result.epics).toEqual([link('digdir', 'dialogporten', 1203), link('digdir', 'dialogporten', 987)]);
    expect(result.placeholders).toEqual({ dependencies: 1, epics: 1 });
  });

  it('reads tasklist blocks titled Tasks before Avhengigheter under bold headings', () => {
    const result = parse(bodies.TASKLIST_BODY);
    expect(result.overview).toContain('tilgangsstyring');
    expect(result.howItWorks).toBe('Via API og et nytt brukergrensesnitt i Altinn-portalen.');
    expect(result.epics).toEqual([
      link('Altinn', 'altinn-access-management', 512),
      link('Altinn', 'altinn-authorization', 88),
    ]);
    expect(result.dependencies).toEqual([link('digdir', 'roadmap', 45)]);
    expect(result.placeholders).toEqual({ dependencies: 1, epics: 0 });
    expect(result.initiativeKeys).toEqual(['Sak 7-2024', 'Sak 12-2024']);
  });

  it('lets the heading above a tasklist decide over its default "### Tasks" title', () => {
    const result = parse(bodies.TASKLIST_UNDER_HEADINGS_BODY);
    expect(result.dependencies).toEqual([link('Altinn', 'altinn-notifications', 300)]);
    expect(result.epics).toEqual([link('Altinn', 'altinn-notifications', 301)]);
    expect(result.placeholders).toEqual({ dependencies: 0, epics: 1 });
  });

  it('reads plain-line headings and lists without checkboxes', () => {
    const result = parse(bodies.PLAIN_BODY);
    expect(result.overview).toBe('Felles designsystem for alle Digdirs tjenester.');
    expect(result.howItWorks).toBe('Komponentbibliotek i React, publisert på npm.');
    expect(result.epics).toEqual([
      link('digdir', 'designsystemet', 2301),
      link('digdir', 'designsystemet', 2302),
    ]);
    expect(result.dependencies).toEqual([link('navikt', 'aksel', 1201)]);
    expect(result.placeholders).toEqual({ dependencies: 1, epics: 0 });
  });

  it('reads nynorsk headings', () => {
    const result = parse(bodies.NYNORSK_BODY);
    expect(result.overview).toBe('Ny løysing for innsending av skjema frå næringslivet.');
    expect(result.expectedResult).toBe('Færre feil i innsendingane.');
    expect(result.howItWorks).toBe('Skjema blir validerte før dei blir sende inn.');
    expect(result.dependencies).toEqual([link('Altinn', 'altinn-studio', 14000)]);
    expect(result.epics).toEqual([link('digdir', 'roadmap', 301)]);
    expect(result.placeholders.epics).toBe(1);
  });

  it('reads English headings and links on a GitHub Enterprise host', () => {
    const result = parse(bodies.ENGLISH_BODY);
    expect(result.overview).toBe('A shared login button for all public services.');
    expect(result.expectedResult).toBe('Users recognise the login across services.');
    expect(result.howItWorks).toBe('A web component served from a CDN.');
    expect(result.dependencies).toEqual([link('felleslosninger', 'idporten', 77)]);
    expect(result.epics).toEqual([link('team-x', 'backend', 12)]);
    expect(result.placeholders).toEqual({ dependencies: 0, epics: 1 });
  });

  it('turns a template nobody filled in into nulls and counted placeholders', () => {
    const result = parse(bodies.PLACEHOLDER_BODY);
    expect(result).toEqual({
      overview: null,
      expectedResult: null,
      howItWorks: null,
      dependencies: [],
      epics: [],
      placeholders: { dependencies: 3, epics: 3 },
      initiativeKeys: [],
    });
  });

  it('keeps links to other organisations, private and renamed repositories, as written', () => {
    const result = parse(bodies.REFERENCES_BODY);
    expect(result.dependencies).toEqual([
      link('felleslosninger', 'maskinporten-private', 3),
      link('DIGDIR', 'Altinn-Formidling', 40),
      link('digdir', 'roadmap', 17),
      link('digdir', 'roadmap', 18),
    ]);
    expect(result.epics).toEqual([link('digdir', 'efm-old-name', 5), link('digdir', 'eformidling', 61)]);
    // "#12" and the skisse link in the overview are prose, not dependencies or epics.
    expect(result.overview).toContain('Erstatter #12');
  });

  it('gives nothing for a one-line body, an empty body and a missing one', () => {
    const empty = {
      overview: null,
      expectedResult: null,
      howItWorks: null,
      dependencies: [],
      epics: [],
      placeholders: { dependencies: 0, epics: 0 },
      initiativeKeys: [],
    };
    expect(parse(bodies.ONE_LINE_BODY)).toEqual(empty);
    expect(parse('')).toEqual(empty);
    expect(parse(null)).toEqual(empty);
  });

  it('takes no links from inside a Mermaid chart', () => {
    const result = parse(bodies.MERMAID_BODY);
    expect(result.epics).toEqual([link('digdir', 'roadmap', 22)]);
    expect(result.dependencies).toEqual([]);
    expect(result.overview).toContain('```mermaid');
  });

  it('ignores notes outside the sections and reads "Label:" headings', () => {
    const result = parse(bodies.DATES_AND_NOTES_BODY);
    expect(result.overview).toBe('Levering planlagt 13.05, pilot 31.08.2026, evaluering 15/10.');
    expect(result.dependencies).toEqual([]);
    expect(result.placeholders.dependencies).toBe(1);
    expect(result.epics).toEqual([link('digdir', 'altinn-correspondence', 88)]);
  });

  it('reads items straight under Gjennomføring as epics, beside titled tasklist blocks', () => {
    const body = `## Gjennomføring
- [ ] https://github.com/digdir/altinn-broker/issues/5
- [ ] Draft epos
\`\`\`[tasklist]
### Avhengigheter
- [ ] #9
\`\`\``;
    const result = parse(body);
    expect(result.epics).toEqual([link('digdir', 'altinn-broker', 5)]);
    expect(result.dependencies).toEqual([link('digdir', 'roadmap', 9)]);
    expect(result.placeholders).toEqual({ dependencies: 0, epics: 1 });
  });

  it('cuts long sections to the contract limit', () => {
    const result = parse(`## Overordnet beskrivelse\n${'Lang tekst. '.repeat(3000)}`);
    expect(result.overview?.length).toBeLessThanOrEqual(LIMITS.longText);
    expect(result.overview?.endsWith('…')).toBe(true);
  });

  it('reads bodies with Windows line endings, as GitHub often stores them, the same', () => {
    for (const body of Object.values(bodies)) {
      expect(parse(body.replace(/\n/g, '\r\n'))).toEqual(parse(body));
    }
  });

  it('gives texts the roadmap contract accepts, for every fixture', () => {
    for (const body of Object.values(bodies)) {
      const { overview, expectedResult, howItWorks } = parse(body);
      expect(() => UpdateRoadmapElementSchema.parse({ overview, expectedResult, howItWorks })).not.toThrow();
    }
  });
});
