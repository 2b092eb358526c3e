import type { PersonRole } from '../../contracts/organisation';
import type { DemoPerson } from './types';

/** Invented people of the invented agency Demoetaten. Any likeness to real persons is accidental. */

const person = (key: string, name: string, title: string, roles: PersonRole[]): DemoPerson => ({
  key,
  name,
  title,
  roles,
  email: `${name
    .toLowerCase()
    .replaceAll('ø', 'o')
    .replaceAll('å', 'a')
    .replaceAll('æ', 'ae')
    .replaceAll(' ', '.')}@demoetaten.no`,
});

export const DEMO_PEOPLE: DemoPerson[] = [
  // Leadership and the portfolio office
  person('hanne', 'Hanne Birkeland', 'Porteføljestyrer', ['portfolio-manager', 'portfolio-office']),
  person('toregil', 'Tor Egil Sandvik', 'Sjefsarkitekt', ['architect', 'portfolio-office']),
  person('marte', 'Marte Aasland', 'Designleder', ['designer', 'portfolio-office']),
  person('nora', 'Nora Eide', 'Seniorrådgiver, porteføljekontoret', ['portfolio-office', 'initiative-owner']),
  person('ragnhild', 'Ragnhild Fosse', 'Direktør', ['management-group']),
  person('petter', 'Petter Kvamme', 'Økonomidirektør', ['management-group']),
  person('vibeke', 'Vibeke Halvorsen', 'Avdelingsdirektør for produkter og tjenester', ['management-group']),
  // Product-group leaders
  person('siri', 'Siri Hovland', 'Produktgruppeleder datadeling', [
    'product-group-leader',
    'portfolio-office',
  ]),
  person('anders', 'Anders Bråthen', 'Produktgruppeleder innsyn og oppslag', [
    'product-group-leader',
    'portfolio-office',
  ]),
  person('lene', 'Lene Myklebust', 'Produktgruppeleder meldingsutveksling', [
    'product-group-leader',
    'portfolio-office',
  ]),
  person('jorgen', 'Jørgen Vik', 'Produktgruppeleder portaler og brukeropplevelse', [
    'product-group-leader',
    'portfolio-office',
  ]),
  person('camilla', 'Camilla Strand', 'Produktgruppeleder tillitstjenester', [
    'product-group-leader',
    'portfolio-office',
  ]),
  person('eirik', 'Eirik Lunde', 'Produktgruppeleder tjenesteutvikling', [
    'product-group-leader',
    'portfolio-office',
  ]),
  // Product owners and team leads
  person('mads', 'Mads Tveit', 'Produkteier Datakatalogen', ['product-owner', 'initiative-owner']),
  person('ida', 'Ida Rønning', 'Produkteier Deleplattformen', ['product-owner', 'initiative-owner']),
  person('kristoffer', 'Kristoffer Haugland', 'Teamleder dataplattform', ['team-lead']),
  person('sunniva', 'Sunniva Moe', 'Produkteier Kontaktoppslaget', ['product-owner', 'initiative-owner']),
  person('henrik', 'Henrik Aune', 'Produkteier Innsynsportalen', ['product-owner', 'initiative-owner']),
  person('thea', 'Thea Sørli', 'Teamleder registeroppslag', ['team-lead', 'initiative-owner']),
  person('magnus', 'Magnus Engen', 'Produkteier Meldingsformidleren', ['product-owner', 'initiative-owner']),
  person('ingvild', 'Ingvild Berge', 'Produkteier Digital postkasse', ['product-owner', 'initiative-owner']),
  person('sindre', 'Sindre Nygård', 'Teamleder varsling', ['team-lead']),
  person('helene', 'Helene Rustad', 'Produkteier Innbyggerportalen', ['product-owner', 'initiative-owner']),
  person('oda', 'Oda Lien', 'Teamleder designsystem', ['team-lead', 'designer']),
  person('simen', 'Simen Kolstad', 'Produkteier Veiledningsportalen', ['product-owner']),
  person('maria', 'Maria Grønli', 'Produkteier Innloggingstjenesten', ['product-owner', 'initiative-owner']),
  person('fredrik', 'Fredrik Dahle', 'Produkteier Maskintilgang', ['product-owner', 'initiative-owner']),
  person('astrid', 'Astrid Holm', 'Teamleder tilgangsstyring', ['team-lead']),
  person('jonas', 'Jonas Bakken', 'Produkteier Digital lommebok', ['product-owner', 'initiative-owner']),
  person('karianne', 'Kari Anne Vestby', 'Teamleder tjenesteplattform', ['team-lead', 'initiative-owner']),
  person('olemartin', 'Ole Martin Skaug', 'Produkteier Skjemabyggeren', ['product-owner']),
  person('emilie', 'Emilie Fjeld', 'Produkteier Samtykkeløsningen', ['product-owner', 'initiative-owner']),
  person('vegard', 'Vegard Tangen', 'Teamleder arkitektur', ['team-lead', 'architect']),
  // Specialists and team members
  person('amira', 'Amira Hassan', 'Seniorutvikler', ['member']),
  person('lars', 'Lars Ødegård', 'Utvikler', ['member']),
  person('julie', 'Julie Brekke', 'Tjenestedesigner', ['designer', 'member']),
  person('arne', 'Arne Solheim', 'Sikkerhetsarkitekt', ['architect']),
  person('tone', 'Tone Refsdal', 'Seniorrådgiver, juridisk', ['member', 'initiative-owner']),
  person('yusuf', 'Yusuf Ali', 'Dataanalytiker', ['member']),
  person('guro', 'Guro Nesheim', 'Controller', ['member']),
  person('bjornivar', 'Bjørn Ivar Hagen', 'Driftsleder', ['member']),
  person('sofie', 'Sofie Lindqvist', 'Innholdsdesigner', ['designer', 'member']),
];
