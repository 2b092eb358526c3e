import {
  POST_01,
  POST_21,
  POST_45,
  approvals,
  approve,
  funding,
  milestone,
  okr,
  resources,
  stop,
} from './builders';
import type { DemoInitiative } from './types';

export const INNSYN_INITIATIVES: DemoInitiative[] = [
  {
    key: 'Sak 3-2025',
    title: 'Ny oppslagstjeneste for kontaktinformasjon',
    submitter: 'anders',
    owner: 'sunniva',
    responsible: 'anders',
    collaboration: 'Team Kontakt, Team Maskintilgang og de ti største brukerne av oppslaget.',
    description:
      'Erstatte det gamle SOAP-grensesnittet for oppslag i kontaktinformasjon med et REST-API som bruker Maskintilgang for tilgangskontroll.',
    problemStatement:
      'Det gamle grensesnittet er dyrt å drifte, krever egne sertifikater hos hver konsument og støtter ikke oppslag på mange personer samtidig.',
    riskIfNotDone:
      'Sertifikatløsningen går ut av støtte i 2026. Uten ny tjeneste stopper oppslagene for over 300 virksomheter.',
    priority: 'must',
    strategicItems: ['vs-2', 'tb-m1'],
    okrs: [
      okr(
        'Alle konsumenter bruker det nye oppslaget',
        ['Andel oppslag via nytt API', '100 %', '100 %', true],
        ['Responstid p95', 'under 200 ms', '140 ms', true],
      ),
    ],
    riskLevel: 'high',
    riskText:
      'Fast frist for utfasing av sertifikatene; mange konsumenter må endre integrasjonen sin samtidig.',
    competence: 'Backend-utvikling, sikkerhet og kundeoppfølging.',
    personMonthsTotal: 40,
    milestones: [
      milestone('Nytt API i produksjon', '2025-06-30', true),
      milestone('Halvparten av konsumentene over', '2025-10-31', true),
      milestone('Gammelt grensesnitt slått av', '2026-03-31', true),
    ],
    allocation: { kind: 'teams', teams: ['team-kontakt', 'team-maskintilgang'] },
    funding: [
      funding(2025, POST_01, 'team-budget', 3_000_000, 3_000_000),
      funding(2025, POST_45, 'department', 1_200_000, 1_200_000),
    ],
    resources: [resources(2025, 32, 8)],
    businessPlanYears: [2025],
    measurementPlan: 'Antall oppslag, feilrate og responstid vises på driftspanelet og følges opp månedlig.',
    journey: approvals('2025-01-22', '2025-02-19', '2025-03-19', '2025-04-23', '2026-05-13'),
  },
  {
    key: 'Sak 8-2025',
    title: 'Mine data: innsyn i egne opplysninger',
    submitter: 'henrik',
    owner: 'henrik',
    responsible: 'anders',
    collaboration: 'Team Innsyn, Team Portal og fem registereiere.',
    description:
      'En oversikt i Innbyggerportalen der innbyggeren ser hvilke opplysninger det offentlige har registrert om henne, og hvem som har hentet dem.',
    problemStatement:
      'Innbyggerne må i dag kontakte hver etat for å få vite hva som er registrert. Få vet at de har rett til innsyn, og de som spør, venter ofte i ukevis.',
    riskIfNotDone:
      'Tiltak 21 i digitaliseringsstrategien blir ikke fulgt opp, og tilliten til offentlig databruk svekkes.',
    priority: 'must',
    strategicItems: ['dig-t21', 'vs-1'],
    okrs: [
      okr(
        'Innbyggerne ser sine egne data på ett sted',
        ['Antall registre koblet til oversikten', '8', '5'],
        ['Antall unike brukere per måned', '50 000', '21 000'],
      ),
    ],
    riskLevel: 'medium',
    riskText:
      'Registereierne må levere innsynslogg i et felles format; to av dem har ikke kapasitet før 2027.',
    competence: 'Tjenestedesign, frontend, integrasjon og personvernjuss.',
    personMonthsTotal: 48,
    milestones: [
      milestone('Første versjon med tre registre', '2026-02-28', true),
      milestone('Innsynslogg fra folkeregisteret', '2026-09-30', true),
      milestone('Åtte registre tilkoblet', '2027-06-30'),
    ],
    allocation: { kind: 'teams', teams: ['team-innsyn', 'team-portal'] },
    funding: [
      funding(2025, POST_21, 'common-funds', 2_000_000, 2_000_000),
      funding(2026, POST_21, 'common-funds', 3_500_000, 3_500_000),
    ],
    resources: [resources(2025, 10, 2), resources(2026, 24, 6)],
    businessPlanYears: [2025, 2026],
    journey: approvals('2025-03-05', '2025-04-30', '2025-08-27', '2025-10-22'),
    statusUpdate: {
      text: 'Forsinket fordi leverandøren av folkeregisteret har utsatt innsynsloggen til februar 2027. Oversikten over egne opplysninger er i rute, men hele tiltaket blir ikke ferdig før sommeren 2027.',
      health: 'yellow',
    },
  },
  {
    key: 'Sak 14-2025',
    title: 'Modernisert registeroppslag for virksomheter',
    submitter: 'thea',
    owner: 'thea',
    responsible: 'anders',
    collaboration: 'Team Register, Team Arkitektur og registerforvalteren.',
    description:
      'Flytte oppslaget i grunndata om virksomheter fra nattlige filer til et oppslag i sanntid med endringshendelser.',
    problemStatement:
      'Oppslaget bygger på en fil som lastes ned hver natt. Nye virksomheter er usynlige i opptil ett døgn, og feil i filen stopper oppslaget for alle.',
    riskIfNotDone:
      'Virksomheter som nettopp er registrert, får ikke tatt i bruk offentlige tjenester, og feilene fortsetter.',
    priority: 'should',
    strategicItems: ['vs-2', 'vs-3'],
    okrs: [
      okr('Grunndata er alltid ferske', [
        'Forsinkelse fra registrering til oppslag',
        'under 5 minutter',
        '24 timer',
      ]),
    ],
    riskLevel: 'high',
    riskText: 'Avhengig av registerforvalterens nye API, som er forsinket. Kan gi dobbel drift i lengre tid.',
    competence: 'Integrasjon, hendelsesdrevet arkitektur og drift.',
    personMonthsTotal: 30,
    milestones: [
      milestone('Testmiljø mot nytt register-API', '2026-01-31', true),
      milestone('Sanntidsoppslag i produksjon', '2026-06-30'),
      milestone('Nattlig fil slått av', '2026-10-31'),
    ],
    allocation: { kind: 'teams', teams: ['team-register'] },
    funding: [funding(2026, POST_01, 'team-budget', 1_800_000, 1_800_000)],
    resources: [resources(2026, 24, 6)],
    journey: approvals('2025-05-21', '2025-08-20', '2025-10-08', '2025-12-10'),
    statusUpdate: {
      text: 'Registerforvalterens nye API er forsinket igjen, og Team Register har bare halvannet årsverk til et tiltak som trenger to. Veikartet er ikke lagt ennå. Vi ber ledergruppen om en avklaring.',
      health: 'red',
    },
  },
  {
    key: 'Sak 19-2025',
    title: 'Automatisk skjerming i postjournaler',
    submitter: 'henrik',
    owner: 'tone',
    responsible: 'anders',
    collaboration: 'Juridisk seksjon, Team Innsyn og to departementer.',
    description:
      'Bruke språkmodeller til å foreslå skjerming av personopplysninger i offentlige postjournaler før de publiseres.',
    problemStatement:
      'Saksbehandlere bruker mye tid på manuell skjerming, og feil fører til at personopplysninger blir publisert.',
    riskIfNotDone: 'Manuell skjerming fortsetter, med samme tidsbruk og risiko for feil.',
    priority: 'could',
    strategicItems: ['dig-t26', 'dig-t21'],
    okrs: [okr('Færre feil i publiserte journaler', ['Avvik per 10 000 journalposter', 'under 1'])],
    riskLevel: 'high',
    riskText: 'Uavklart rettslig grunnlag for automatisert behandling; høy personvernrisiko.',
    competence: 'Maskinlæring, personvernjuss og arkivfag.',
    personMonthsTotal: 20,
    journey: [
      approve('problem', '2025-06-11'),
      approve('konsept', '2025-09-10'),
      stop(
        '2026-01-14',
        'Den juridiske vurderingen viser at automatisk skjerming ikke kan tas i bruk uten endring i forskriften. Tiltaket stoppes og kan tas opp igjen om regelverket endres.',
      ),
    ],
  },
  {
    key: 'Sak 6-2026',
    title: 'Innsynskrav via API',
    submitter: 'henrik',
    owner: 'henrik',
    responsible: 'anders',
    dependsOn: ['Sak 19-2025'],
    collaboration: 'Team Innsyn, journalistorganisasjoner og tre kommuner.',
    description:
      'La journalister og andre sende innsynskrav maskinelt og få svar i et strukturert format, med automatisk skjerming der det er mulig.',
    problemStatement:
      'Storbrukere av innsyn sender hundrevis av krav i uken for hånd. Kravene kommer inn i ulike formater og må registreres manuelt av hver virksomhet.',
    riskIfNotDone:
      'Behandlingstiden for innsynskrav øker, og virksomhetene risikerer å bryte lovens frister.',
    priority: 'should',
    strategicItems: ['dig-t21', 'vs-1'],
    okrs: [
      okr(
        'Innsynskrav behandles raskere',
        ['Andel krav mottatt maskinelt', '50 %'],
        ['Median behandlingstid', 'under 3 dager', '6 dager'],
      ),
    ],
    riskLevel: 'medium',
    riskText:
      'Konseptet forutsetter automatisk skjerming fra Sak 19-2025, som er stoppet. Må vurderes på nytt.',
    journey: approvals('2026-02-18', '2026-04-15'),
    checked: ['concepts-made'],
  },
  {
    key: 'Sak 12-2026',
    title: 'Kontaktoppslag for kommunene',
    submitter: 'sunniva',
    owner: 'sunniva',
    collaboration: 'KS og fire pilotkommuner.',
    description: 'Gi kommunene tilgang til kontaktoppslaget uten egen avtale per kommune.',
    problemStatement:
      'Hver kommune må i dag inngå egen avtale og sette opp egen integrasjon. Mange små kommuner har ikke kapasitet, og sender derfor brev i posten.',
    riskIfNotDone: 'Kommunene fortsetter å sende papirbrev, med kostnader og forsinkelser for innbyggerne.',
    journey: approvals('2026-04-29'),
  },
  {
    key: 'Sak 17-2026',
    title: 'Felles søk på tvers av innsynsløsninger',
    submitter: 'anders',
    owner: 'henrik',
    collaboration: 'Team Innsyn og Team Portal.',
    description: 'Ett søk som finner dokumenter i postjournaler, offentlige registre og publiserte vedtak.',
    journey: [],
    checked: ['judged-important', 'balanced-portfolio', 'no-obvious-obstacles', 'problem-scope'],
  },
];
