import { byEffect, suggestTies } from '../analysis/suggest.ts';
import type { Analysis, Finding, Position, PositionResult, Suggestion } from '../analysis/types.ts';
import type { MentalPlace } from '../io/read-place-file.ts';
import { municipalityMap, type MunicipalityMap } from '../map/municipality-map.ts';
import { swedenIndex, type SwedenIndex } from '../model/sweden.ts';
import type { BroGraph } from '../model/types.ts';
import { scopeFindings, scopePositions } from '../scope/in-scope.ts';
import { scopeSuggestions, suggestEach } from '../scope/scope-suggestions.ts';
import { scopeMembers, type CountyScope } from '../scope/scope.ts';

/** One tie of the municipality, as the report's table lists it. */
export interface ReportTie {
  partner: string;
  label: string;
  kind: string;
  strength: number;
  records: number;
}

/** Where the data came from and when the report was made, for the report's foot. */
export interface ReportSource {
  files: string[];
  /** ISO date (yyyy-mm-dd) the report was made. */
  date: string;
  stabilityRuns: number;
}

export interface MunicipalityReport {
  kind: 'municipality';
  id: string;
  label: string;
  county?: { code: string; name: string };
  position: PositionResult;
  map: MunicipalityMap;
  /** Strongest first. */
  ties: ReportTie[];
  findings: Finding[];
  suggestions: Suggestion[];
  source: ReportSource;
  mentalMap?: MentalMapLayer;
}

/** A workshop's mental-map place file, drawn over the municipality's outline (lon, lat rings). */
export interface MentalMapLayer {
  file: string;
  places: MentalPlace[];
  outline: [number, number][][];
}

/** A county's municipality drawn on the county's network, in unit coordinates (0..1). */
export interface CountyNode {
  id: string;
  label: string;
  kind: string;
  position?: Position;
  x: number;
  y: number;
}

export interface CountyReport {
  kind: 'county';
  county: { code: string; name: string };
  counts: Map<Position, number>;
  uncertain: number;
  positions: PositionResult[];
  nodes: CountyNode[];
  ties: { from: string; to: string; strength: number }[];
  /** Actors outside the county tied to it. */
  partnersOutside: number;
  findings: Finding[];
  suggestions: Suggestion[];
  /**
   * Whose the suggestions are: the county's lone builders, or — when it has none — its
   * municipalities in mellanläge, the largest measured effect first.
   */
  suggestionsFor: 'ensam' | 'mellanlage';
  source: ReportSource;
}

export type ReportData = MunicipalityReport | CountyReport;

export interface ReportOptions {
  /** Date of the report, ISO yyyy-mm-dd; the host supplies it so core reads no clock. */
  date: string;
  /** Suggestions to show (default 3). */
  suggestions?: number;
  /** The municipality report's mental-map layer, when the user gave a place file. */
  mentalMap?: MentalMapLayer;
  /** Suggestions already measured (the app's, from its worker): shown instead of measuring again. */
  measured?: readonly Suggestion[];
  index?: SwedenIndex;
  /** Fraction 0..1 of the suggestions measured, the report's long step on a large network. */
  onProgress?: (fraction: number) => void;
}

function source(graph: BroGraph, analysis: Analysis, date: string): ReportSource {
  return {
    files: graph.getAttribute('files') ?? [],
    date,
    stabilityRuns: analysis.rule.stabilityRuns,
  };
}

/**
 * The report of one municipality (a node id): its position, map, ties, the findings that name
 * it and its best new ties to its county's or national actors. Positions are the whole
 * network's.
 */
export function municipalityReport(
  graph: BroGraph,
  analysis: Analysis,
  id: string,
  options: ReportOptions,
): MunicipalityReport {
  const index = options.index ?? swedenIndex();
  const position = analysis.positions.find((p) => p.node === id);
  if (!position) throw new RangeError(`not a municipality in the network: ${id}`);
  const code = graph.getNodeAttribute(id, 'county');
  const county = code === undefined ? undefined : index.countyByCode(code);
  const ties: ReportTie[] = graph
    .mapEdges(id, (_e, a, s, t) => {
      const partner = s === id ? t : s;
      const attributes = graph.getNodeAttributes(partner);
      return {
        partner,
        label: attributes.label,
        kind: attributes.kind,
        strength: a.strength,
        records: a.records,
      };
    })
    .sort((a, b) => b.strength - a.strength || a.label.localeCompare(b.label, 'sv'));
  return {
    kind: 'municipality',
    id,
    label: graph.getNodeAttribute(id, 'label'),
    ...(county ? { county: { code: county.code, name: county.name } } : {}),
    position,
    map: municipalityMap(graph, id, index),
    ties,
    findings: analysis.findings.filter((f) => f.nodes.includes(id)),
    suggestions: options.measured
      ? options.measured.slice(0, options.suggestions ?? 3)
      : suggestTies(graph, analysis, id, {
          k: options.suggestions ?? 3,
          reach: 'county',
          onProgress: options.onProgress,
        }),
    source: source(graph, analysis, options.date),
    ...(options.mentalMap ? { mentalMap: options.mentalMap } : {}),
  };
}

