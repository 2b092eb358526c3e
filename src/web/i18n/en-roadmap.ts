/** English for the roadmap pages. */
export const enRoadmap = {
  roadmap: {
    title: 'Roadmap',
  },
} as const;
