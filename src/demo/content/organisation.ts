import type { DemoProduct, DemoProductGroup } from './types';

export const DEMO_ORGANISATION = { slug: 'demo', name: 'Demoetaten' } as const;

export const DEMO_PRODUCT_GROUPS: DemoProductGroup[] = [
  {
    slug: 'datadeling',
    name: 'Datadeling',
    leader: 'siri',
    description:
      'Felles løsninger for å finne, beskrive og dele data og API-er på tvers av offentlig sektor.',
  },
  {
    slug: 'innsyn-og-oppslag',
    name: 'Innsyn og oppslag',
    leader: 'anders',
    description: 'Oppslag i kontaktinformasjon og registre, og innbyggernes innsyn i egne opplysninger.',
  },
  {
    slug: 'meldingsutveksling',
    name: 'Meldingsutveksling',
    leader: 'lene',
    description: 'Sikker formidling av meldinger, post og varsler mellom virksomheter og til innbyggere.',
  },
  {
    slug: 'portaler-og-brukeropplevelse',
    name: 'Portaler og brukeropplevelse',
    leader: 'jorgen',
    description:
      'Innbyggerportalen, veiledning og det felles designsystemet som gir tjenestene et felles uttrykk.',
  },
  {
    slug: 'tillitstjenester',
    name: 'Tillitstjenester',
    leader: 'camilla',
    description: 'Innlogging, maskin-til-maskin-tilgang, tilgangsstyring og digital lommebok.',
  },
  {
    slug: 'tjenesteutvikling',
    name: 'Tjenesteutvikling',
    leader: 'eirik',
    description: 'Plattform og byggeklosser som lar virksomhetene lage digitale tjenester raskt og trygt.',
  },
];

const product = (productGroup: string, slug: string, name: string, description: string): DemoProduct => ({
  productGroup,
  slug,
  name,
  description,
});

export const DEMO_PRODUCTS: DemoProduct[] = [
  product(
    'datadeling',
    'datakatalogen',
    'Datakatalogen',
    'Oversikt over datasett og API-er i offentlig sektor.',
  ),
  product(
    'datadeling',
    'begrepskatalogen',
    'Begrepskatalogen',
    'Felles begreper og definisjoner med versjonering.',
  ),
  product(
    'datadeling',
    'deleplattformen',
    'Deleplattformen',
    'Sikker deling av data mellom virksomheter via API.',
  ),
  product(
    'innsyn-og-oppslag',
    'kontaktoppslaget',
    'Kontaktoppslaget',
    'Oppslag i innbyggernes kontaktinformasjon.',
  ),
  product(
    'innsyn-og-oppslag',
    'innsynsportalen',
    'Innsynsportalen',
    'Innsyn i offentlige journaler og egne data.',
  ),
  product('innsyn-og-oppslag', 'registeroppslag', 'Registeroppslag', 'Oppslag i grunndata om virksomheter.'),
  product(
    'meldingsutveksling',
    'meldingsformidleren',
    'Meldingsformidleren',
    'Formidling av meldinger mellom systemer.',
  ),
  product('meldingsutveksling', 'digital-postkasse', 'Digital postkasse', 'Digital post fra det offentlige.'),
  product('meldingsutveksling', 'varslingstjenesten', 'Varslingstjenesten', 'Varsler på SMS og e-post.'),
  product(
    'portaler-og-brukeropplevelse',
    'innbyggerportalen',
    'Innbyggerportalen',
    'Inngangen til offentlige tjenester.',
  ),
  product(
    'portaler-og-brukeropplevelse',
    'designsystemet',
    'Felles designsystem',
    'Komponenter og mønstre for tjenestene.',
  ),
  product(
    'portaler-og-brukeropplevelse',
    'veiledningsportalen',
    'Veiledningsportalen',
    'Veiledning til tjenesteeiere.',
  ),
  product('tillitstjenester', 'innloggingstjenesten', 'Innloggingstjenesten', 'Innlogging for innbyggere.'),
  product('tillitstjenester', 'maskintilgang', 'Maskintilgang', 'Tilgang mellom virksomheters systemer.'),
  product('tillitstjenester', 'tilgangsstyring', 'Tilgangsstyring', 'Roller, rettigheter og fullmakter.'),
  product(
    'tillitstjenester',
    'lommeboka',
    'Digital lommebok',
    'Digitale bevis som innbyggeren selv kan vise fram.',
  ),
  product(
    'tjenesteutvikling',
    'tjenesteplattformen',
    'Tjenesteplattformen',
    'Felles kjøremiljø for digitale tjenester.',
  ),
  product('tjenesteutvikling', 'skjemabyggeren', 'Skjemabyggeren', 'Lag skjema uten å programmere.'),
  product(
    'tjenesteutvikling',
    'samtykkelosningen',
    'Samtykkeløsningen',
    'Innbyggerens samtykke til deling av data.',
  ),
];
