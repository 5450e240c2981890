import { SHORTEST_PATHS_FAMILY } from './paths/shortest-paths-family.ts';
import { SPECTRAL_FAMILY } from './spectral/spectral-family.ts';
import { WEIGHTED_PATHS_FAMILY } from './paths/weighted-paths-family.ts';
import type { MetricFamily } from './types.ts';

/** Shortest-path and spectral families (betweenness, closeness, harmonic, eigenvector, PageRank, two-mode). */
export const PATH_FAMILIES: MetricFamily[] = [
  SHORTEST_PATHS_FAMILY,
  WEIGHTED_PATHS_FAMILY,
  SPECTRAL_FAMILY,
];

/** The families that wait for the all-pairs sweeps: computed after every other one. */
export const SWEEP_FAMILIES: readonly MetricFamily[] = [
  SHORTEST_PATHS_FAMILY,
  WEIGHTED_PATHS_FAMILY,
];
