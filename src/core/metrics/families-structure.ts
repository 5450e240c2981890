import type { MetricFamily } from './types.ts';

/** Local-structure families (degree, clustering, structural holes, cores, cuts, brokerage, communities). */
export const STRUCTURE_FAMILIES: MetricFamily[] = [];
