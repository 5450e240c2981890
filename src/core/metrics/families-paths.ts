import type { MetricFamily } from './types.ts';

/** Shortest-path and spectral families (betweenness, closeness, harmonic, eigenvector, PageRank, two-mode). */
export const PATH_FAMILIES: MetricFamily[] = [];
