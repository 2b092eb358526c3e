/** Bokmål for the agenda pages. */
export const nbAgenda = {
  agenda: {
    title: 'Agenda for porteføljekontoret',
  },
  search: {
    title: 'Søk',
  },
} as const;
