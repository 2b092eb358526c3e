/** Bokmål for the organisation pages. */
export const nbOrganisation = {
  organisation: {
    title: 'Organisasjon',
  },
  strategy: {
    title: 'Strategisk dekning',
  },
} as const;
