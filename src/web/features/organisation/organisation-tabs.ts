/** The organisation page's tabs and their names in the URL (?vis=…); product groups, the first, have none. */
export const ORGANISATION_TABS = {
  productGroups: 'produktgrupper',
  teams: 'team',
  workingGroups: 'arbeidsgrupper',
  people: 'personer',
} as const;
export type OrganisationTab = keyof typeof ORGANISATION_TABS;
export const ORGANISATION_TAB_KEYS = Object.keys(ORGANISATION_TABS) as OrganisationTab[];

/** The path of one tab of the organisation page. */
export const organisationTabPath = (organisationPath: string, tab: OrganisationTab): string =>
  tab === 'productGroups' ? organisationPath : `${organisationPath}?vis=${ORGANISATION_TABS[tab]}`;
