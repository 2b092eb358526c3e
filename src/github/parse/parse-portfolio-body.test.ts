import { describe, expect, it } from 'vitest';
import { CreateInitiativeSchema } from '../../contracts/initiatives';
import { LIMITS } from '../../contracts/limits';
import * as bodies from './fixtures/portfolio-bodies';
import { type PortfolioBody, parsePortfolioBody } from './parse-portfolio-body';

const kr = (title: string, done = false) => ({ title, target: null, current: null, done });

/** The parsed fields as an import would send them. */
const asCreate = (parsed: PortfolioBody) => ({
  title: 'Tiltak',
  collaboration: parsed.collaboration,
  problemStatement: parsed.problemStatement,
  description: parsed.description,
  riskIfNotDone: parsed.riskIfNotDone,
  okrs: parsed.okrs,
  competence: parsed.competence,
  personMonthsTotal: parsed.personMonthsTotal,
});

describe('parsePortfolioBody', () => {
  it('reads a filled-in template', () => {
    expect(parsePortfolioBody(bodies.FILLED_BODY)).toEqual({
      collaboration: 'Skatteetaten, NAV',
      dependenciesText: 'Sak 3-2025 (ID-porten neste generasjon)',
      problemStatement: 'Etterlatte må i dag melde dødsfall til mange etater, på papir.',
      description: 'En felles digital melding om dødsfall som deles med etatene som trenger den.',
      riskIfNotDone: 'Fortsatt høy belastning på brukerstøtte og etterlatte.',
      okrs: [
        {
          objective: 'Flere digitale dødsfallsmeldinger',
          keyResults: [
            kr('50 % av meldingene kommer digitalt innen Q4 2026', true),
            kr('Saksbehandlingstid under 5 dager'),
          ],
        },
        { objective: 'Færre henvendelser', keyResults: [kr('Halvere antall telefoner til brukerstøtte')] },
      ],
      competence: 'Backend, UX, juridisk',
      personMonthsTotal: 18,
      personMonthsText: 'ca. 18 månedsverk',
    });
  });

  it('turns an unfilled template into nulls, keeping words it cannot count', () => {
    expect(parsePortfolioBody(bodies.EMPTY_TEMPLATE_BODY)).toEqual({
      collaboration: null,
      dependenciesText: null,
      problemStatement: null,
      description: null,
      riskIfNotDone: null,
      okrs: [],
      competence: null,
      personMonthsTotal: null,
      personMonthsText: 'ukjent',
    });
  });

  it('reads issue-form output with "_No response_", Mål headings and a range', () => {
    const parsed = parsePortfolioBody(bodies.FORM_BODY);
    expect(parsed.collaboration).toBe('Brønnøysundregistera');
    expect(parsed.dependenciesText).toBeNull();
    expect(parsed.problemStatement).toBe('Næringslivet må rapportere dei same opplysningane fleire gonger.');
    expect(parsed.okrs).toEqual([
      { objective: 'Enklare rapportering', keyResults: [kr('30 % færre skjema')] },
      { objective: 'Gjenbruk av data', keyResults: [kr('Eitt API i produksjon', true)] },
    ]);
    expect(parsed.competence).toBe('Arkitekt, utviklarar');
    expect(parsed.personMonthsTotal).toBe(18);
    expect(parsed.personMonthsText).toBe('12-18 månedsverk (avhengig av omfang)');
  });

  it('reads plain-line headings and key results without a "Mål" line', () => {
    const parsed = parsePortfolioBody(bodies.PLAIN_BODY);
    expect(parsed.collaboration).toBe('Statens vegvesen');
    expect(parsed.problemStatement).toBe('Data om kjøretøy er spredt.');
    expect(parsed.description).toBe('Ett register.');
    expect(parsed.riskIfNotDone).toBeNull();
    expect(parsed.okrs).toEqual([
      {
        objective: 'Bedre datakvalitet',
        keyResults: [kr('Ingen dubletter i registeret'), kr('Felles datamodell vedtatt', true)],
      },
    ]);
    expect(parsed.competence).toBe('Dataforvaltning');
    expect(parsed.personMonthsTotal).toBe(30);
  });

  it('reads an English body', () => {
    const parsed = parsePortfolioBody(bodies.ENGLISH_BODY);
    expect(parsed).toMatchObject({
      collaboration: 'The Norwegian Tax Administration',
      problemStatement: 'Citizens file the same data twice.',
      description: 'A shared data service.',
      riskIfNotDone: 'Double work continues.',
      okrs: [{ objective: 'Less double reporting', keyResults: [kr('20 % fewer forms')] }],
      competence: 'Architecture',
      personMonthsTotal: 6,
    });
  });

  it('gives nothing for a missing or title-only body', () => {
    const empty = parsePortfolioBody(null);
    expect(empty).toEqual(parsePortfolioBody(''));
    expect(empty).toMatchObject({
      problemStatement: null,
      okrs: [],
      personMonthsTotal: null,
      personMonthsText: null,
    });
  });

  it('cuts texts, objectives and lists to the contract limits', () => {
    const objectives = Array.from(
      { length: 12 },
      (_, index) =>
        `**Mål ${index + 1}:** ${'M'.repeat(300)}\n${Array.from({ length: 12 }, (_item, kr) => `- [ ] Resultat ${kr}`).join('\n')}`,
    ).join('\n');
    const body = `### Samarbeid med\n${'s'.repeat(3000)}\n### Problemstilling\n${'p '.repeat(15000)}\n### Mål og nøkkelresultat (OKR)\n${objectives}`;
    const parsed = parsePortfolioBody(body);
    expect(parsed.collaboration?.length).toBe(LIMITS.shortText);
    expect(parsed.problemStatement?.length).toBeLessThanOrEqual(LIMITS.longText);
    expect(parsed.okrs).toHaveLength(10);
    expect(parsed.okrs[0]?.keyResults).toHaveLength(10);
    expect(parsed.okrs[0]?.objective.length).toBe(LIMITS.name);
    expect(() => CreateInitiativeSchema.parse(asCreate(parsed))).not.toThrow();
  });

  it('reads bodies with Windows line endings the same', () => {
    for (const body of Object.values(bodies)) {
      expect(parsePortfolioBody(body.replace(/\n/g, '\r\n'))).toEqual(parsePortfolioBody(body));
    }
  });

  it('gives fields the initiative contract accepts, for every fixture', () => {
    for (const body of Object.values(bodies)) {
      expect(() => CreateInitiativeSchema.parse(asCreate(parsePortfolioBody(body)))).not.toThrow();
    }
  });
});
