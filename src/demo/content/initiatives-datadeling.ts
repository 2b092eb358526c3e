import {
  POST_01,
  POST_21,
  approvals,
  approve,
  approveWithConditions,
  funding,
  milestone,
  okr,
  park,
  resources,
  sendBack,
} from './builders';
import type { DemoInitiative } from './types';

export const DATADELING_INITIATIVES: DemoInitiative[] = [
  {
    key: 'Sak 2-2025',
    title: 'API-katalog for hele staten',
    submitter: 'siri',
    owner: 'mads',
    responsible: 'siri',
    collaboration: 'Team Deling, Team Arkitektur og et utvalg statlige virksomheter som piloter.',
    description:
      'Utvide Datakatalogen slik at alle statlige virksomheter kan beskrive sine API-er på en felles måte, med maskinlesbare beskrivelser, kontaktpunkt og vilkår for bruk.',
    problemStatement:
      'Virksomheter som vil bruke data fra andre, finner ikke API-ene. Beskrivelsene ligger spredt på nettsider og i dokumenter, og mange er utdaterte. Utviklere bruker uker på å finne riktig kontaktperson og vilkår.',
    riskIfNotDone:
      'Oppdrag 1 i tildelingsbrevet blir ikke levert. Virksomhetene fortsetter å lage egne integrasjoner, og gjenbruken av data uteblir.',
    priority: 'must',
    strategicItems: ['tb-o1', 'dig-t15', 'pgd-1', 'okr-kr11'],
    okrs: [
      okr(
        'Statlige API-er er enkle å finne',
        ['Andel statlige API-er beskrevet i katalogen', '80 %', '64 %'],
        ['Antall søk i API-katalogen per måned', '5 000', '3 200'],
      ),
      okr('Beskrivelsene holder god kvalitet', [
        'Andel API-beskrivelser med gyldig OpenAPI-dokument',
        '90 %',
        '71 %',
      ]),
    ],
    riskLevel: 'medium',
    riskText:
      'Virksomhetene må selv registrere sine API-er. Lav oppslutning er hovedrisikoen; vi reduserer den med import fra eksisterende API-portaler.',
    competence: 'Backend-utvikling, API-design, tjenestedesign og rådgivning overfor virksomhetene.',
    personMonthsTotal: 54,
    milestones: [
      milestone('Importløsning for OpenAPI-beskrivelser i drift', '2025-12-15', true),
      milestone('Ti pilotvirksomheter har registrert sine API-er', '2026-03-31', true),
      milestone('Alle departementenes underliggende etater invitert', '2026-09-30', true),
      milestone('80 % av statlige API-er beskrevet', '2026-12-31'),
    ],
    allocation: { kind: 'teams', teams: ['team-datakatalog', 'team-deling'] },
    funding: [
      funding(2025, POST_01, 'team-budget', 2_400_000, 2_400_000),
      funding(2026, POST_21, 'common-funds', 3_800_000, 3_000_000),
    ],
    resources: [resources(2025, 12, 4), resources(2026, 30, 8)],
    businessPlanYears: [2026],
    journey: [
      approve('problem', '2025-02-12'),
      approve('konsept', '2025-04-09'),
      approveWithConditions(
        'planlegging',
        '2025-06-18',
        'Forvaltningsmodellen avklares med Deleplattformen før planleggingen er ferdig.',
      ),
      approve('implementering', '2025-09-03', undefined, 'Ledergruppen'),
    ],
  },
  {
    key: 'Sak 5-2025',
    title: 'Versjonering i Begrepskatalogen',
    submitter: 'mads',
    owner: 'mads',
    responsible: 'siri',
    collaboration: 'Team Datakatalog og begrepsansvarlige i fem virksomheter.',
    description:
      'Innføre versjoner og historikk for begreper, slik at virksomhetene kan endre definisjoner uten å bryte avtaler som viser til eldre versjoner.',
    problemStatement:
      'Når et begrep endres i dag, overskrives definisjonen. Avtaler og datasett som viser til begrepet, peker dermed til en annen betydning enn den som gjaldt da de ble laget.',
    riskIfNotDone:
      'Virksomhetene slutter å bruke katalogen for juridisk viktige begreper, og felles begrepsbruk svekkes.',
    priority: 'should',
    strategicItems: ['dig-t12', 'vs-3'],
    okrs: [
      okr(
        'Begreper kan endres trygt',
        ['Andel begreper med versjonshistorikk', '100 %', '100 %', true],
        ['Antall henvendelser om feil definisjon', 'under 5 per kvartal', '2', true],
      ),
    ],
    riskLevel: 'low',
    riskText: 'Lav teknisk risiko; endringen er avgrenset til Begrepskatalogen.',
    competence: 'Backend-utvikling og informasjonsforvaltning.',
    personMonthsTotal: 14,
    milestones: [
      milestone('Datamodell for versjoner klar', '2025-06-30', true),
      milestone('Versjonering i produksjon', '2025-10-31', true),
    ],
    allocation: { kind: 'teams', teams: ['team-datakatalog'] },
    funding: [funding(2025, POST_01, 'team-budget', 900_000, 900_000)],
    resources: [resources(2025, 14)],
    measurementPlan:
      'Antall endrede begreper og henvendelser om feil definisjon følges opp i kvartalsrapporten.',
    journey: approvals('2025-02-26', '2025-03-26', '2025-05-07', '2025-06-04', '2025-11-19'),
  },
  {
    key: 'Sak 11-2025',
    title: 'Hendelsesbasert datadeling på Deleplattformen',
    submitter: 'ida',
    owner: 'ida',
    responsible: 'siri',
    collaboration: 'Team Deling, Team Dataplattform og Team Formidling (gjenbruk av køinfrastruktur).',
    description:
      'Gjøre det mulig å abonnere på endringer i data i stedet for å hente alt på nytt. Virksomheter får beskjed når noe endres, og henter bare det som er nytt.',
    problemStatement:
      'Konsumentene av Deleplattformen henter hele datasett hver natt for å oppdage endringer. Det gir unødvendig last, forsinkede data og høye driftskostnader hos både tilbyder og konsument.',
    riskIfNotDone:
      'Lasten på plattformen vokser med antall konsumenter, og vi må kjøpe mer kapasitet. Virksomheter med behov for ferske data velger egne løsninger.',
    priority: 'should',
    strategicItems: ['pgd-2', 'vs-3', 'dig-t15'],
    okrs: [
      okr(
        'Konsumentene får ferske data uten full nedlasting',
        ['Andel konsumenter som bruker hendelser', '40 %'],
        ['Reduksjon i nattlig datatrafikk', '60 %'],
      ),
    ],
    riskLevel: 'medium',
    riskText: 'Avhenger av at tilbyderne kan publisere hendelser; flere har gamle fagsystemer.',
    competence: 'Integrasjonsarkitektur, meldingskøer, drift og rådgivning.',
    personMonthsTotal: 36,
    milestones: [
      milestone('Pilot med to tilbydere', '2027-03-31'),
      milestone('Hendelser tilgjengelig for alle tilbydere', '2027-09-30'),
    ],
    allocation: { kind: 'teams', teams: ['team-deling', 'team-dataplattform'] },
    resources: [resources(2027, 30, 6)],
    budgetProposalYears: [2027],
    journey: approvals('2025-05-14', '2025-09-24', '2026-02-11'),
    checked: ['management-operations'],
  },
  {
    key: 'Sak 4-2026',
    title: 'Kvalitetsmåling av datasett i Datakatalogen',
    submitter: 'yusuf',
    owner: 'mads',
    responsible: 'siri',
    collaboration: 'Team Datakatalog og dataanalytikerne i porteføljekontoret.',
    description:
      'Måle og vise kvaliteten på datasettbeskrivelsene automatisk: fullstendighet, oppdatering, lenker som virker og lisens.',
    problemStatement:
      'Brukerne av katalogen kan ikke se om en beskrivelse er til å stole på. Mange datasett mangler lisens eller har døde lenker, og det er ingen som følger opp.',
    riskIfNotDone:
      'Tilliten til katalogen svekkes, og virksomhetene får ikke hjelp til å forbedre egne beskrivelser.',
    priority: 'could',
    strategicItems: ['pgd-1', 'dig-t12'],
    okrs: [okr('Beskrivelsene blir bedre over tid', ['Andel datasett med god kvalitet', '70 %', '48 %'])],
    riskLevel: 'low',
    riskText: 'Liten risiko; måleregler finnes i europeiske retningslinjer.',
    competence: 'Dataanalyse, backend-utvikling og interaksjonsdesign.',
    personMonthsTotal: 10,
    journey: [
      approve('problem', '2026-02-04'),
      approve('konsept', '2026-03-18'),
      sendBack(
        'problem',
        '2026-05-06',
        'Problembeskrivelsen skiller ikke mellom kvalitet på metadata og kvalitet på selve dataene. Avklar avgrensningen før konseptarbeidet fortsetter.',
      ),
      approve('konsept', '2026-06-10', 'Avgrensningen til kvalitet på metadata er nå tydelig.'),
    ],
    checked: ['concepts-made', 'reuse-assessed'],
  },
  {
    key: 'Sak 9-2026',
    title: 'Sikker dataplass for forskning',
    submitter: 'siri',
    owner: 'ida',
    collaboration: 'Forskningsmiljøer, to universiteter og Team Arkitektur.',
    description:
      'Etablere en sikker dataplass der forskere kan analysere data fra flere registre uten at dataene forlater plattformen.',
    problemStatement:
      'Forskere venter i gjennomsnitt over et år på tilgang til registerdata. Hver søknad behandles manuelt, og data kopieres ut til mange forskjellige miljøer.',
    riskIfNotDone: 'Forskningen på offentlige data blir treg og dyr, og kopiene øker risikoen for lekkasjer.',
    strategicItems: ['vs-3'],
    journey: [
      approve('problem', '2026-03-04'),
      park(
        '2026-05-20',
        'Avventer avklaring fra departementet om finansiering og ansvarsdeling med forskningssektoren.',
      ),
    ],
  },
  {
    key: 'Sak 15-2026',
    title: 'Maskinlesbare bruksvilkår for data',
    submitter: 'tone',
    owner: 'tone',
    collaboration: 'Juridisk seksjon og Team Datakatalog.',
    description:
      'Beskrive vilkår for bruk av data i et maskinlesbart format, slik at en konsument kan se automatisk om den har lov til å bruke et datasett til sitt formål.',
    journey: [],
    checked: ['judged-important', 'no-obvious-obstacles'],
  },
  {
    key: 'Sak 19-2026',
    title: 'KI-assistent for søk i Datakatalogen',
    submitter: 'yusuf',
    collaboration: 'Arbeidsgruppe for kunstig intelligens.',
    description:
      'Et søk som forstår vanlige spørsmål («hvilke data finnes om barnehager?») og foreslår relevante datasett og API-er.',
    journey: [],
  },
];
