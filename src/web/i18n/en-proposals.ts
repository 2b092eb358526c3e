/** English for the proposals pages. */
export const enProposals = {
  proposal: {
    title: 'Propose an initiative',
  },
} as const;
