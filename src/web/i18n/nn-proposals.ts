/** Nynorsk for the proposals pages. */
export const nnProposals = {
  proposal: {
    title: 'Foreslå sak',
  },
} as const;
