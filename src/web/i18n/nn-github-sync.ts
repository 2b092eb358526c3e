import type { GithubSyncMessages } from './messages';

/** Nynorsk for the GitHub sync page (administration) and its link on the administration page. */
export const nnGithubSync: GithubSyncMessages = {
  githubSync: {
    title: 'GitHub-synkronisering',
    intro:
      'Rødtråd les porteføljesakene, vegkartet og backloggane til teama frå GitHub. Her ser du tilkoplinga, kva som blir lese, og korleis dei siste køyringane gjekk.',
    backToAdmin: 'Tilbake til administrasjonen',
    noAccess:
      'Du har ikkje tilgang til GitHub-synkroniseringa. Ho er for porteføljeleiarar og administratorar.',
    adminLink: {
      heading: 'GitHub',
      text: 'Hent saker, vegkart og backloggar frå GitHub, og sjå korleis synkroniseringa går.',
      link: 'Gå til GitHub-synkroniseringa',
    },
    connection: {
      heading: 'Tilkopling',
      notConfigured: 'Tenaren er ikkje kopla til GitHub',
      howToToken:
        'Med eit token: set miljøvariabelen GITHUB_TOKEN på tenaren til eit token som kan lese repoa og tavlene.',
      howToApp:
        'Med ein GitHub App: set GITHUB_APP_ID og GITHUB_APP_PRIVATE_KEY (eller GITHUB_APP_PRIVATE_KEY_FILE), og installer appen i organisasjonane på GitHub.',
      howToServer:
        'For GitHub Enterprise Server set du òg GITHUB_API_URL. Start tenaren på nytt etterpå. Nøklar og token blir aldri skrivne inn her.',
      kind: 'Innlogging mot GitHub',
      kinds: {
        app: 'GitHub App',
        token: 'Token',
        none: 'Ikkje sett opp',
      },
      apiUrl: 'API-adresse',
      graphqlUrl: 'GraphQL-adresse',
      webhookSecret: 'Webhook-løyndom',
      secretSet: 'Sett',
      secretNotSet: 'Ikkje sett',
      noWebhooks:
        'Utan webhook-løyndom (GITHUB_WEBHOOK_SECRET) tek ikkje Rødtråd imot varsel frå GitHub. Endringar blir berre henta når nokon hentar dei, eller på fast tidspunkt.',
    },
    sources: {
      heading: 'Kjelder',
      intro: 'Repoa og tavlene Rødtråd les. Berre administratorar kan endre dei.',
      introEdit:
        'Repoa og tavlene Rødtråd les. Backloggane til teama blir sette på kvart team under Organisasjon.',
      none: 'Ingen kjelder er sette enno.',
      board: 'Tavle {{number}}',
      boardWithField: 'Tavle {{number}}, fasen i feltet «{{field}}»',
      portfolioRepo: 'Porteføljerepo',
      portfolioBoard: 'Porteføljetavle',
      roadmapRepo: 'Vegkartrepo',
      roadmapBoard: 'Vegkarttavle',
      writeBack: 'Skriv framdrift tilbake',
      on: 'På',
      off: 'Av',
      epicLabels: 'Merkelappar for epos',
    },
    settings: {
      formLabel: 'Kjelder på GitHub',
      portfolio: 'Porteføljen',
      portfolioDescription: 'Repoet med porteføljesakene, og tavla der fasen til kvar sak står.',
      roadmap: 'Vegkartet',
      roadmapDescription: 'Repoet med vegkartelementa, og tavla med status, datoar og framdrift.',
      fieldIn: '{{source}}: {{label}}',
      fields: {
        owner: 'Eigar (organisasjon)',
        repo: 'Repo',
        project: 'Tavlenummer',
        phaseField: 'Feltet for fase',
        writeBack: 'Skriv framdrifta tilbake til tavla',
        epicLabels: 'Merkelappar for epos',
      },
      projectDescription: 'Talet i adressa til tavla, til dømes 7. Tomt når det ikkje er noka tavle.',
      phaseFieldDescription: 'Eit felt med eitt val per fase.',
      writeBackDescription:
        'Rødtråd fyller inn Progresjon (%) og set status Levert når eit element er levert.',
      epicLabelsDescription:
        'Skil merkelappane med komma. Saker med sakstypen Epic på GitHub blir alltid rekna som epos.',
      save: 'Lagre kjeldene',
      saved: 'Kjeldene er lagra.',
      failed: 'Kjeldene vart ikkje lagra.',
      errors: {
        summary: 'Rett opp dette før du lagrar:',
        inSummary: '{{field}}: {{message}}',
        required: 'Fyll ut feltet.',
        name: 'Bruk berre bokstavar, tal, bindestrek, understrek og punktum, slik namnet står på GitHub.',
        project: 'Skriv eit heilt tal frå 1, eller la feltet stå tomt.',
        tooLong: 'Bruk høgst {{limit}} teikn.',
        tooMany: 'Bruk høgst {{limit}} merkelappar.',
        invalid: 'Verdien er ikkje gyldig.',
        server: 'Tenaren godtok ikkje verdien: {{message}}',
      },
    },
    check: {
      heading: 'Sjekk tilkoplinga',
      intro: 'Spør GitHub om tenaren når kvart repo og kvar tavle i dei lagra kjeldene.',
      button: 'Sjekk tilkoplinga',
      failed: 'Tilkoplinga vart ikkje sjekka.',
      reachable: 'Blir nådd',
      unreachable: 'Blir ikkje nådd',
      noSources: 'Det er ingen lagra kjelder å sjekke.',
      summary_one: '{{reachable}} av {{n}} kjelde blir nådd.',
      summary_other: '{{reachable}} av {{n}} kjelder blir nådde.',
    },
    errors: {
      conflict: 'Ei køyring går allereie. Vent til ho er ferdig, og prøv igjen.',
      notConfigured: 'GitHub er ikkje sett opp: {{detail}}',
    },
    actions: {
      heading: 'Køyr synkroniseringa',
      intro:
        'Synkroniseringa køyrer av seg sjølv når GitHub varslar om endringar. Her kan du starte ho sjølv.',
      notReady: 'Tenaren må vere kopla til GitHub, og kjeldene må vere lagra, før synkroniseringa kan køyre.',
      reconcile: 'Hent endringar no',
      reconcileDescription:
        'Hentar det som er endra sidan førre køyring. Det går raskt og kostar lite av kvoten.',
      fullReconcile: 'Full avstemming',
      fullReconcileDescription: 'Går gjennom alle sakene og finn òg saker som er sletta på GitHub.',
      import: 'Importer alt',
      importDescription:
        'Les alt på nytt frå GitHub. Blir brukt første gong, eller når noko har kome heilt ut av takt.',
      importHeading: 'Importere alt frå GitHub?',
      importText:
        'Importen les alle sakene, vegkartet og backloggane på nytt og oppdaterer Rødtråd etter det som står på GitHub. Det kan ta fleire minutt og bruker mykje av kvoten mot GitHub.',
      importConfirm: 'Ja, importer alt',
      started: 'Køyringa er starta.',
      finished: {
        succeeded: 'Køyringa er ferdig: {{counts}}.',
        failed: 'Køyringa mislukkast: {{counts}}. Sjå feila under.',
      },
      failed: 'Køyringa vart ikkje starta.',
    },
    progress: {
      heading: '{{trigger}} går, starta {{startedAt}}',
      phase: 'No: {{phase}}',
      label: 'Framdrift i dette steget',
      count: '{{done}} av {{total}}',
      doneOnly: '{{done}} handsama så langt',
    },
    phases: {
      starting: 'startar',
      reading: 'les frå GitHub',
      portfolio: 'oppdaterer porteføljesakene',
      backlog: 'oppdaterer backloggane',
      roadmap: 'oppdaterer vegkartet',
      vanished: 'ser etter saker som er borte frå GitHub',
      'write-back': 'skriv framdrift til vegkarttavla',
      webhooks: 'handsamar varsel frå GitHub',
      done: 'ferdig',
    },
    triggers: {
      import: 'Import',
      reconcile: 'Henting av endringar',
      'full-reconcile': 'Full avstemming',
      webhooks: 'Varsel frå GitHub',
      'write-back': 'Skriving til GitHub',
    },
    runStatus: {
      running: 'Går',
      succeeded: 'Fullført',
      failed: 'Mislukka',
    },
    counts: {
      created: 'Nye',
      updated: 'Endra',
      unchanged: 'Uendra',
      deleted: 'Sletta',
      skipped: 'Hoppa over',
      summary:
        '{{created}} nye, {{updated}} endra, {{unchanged}} uendra, {{deleted}} sletta og {{skipped}} hoppa over',
    },
    runs: {
      heading: 'Siste køyringar',
      none: 'Synkroniseringa har ikkje køyrt enno.',
      caption: 'Dei siste køyringane, nyaste først. Førespurnader er dei som talde mot kvoten hos GitHub.',
      by: 'av {{name}}',
      columns: {
        startedAt: 'Starta',
        trigger: 'Type',
        status: 'Status',
        requests: 'Førespurnader',
        retries: 'Nye forsøk',
        errors: 'Feil',
      },
    },
    latest: {
      heading: 'Siste avslutta køyring',
      intro: '{{trigger}}, starta {{startedAt}}: {{status}}. {{counts}}.',
      skippedHeading: 'Hoppa over',
      noSkipped: 'Ingenting vart hoppa over.',
      showSkipped_one: 'Vis det som vart hoppa over ({{n}})',
      showSkipped_other: 'Vis det som vart hoppa over ({{n}})',
      skippedShown_one: 'Viser dei første {{shown}} av {{n}} som vart hoppa over.',
      skippedShown_other: 'Viser dei første {{shown}} av {{n}} som vart hoppa over.',
      skippedCaption:
        'Det den siste køyringa hoppa over, med grunnen slik synkroniseringa oppgir han (på engelsk)',
      columns: {
        ref: 'På GitHub',
        reason: 'Grunn',
      },
      errorsHeading: 'Feil',
      noErrors: 'Ingen feil.',
    },
    queue: {
      heading: 'Kø og kvote',
      pending: 'Varsel som ventar',
      failed: 'Varsel som feila',
      oldestPending: 'Eldste ventande varsel',
      noneWaiting: 'Ingen ventar',
    },
    rate: {
      heading: 'Kvote hos GitHub',
      core: 'REST-API',
      graphql: 'GraphQL-API',
      left: '{{remaining}} av {{limit}} att, blir fornya {{resetAt}}',
      unknown: 'Ikkje kjend enno.',
    },
  },
};
