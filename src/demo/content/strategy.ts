import type { DemoItem, DemoSource } from './types';

/** Where the demo's initiatives come from. Every source and item is invented. */

const goal = (
  key: string,
  ref: string,
  title: string,
  description?: string,
  children?: DemoItem[],
): DemoItem => ({
  key,
  kind: 'goal',
  ref,
  title,
  description: description ?? null,
  ...(children ? { children } : {}),
});

const assignment = (key: string, ref: string, title: string): DemoItem => ({
  key,
  kind: 'assignment',
  ref,
  title,
});
const action = (key: string, ref: string, title: string): DemoItem => ({ key, kind: 'action', ref, title });

const keyResult = (
  key: string,
  ref: string,
  title: string,
  targetValue: string,
  currentValue: string,
): DemoItem => ({
  key,
  kind: 'key-result',
  ref,
  title,
  targetValue,
  currentValue,
});

const QUARTERS = {
  q1: ['2026-01-01', '2026-03-31'],
  q2: ['2026-04-01', '2026-06-30'],
  q3: ['2026-07-01', '2026-09-30'],
  q4: ['2026-10-01', '2026-12-31'],
} as const;

const objective = (
  key: string,
  ref: string,
  title: string,
  quarter: keyof typeof QUARTERS,
  keyResults: DemoItem[],
): DemoItem => ({
  key,
  kind: 'objective',
  ref,
  title,
  periodStart: QUARTERS[quarter][0],
  periodEnd: QUARTERS[quarter][1],
  children: keyResults.map((kr) => ({
    ...kr,
    periodStart: QUARTERS[quarter][0],
    periodEnd: QUARTERS[quarter][1],
  })),
});

const MINISTRY = 'Departementet for digital forvaltning';

