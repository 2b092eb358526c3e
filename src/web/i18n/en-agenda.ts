/** English for the agenda pages. */
export const enAgenda = {
  agenda: {
    title: 'Portfolio office agenda',
  },
  search: {
    title: 'Search',
  },
} as const;
