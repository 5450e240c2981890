import { BROKERAGE_FAMILY } from './structure/brokerage-family.ts';
import { CLUSTERING_FAMILY } from './structure/clustering-family.ts';
import { COMMUNITIES_FAMILY } from './structure/communities-family.ts';
import { CORE_FAMILY } from './structure/core-family.ts';
import { CUTS_FAMILY } from './structure/cuts-family.ts';
import { DEGREE_FAMILY } from './structure/degree-family.ts';
import { EI_INDEX_FAMILY } from './structure/ei-index-family.ts';
import { GRAPH_SUMMARY_FAMILY } from './structure/graph-summary-family.ts';
import { STRUCTURAL_HOLES_FAMILY } from './structure/structural-holes-family.ts';
import type { MetricFamily } from './types.ts';

/** Local-structure families (degree, clustering, structural holes, cores, cuts, brokerage, communities). */
export const STRUCTURE_FAMILIES: MetricFamily[] = [
  GRAPH_SUMMARY_FAMILY,
  DEGREE_FAMILY,
  CLUSTERING_FAMILY,
  STRUCTURAL_HOLES_FAMILY,
  CORE_FAMILY,
  CUTS_FAMILY,
  EI_INDEX_FAMILY,
  BROKERAGE_FAMILY,
  COMMUNITIES_FAMILY,
];
