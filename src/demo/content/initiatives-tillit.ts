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
  resume,
} from './builders';
import type { DemoInitiative } from './types';

export const TILLIT_INITIATIVES: DemoInitiative[] = [
  {
    key: 'Sak 4-2025',
    title: 'Ny innloggingsprotokoll for tjenesteeiere',
    submitter: 'camilla',
    owner: 'maria',
    responsible: 'camilla',
    collaboration: 'Team Innlogging, Team Arkitektur og alle tjenesteeiere som bruker innloggingen.',
    description:
      'Innføre den nye versjonen av innloggingsprotokollen, med sterkere binding av tokens og støtte for høyere sikkerhetsnivå, og flytte alle tjenesteeiere over.',
    problemStatement:
      'Den gamle protokollen har kjente svakheter og får ikke lenger sikkerhetsoppdateringer. Tjenesteeierne kan ikke be om det nivået de trenger for sensitive tjenester.',
    riskIfNotDone:
      'Oppdrag 4 i tildelingsbrevet blir ikke levert, og sikkerhetsrisikoen øker for alle tjenester med innlogging.',
    priority: 'must',
    strategicItems: ['tb-o4', 'pgt-1', 'okr-o2', 'okr-kr21'],
    okrs: [
      okr(
        'Alle tjenesteeiere bruker ny protokoll',
        ['Andel innlogginger på ny protokoll', '100 %', '78 %'],
        ['Andel avbrutte innlogginger', 'under 3 %', '4,1 %'],
      ),
    ],
    riskLevel: 'high',
    riskText:
      'Over 900 tjenesteeiere må endre oppsettet sitt. Mange er avhengige av leverandører med lange ledetider.',
    competence: 'Sikkerhetsarkitektur, identitetsprotokoller, kundeoppfølging og kommunikasjon.',
    personMonthsTotal: 60,
    milestones: [
      milestone('Ny protokoll tilgjengelig i test', '2025-08-31', true),
      milestone('Ny protokoll i produksjon', '2025-11-30', true),
      milestone('75 % av innloggingene på ny protokoll', '2026-09-30', true),
      milestone('Gammel protokoll slått av', '2027-03-31'),
    ],
    allocation: { kind: 'teams', teams: ['team-innlogging', 'team-arkitektur'] },
    funding: [
      funding(2025, POST_01, 'team-budget', 2_500_000, 2_500_000),
      funding(2026, POST_21, 'department', 3_000_000, 3_000_000),
    ],
    resources: [resources(2025, 18, 4), resources(2026, 30, 8)],
    businessPlanYears: [2025, 2026],
    journey: approvals('2025-01-29', '2025-03-05', '2025-04-23', '2025-06-04'),
  },
  {
    key: 'Sak 9-2025',
    title: 'Selvbetjent tilgang i Maskintilgang',
    submitter: 'fredrik',
    owner: 'fredrik',
    responsible: 'camilla',
    collaboration: 'Team Maskintilgang og Team Tilgang.',
    description:
      'La virksomheter gi hverandre tilgang til API-er selv, uten å sende skjema til brukerstøtte.',
    problemStatement:
      'Hver tilgang til et API krever et skjema som behandles manuelt. Det tar i snitt ti dager, og brukerstøtte bruker to årsverk på det.',
    riskIfNotDone: 'Datadelingen går tregt, og brukerstøtte blir en flaskehals.',
    priority: 'must',
    strategicItems: ['pgt-2', 'vs-2'],
    okrs: [
      okr(
        'Tilgang uten ventetid',
        ['Median tid fra søknad til tilgang', 'under 1 dag', '2 timer', true],
        ['Manuelle tilgangssaker per måned', 'under 20', '12', true],
      ),
    ],
    riskLevel: 'medium',
    riskText:
      'Feil tilgang kan gi innsyn i sensitive data; krever god logging og mulighet for å trekke tilgang tilbake.',
    competence: 'Backend-utvikling, sikkerhet og tjenestedesign.',
    personMonthsTotal: 28,
    milestones: [
      milestone('Selvbetjening for åpne API-er', '2025-09-30', true),
      milestone('Selvbetjening for alle API-er', '2026-02-28', true),
    ],
    allocation: { kind: 'teams', teams: ['team-maskintilgang', 'team-tilgang'] },
    funding: [funding(2025, POST_01, 'team-budget', 1_900_000, 1_900_000)],
    resources: [resources(2025, 20), resources(2026, 8)],
    measurementPlan:
      'Tid til tilgang og antall manuelle saker følges i driftspanelet; gjennomgås hvert kvartal.',
    journey: approvals('2025-03-19', '2025-04-16', '2025-05-14', '2025-06-11', '2026-04-15'),
  },
  {
    key: 'Sak 13-2025',
    title: 'Digital lommebok: utredning og pilot',
    submitter: 'camilla',
    owner: 'jonas',
    responsible: 'camilla',
    collaboration:
      'Team Lommebok, Team Innlogging, Team Arkitektur, juridisk seksjon og europeiske partnere.',
    description:
      'Utrede og pilotere en digital lommebok der innbyggeren kan lagre og vise fram offentlige bevis, som førerett og vitnemål.',
    problemStatement:
      'Europeisk regelverk krever at alle innbyggere får tilbud om en digital lommebok. Vi vet ennå ikke hvilken rolle Demoetaten skal ha, eller hva det koster.',
    riskIfNotDone:
      'Norge blir ikke klar til fristen i regelverket, og Oppdrag 2 i tildelingsbrevet blir ikke levert.',
    priority: 'must',
    strategicItems: ['tb-o2', 'dig-t7', 'pgt-3'],
    okrs: [
      okr(
        'Vi vet hva lommeboka krever',
        ['Utredning levert departementet', 'levert'],
        ['Pilot med ett bevis og 1 000 brukere', '1 000 brukere'],
      ),
    ],
    riskLevel: 'high',
    riskText:
      'Regelverket og de tekniske standardene er ikke ferdige. Stor usikkerhet om kostnad og ansvarsdeling.',
    competence: 'Identitet og kryptografi, mobilutvikling, juss og europeisk standardisering.',
    personMonthsTotal: 84,
    milestones: [
      milestone('Utredning levert departementet', '2026-12-15'),
      milestone('Pilot med førerett', '2027-06-30'),
    ],
    allocation: { kind: 'teams', teams: ['team-lommebok', 'team-innlogging'] },
    funding: [funding(2027, POST_21, 'external', 12_000_000)],
    resources: [resources(2026, 12, 2), resources(2027, 48, 24)],
    budgetProposalYears: [2027],
    businessPlanYears: [2026],
    journey: [
      approve('problem', '2025-05-07'),
      approve('konsept', '2025-08-13'),
      approveWithConditions(
        'planlegging',
        '2026-03-11',
        'Piloten starter bare dersom satsingsforslaget for 2027 blir innvilget. Rapporter til ledergruppen før sommeren.',
        'Konseptet er godt utredet, men finansieringen av piloten er ikke avklart.',
      ),
    ],
    statusUpdate: {
      text: 'Utredningen leveres departementet 15. desember. Piloten kan ikke planlegges ferdig før vi vet om satsingsforslaget for 2027 blir innvilget.',
      health: 'yellow',
    },
  },
  {
    key: 'Sak 16-2025',
    title: 'Fullmakter og representasjon',
    submitter: 'astrid',
    owner: 'astrid',
    responsible: 'camilla',
    collaboration: 'Team Tilgang, Team Innlogging og Team Samtykke.',
    description:
      'Felles løsning for at en person kan handle på vegne av en annen, for eksempel foreldre, verger og fullmektiger.',
    problemStatement:
      'Hver tjeneste løser representasjon på sin egen måte, eller ikke i det hele tatt. Verger må ofte møte opp fysisk.',
    riskIfNotDone: 'Sårbare grupper blir stående utenfor digitale tjenester.',
    priority: 'should',
    strategicItems: ['vs-1', 'pgt-1'],
    okrs: [
      okr('Representasjon fungerer i alle felleskomponenter', [
        'Komponenter med støtte for fullmakt',
        '6',
        '1',
      ]),
    ],
    riskLevel: 'high',
    riskText: 'Komplisert regelverk; feil kan gi tilgang til andres opplysninger.',
    journey: [
      approve('problem', '2025-06-18'),
      approve('konsept', '2025-10-22'),
      park('2026-01-28', 'Team Tilgang har ikke kapasitet før Sak 9-2025 er ferdig.'),
      resume('2026-05-06', 'Sak 9-2025 er levert, og teamet har kapasitet fra andre kvartal.'),
    ],
    checked: ['concepts-made', 'architecture-security-legal'],
  },
  {
    key: 'Sak 1-2026',
    title: 'Innlogging på høyt nivå uten norsk fødselsnummer',
    submitter: 'maria',
    owner: 'maria',
    collaboration: 'Team Innlogging og utlendingsforvaltningen.',
    description: 'La personer med D-nummer eller utenlandsk identitet logge inn på høyt sikkerhetsnivå.',
    problemStatement:
      'Om lag 300 000 personer med D-nummer kan bare logge inn på lavt nivå, og får ikke brukt tjenester som krever høyt nivå.',
    riskIfNotDone: 'En stor gruppe må fortsatt møte opp fysisk for å bruke offentlige tjenester.',
    priority: 'must',
    strategicItems: ['pgt-1', 'vs-1'],
    journey: approvals('2026-01-21'),
    checked: ['concept-scope'],
  },
  {
    key: 'Sak 7-2026',
    title: 'Tilgangsstyring for kommuner',
    submitter: 'astrid',
    owner: 'astrid',
    responsible: 'camilla',
    dependsOn: ['Sak 16-2025'],
    collaboration: 'Team Tilgang og KS.',
    description:
      'Tilpasse tilgangsstyringen til kommunenes organisering, med delegering mellom virksomheter.',
    problemStatement:
      'Kommunene har ansatte som jobber for flere kommuner og interkommunale selskaper. Dagens roller passer ikke.',
    riskIfNotDone: 'Kommunene må dele brukernavn og passord, som bryter sikkerhetskravene.',
    priority: 'should',
    strategicItems: ['pgt-2', 'vs-2'],
    okrs: [okr('Kommunene styrer tilganger selv', ['Kommuner som bruker delegering', '100'])],
    journey: approvals('2026-02-25', '2026-06-17'),
  },
  {
    key: 'Sak 16-2026',
    title: 'Passordløs innlogging for ansatte',
    submitter: 'arne',
    owner: 'arne',
    collaboration: 'Team Innlogging og IT-seksjonen.',
    description:
      'Innføre passordløs innlogging med passnøkler for ansatte i virksomhetene som bruker felleskomponentene.',
    journey: [],
  },
];