/**
 * Suggestions for different municipalities, the largest measured effect first (as each
 * municipality's own are ranked), then the larger drop in constraint; ties by name.
 */
function byEffectAcross(a: Suggestion, b: Suggestion): number {
  const drop = (s: Suggestion) => {
    const d = s.effects.constraintBefore - s.effects.constraintAfter;
    return Number.isFinite(d) ? d : 0;
  };
  return (
    byEffect(a.effects, b.effects) ||
    drop(b) - drop(a) ||
    a.municipalityLabel.localeCompare(b.municipalityLabel, 'sv')
  );
}

/**
 * The report of one county: position counts and the municipalities' positions (computed on
 * the whole network), the county's network at the municipalities' coordinates (actors at
 * the centre of their partners in the county, else at the county seat), the findings that
 * touch the county and suggestions for its lone builders (or, with none, for its
 * municipalities in mellanläge).
 */
export function countyReport(
  graph: BroGraph,
  analysis: Analysis,
  scope: CountyScope,
  options: ReportOptions,
): CountyReport {
  const index = options.index ?? swedenIndex();
  const county = index.countyByCode(scope.county);
  const members = scopeMembers(graph, scope);
  const { positions, counts, uncertain } = scopePositions(analysis, members);
  const byNode = new Map(positions.map((p) => [p.node, p.position]));
  const placed = new Map<string, { lat: number; lon: number }>();
  for (const id of members.inside) {
    const a = graph.getNodeAttributes(id);
    if (a.lat !== undefined && a.lon !== undefined) placed.set(id, { lat: a.lat, lon: a.lon });
  }
  for (const id of members.inside) {
    if (placed.has(id)) continue;
    const around = graph.filterNeighbors(id, (n) => placed.has(n)).map((n) => placed.get(n)!);
    const mean = (f: (p: { lat: number; lon: number }) => number) =>
      around.reduce((sum, p) => sum + f(p), 0) / around.length;
    if (around.length > 0) placed.set(id, { lat: mean((p) => p.lat), lon: mean((p) => p.lon) });
    else if (county) placed.set(id, { lat: county.seatLat, lon: county.seatLon });
  }
  const nodes = fitToUnit(graph, placed, byNode);
  const ties: CountyReport['ties'] = [];
  graph.forEachEdge((_e, a, s, t) => {
    if (placed.has(s) && placed.has(t)) ties.push({ from: s, to: t, strength: a.strength });
  });
  const shown = options.suggestions ?? 5;
  const hasAlone = analysis.positions.some(
    (p) => p.position === 'ensam' && members.inside.has(p.node),
  );
  const { onProgress } = options;
  const suggestions = hasAlone
    ? scopeSuggestions(graph, analysis, members, { k: 1, onProgress }).slice(0, shown)
    : suggestEach(
        analysis.positions.filter((p) => p.position === 'mellanlage' && members.inside.has(p.node)),
        onProgress,
        (p, onProgress) =>
          suggestTies(graph, analysis, p.node, { k: 1, reach: 'county', onProgress }),
      )
        .sort(byEffectAcross)
        .slice(0, shown);
  return {
    kind: 'county',
    county: { code: scope.county, name: scope.name },
    counts,
    uncertain,
    positions,
    nodes,
    ties,
    partnersOutside: members.partners.size,
    findings: scopeFindings(analysis.findings, members),
    suggestions,
    suggestionsFor: hasAlone ? 'ensam' : 'mellanlage',
    source: source(graph, analysis, options.date),
  };
}

/** Coordinates in 0..1 keeping the map's proportions (longitude shrunk by the latitude). */
function fitToUnit(
  graph: BroGraph,
  placed: ReadonlyMap<string, { lat: number; lon: number }>,
  positions: ReadonlyMap<string, Position>,
): CountyNode[] {
  const points = [...placed];
  const lat0 = points.reduce((s, [, p]) => s + p.lat, 0) / Math.max(1, points.length);
  const shrink = Math.cos((lat0 * Math.PI) / 180);
  const xs = points.map(([, p]) => p.lon * shrink);
  const ys = points.map(([, p]) => -p.lat);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const side = Math.max(x1 - x0, y1 - y0) || 1;
  return points.map(([id], i) => {
    const a = graph.getNodeAttributes(id);
    const position = positions.get(id);
    return {
      id,
      label: a.label,
      kind: a.kind,
      ...(position ? { position } : {}),
      x: (xs[i]! - x0 + (side - (x1 - x0)) / 2) / side,
      y: (ys[i]! - y0 + (side - (y1 - y0)) / 2) / side,
    };
  });
}