export const DEMO_SOURCES: DemoSource[] = [
  {
    kind: 'allocation-letter',
    title: 'Tildelingsbrev 2026',
    issuer: MINISTRY,
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    description: 'Årlig tildelingsbrev med mål, styringsparametere og oppdrag for Demoetaten.',
    items: [
      goal('tb-m1', 'Mål 1', 'Enklere digitale tjenester for innbyggere og næringsliv', undefined, [
        assignment(
          'tb-o3',
          'Oppdrag 3',
          'Redusere antall uleste digitale henvendelser ved å forbedre varslingen',
        ),
      ]),
      goal('tb-m2', 'Mål 2', 'Bedre deling og gjenbruk av data i offentlig sektor', undefined, [
        assignment(
          'tb-o1',
          'Oppdrag 1',
          'Legge til rette for at alle statlige virksomheter beskriver sine API-er i felles katalog innen utgangen av 2026',
        ),
      ]),
      goal('tb-m3', 'Mål 3', 'Sikre og tillitvekkende felleskomponenter', undefined, [
        assignment(
          'tb-o2',
          'Oppdrag 2',
          'Utrede en digital lommebok for offentlige bevis i tråd med europeisk regelverk',
        ),
        assignment(
          'tb-o4',
          'Oppdrag 4',
          'Gjennomføre overgangen til ny innloggingsprotokoll for alle tjenesteeiere',
        ),
      ]),
    ],
  },
  {
    kind: 'agency-strategy',
    title: 'Virksomhetsstrategi 2025–2030',
    issuer: 'Demoetaten',
    periodStart: '2025-01-01',
    periodEnd: '2030-12-31',
    description:
      'Demoetatens strategi: sammenhengende tjenester bygget på trygge felleskomponenter og delte data.',
    items: [
      goal(
        'vs-1',
        'SM1',
        'Brukerne opplever sammenhengende tjenester',
        'Tjenestene henger sammen på tvers av etater.',
      ),
      goal('vs-2', 'SM2', 'Felleskomponentene er stabile, sikre og enkle å ta i bruk'),
      goal('vs-3', 'SM3', 'Data deles og gjenbrukes på tvers av sektorer'),
      goal('vs-4', 'SM4', 'Vi er en lærende og datadrevet organisasjon'),
      goal(
        'vs-5',
        'SM5',
        'Felleskomponentene har forutsigbar og bærekraftig finansiering',
        'Ingen initiativ tjener målet ennå; porteføljekontoret har det på dagsordenen.',
      ),
    ],
  },
  {
    kind: 'digitalisation-strategy',
    title: 'Nasjonal digitaliseringsstrategi 2024–2030',
    issuer: MINISTRY,
    periodStart: '2024-01-01',
    periodEnd: '2030-12-31',
    description: 'Den nasjonale strategien med nummererte tiltak for hele offentlig sektor.',
    items: [
      action('dig-t7', 'Tiltak 7', 'Etablere en felles løsning for digitale bevis og lommebok'),
      action('dig-t12', 'Tiltak 12', 'Videreutvikle nasjonal datakatalog og et felles begrepsapparat'),
      action('dig-t15', 'Tiltak 15', 'Gjøre offentlige data tilgjengelige gjennom standardiserte API-er'),
      action('dig-t21', 'Tiltak 21', 'Styrke innbyggernes innsyn i egne data'),
      action('dig-t26', 'Tiltak 26', 'Ta i bruk kunstig intelligens på en ansvarlig måte i offentlig sektor'),
      action('dig-t31', 'Tiltak 31', 'Sikre universell utforming av offentlige digitale tjenester'),
    ],
  },
  {
    kind: 'product-group-strategy',
    title: 'Strategi for produktgruppe datadeling 2026–2028',
    issuer: 'Produktgruppe datadeling',
    productGroup: 'datadeling',
    periodStart: '2026-01-01',
    periodEnd: '2028-12-31',
    items: [
      goal('pgd-1', 'D1', 'Alle statlige API-er er beskrevet i Datakatalogen'),
      goal('pgd-2', 'D2', 'Deleplattformen er førstevalget for datadeling mellom virksomheter'),
    ],
  },
  {
    kind: 'product-group-strategy',
    title: 'Strategi for produktgruppe tillitstjenester 2026–2028',
    issuer: 'Produktgruppe tillitstjenester',
    productGroup: 'tillitstjenester',
    periodStart: '2026-01-01',
    periodEnd: '2028-12-31',
    items: [
      goal('pgt-1', 'T1', 'Innlogging på høyeste sikkerhetsnivå er tilgjengelig for alle innbyggere'),
      goal('pgt-2', 'T2', 'Maskin-til-maskin-tilgang krever ingen manuelle avtaler'),
      goal('pgt-3', 'T3', 'Digital lommebok er klar for piloter i 2027'),
    ],
  },
  {
    kind: 'other',
    title: 'Risikovurdering av felleskomponentene 2025',
    issuer: 'Sikkerhetsseksjonen i Demoetaten',
    periodStart: '2025-01-01',
    periodEnd: '2026-12-31',
    description: 'Årlig vurdering av risiko i felleskomponentene, med tiltak som må inn i porteføljen.',
    items: [
      goal('risk-1', 'R1', 'Ingen kritiske tjenester på maskinvare uten leverandørstøtte'),
      goal('risk-2', 'R2', 'Kjente svakheter i eldre protokoller er fjernet'),
    ],
  },
  {
    kind: 'okr',
    title: 'OKR for Demoetaten 2026',
    issuer: 'Ledergruppen',
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    description: 'Etatens mål og nøkkelresultater, satt kvartalsvis.',
    items: [
      objective('okr-o1', 'O1', 'Gjøre det enkelt å finne og ta i bruk data', 'q1', [
        keyResult('okr-kr11', 'KR1.1', 'Andel statlige API-er beskrevet i katalogen', '80 %', '64 %'),
        keyResult('okr-kr12', 'KR1.2', 'Antall virksomheter som bruker Deleplattformen', '60', '41'),
      ]),
      objective('okr-o2', 'O2', 'Færre brukere står fast i innloggingen', 'q2', [
        keyResult('okr-kr21', 'KR2.1', 'Andel avbrutte innlogginger', 'under 3 %', '4,1 %'),
        keyResult('okr-kr22', 'KR2.2', 'Gjennomsnittlig tid å logge inn', 'under 20 sekunder', '26 sekunder'),
      ]),
      objective('okr-o3', 'O3', 'Flere henvendelser løses digitalt første gang', 'q3', [
        keyResult('okr-kr31', 'KR3.1', 'Andel varsler som leses innen sju dager', '75 %', '68 %'),
        keyResult('okr-kr32', 'KR3.2', 'Antall skjema bygget i Skjemabyggeren', '150', '112'),
      ]),
      objective('okr-o4', 'O4', 'Tjenestene er universelt utformet', 'q4', [
        keyResult(
          'okr-kr41',
          'KR4.1',
          'Andel tjenester uten kritiske avvik i tilgjengelighetstest',
          '100 %',
          '87 %',
        ),
        keyResult(
          'okr-kr42',
          'KR4.2',
          'Komponenter i designsystemet med tilgjengelighetserklæring',
          '40',
          '29',
        ),
      ]),
    ],
  },
];
