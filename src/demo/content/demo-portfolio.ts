import { DATADELING_INITIATIVES } from './initiatives-datadeling';
import { INNSYN_INITIATIVES } from './initiatives-innsyn';
import { MELDINGSUTVEKSLING_INITIATIVES } from './initiatives-meldingsutveksling';
import { PORTALER_INITIATIVES } from './initiatives-portaler';
import { TILLIT_INITIATIVES } from './initiatives-tillit';
import { TJENESTEUTVIKLING_INITIATIVES } from './initiatives-tjenesteutvikling';
import { DEMO_ORGANISATION, DEMO_PRODUCT_GROUPS, DEMO_PRODUCTS } from './organisation';
import { DEMO_PEOPLE } from './people';
import { DATADELING_ELEMENTS, DATADELING_LOOSE_EPICS } from './roadmap-datadeling';
import { INNSYN_ELEMENTS } from './roadmap-innsyn';
import { MELDINGSUTVEKSLING_ELEMENTS, MELDINGSUTVEKSLING_LOOSE_EPICS } from './roadmap-meldingsutveksling';
import { PORTALER_ELEMENTS } from './roadmap-portaler';
import { TILLIT_ELEMENTS } from './roadmap-tillit';
import { TJENESTEUTVIKLING_ELEMENTS, TJENESTEUTVIKLING_LOOSE_EPICS } from './roadmap-tjenesteutvikling';
import { DEMO_SOURCES } from './strategy';
import { DEMO_TEAMS, DEMO_WORKING_GROUPS } from './teams';

/** The whole invented portfolio of Demoetaten, in the order it is loaded. */
export const DEMO_PORTFOLIO = {
  organisation: DEMO_ORGANISATION,
  people: DEMO_PEOPLE,
  productGroups: DEMO_PRODUCT_GROUPS,
  products: DEMO_PRODUCTS,
  teams: DEMO_TEAMS,
  workingGroups: DEMO_WORKING_GROUPS,
  sources: DEMO_SOURCES,
  initiatives: [
    ...DATADELING_INITIATIVES,
    ...INNSYN_INITIATIVES,
    ...MELDINGSUTVEKSLING_INITIATIVES,
    ...PORTALER_INITIATIVES,
    ...TILLIT_INITIATIVES,
    ...TJENESTEUTVIKLING_INITIATIVES,
  ],
  /** The roadmap board, each element with the epics that serve it and their issues. */
  roadmap: [
    ...DATADELING_ELEMENTS,
    ...INNSYN_ELEMENTS,
    ...MELDINGSUTVEKSLING_ELEMENTS,
    ...PORTALER_ELEMENTS,
    ...TILLIT_ELEMENTS,
    ...TJENESTEUTVIKLING_ELEMENTS,
  ],
  /** Epics in the teams' repositories that serve no roadmap element (upgrades, technical debt). */
  looseEpics: [
    ...DATADELING_LOOSE_EPICS,
    ...MELDINGSUTVEKSLING_LOOSE_EPICS,
    ...TJENESTEUTVIKLING_LOOSE_EPICS,
  ],
};
