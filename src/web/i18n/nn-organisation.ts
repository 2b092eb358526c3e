/** Nynorsk for the organisation pages. */
export const nnOrganisation = {
  organisation: {
    title: 'Organisasjon',
  },
  strategy: {
    title: 'Strategisk dekning',
  },
} as const;
