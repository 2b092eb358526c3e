/** English for the organisation pages. */
export const enOrganisation = {
  organisation: {
    title: 'Organisation',
  },
  strategy: {
    title: 'Strategy coverage',
  },
} as const;
