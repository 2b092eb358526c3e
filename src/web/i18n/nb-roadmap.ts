/** Bokmål for the roadmap pages. */
export const nbRoadmap = {
  roadmap: {
    title: 'Veikart',
  },
} as const;
