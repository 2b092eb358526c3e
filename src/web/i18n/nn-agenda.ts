/** Nynorsk for the agenda pages. */
export const nnAgenda = {
  agenda: {
    title: 'Agenda for porteføljekontoret',
  },
  search: {
    title: 'Søk',
  },
} as const;
