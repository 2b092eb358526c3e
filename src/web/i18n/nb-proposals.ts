/** Bokmål for the proposals pages. */
export const nbProposals = {
  proposal: {
    title: 'Foreslå sak',
  },
} as const;
