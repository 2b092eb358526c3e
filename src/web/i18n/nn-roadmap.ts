/** Nynorsk for the roadmap pages. */
export const nnRoadmap = {
  roadmap: {
    title: 'Vegkart',
  },
} as const;
