import { compactGraph } from '../metrics/compact.ts';
import { bridges } from '../metrics/structure/cuts.ts';
import { swedenIndex, type SwedenIndex } from '../model/sweden.ts';
import type { BroGraph } from '../model/types.ts';

/** The sectors of a municipality map, clockwise from the top, the same on every map. */
export const MAP_SECTORS = [
  'region',
  'county_board',
  'higher_education',
  'business_support',
  'leader',
  'national',
  'municipality',
  'other',
] as const;
export type MapSector = (typeof MAP_SECTORS)[number];

/** One place on the map, in unit coordinates: the municipality at (0, 0), everything within radius 1. */
export interface MapPlace {
  /** Node id; undefined for a typical partner the municipality lacks. */
  id?: string;
  label: string;
  sector: MapSector;
  /** 1: a partner (or a missing typical partner); 2: a partner's partner. */
  ring: 1 | 2;
  x: number;
  y: number;
  /** Strength of the tie to the municipality (ring 1). */
  strength?: number;
  /** A typical partner with no tie: drawn as an empty place. */
  missing: boolean;
  /** A cut vertex the municipality depends on: removing it cuts the municipality off from part of the network. */
  barrier: boolean;
}

export interface MapTie {
  from: string;
  to: string;
  strength: number;
  ring: 1 | 2;
  /** A bridge: the only connection between two parts of the network. */
  barrier: boolean;
}

export interface MunicipalityMap {
  centre: { id: string; label: string };
  places: MapPlace[];
  ties: MapTie[];
  /** Angles in radians (0 = up, clockwise) where each sector starts; each spans 2π / 8. */
  sectorStart: Record<MapSector, number>;
}

/** Ring 1 lies between these radii: the strongest tie innermost (the seed's hög frekvens). */
const NEAR = 0.3;
const FAR = 0.74;
const SECOND_RING = 0.93;
const SECTOR_SPAN = (2 * Math.PI) / MAP_SECTORS.length;

/** The sector a node kind belongs in. Tourism organisations are business (besöksnäring). */
export function sectorOf(kind: string): MapSector {
  if (kind === 'tourism') return 'business_support';
  return (MAP_SECTORS as readonly string[]).includes(kind) ? (kind as MapSector) : 'other';
}

/**
 * The municipality map of one municipality, after the seed's mental map: partners in sectors
 * by kind at a distance by tie strength, their own partners faint in a second ring, its
 * county's region and länsstyrelse as empty places when it has no tie to them, and the
 * bridges and cut vertices its connections depend on marked as barriers.
 */
export function municipalityMap(
  graph: BroGraph,
  municipality: string,
  index: SwedenIndex = swedenIndex(),
): MunicipalityMap {
  const centre = { id: municipality, label: graph.getNodeAttribute(municipality, 'label') };
  const partners = new Map<string, number>();
  graph.forEachEdge(municipality, (_e, a, s, t) => {
    const other = s === municipality ? t : s;
    if (other !== municipality) partners.set(other, (partners.get(other) ?? 0) + a.strength);
  });
  const second = new Set<string>();
  for (const p of partners.keys())
    graph.forEachNeighbor(p, (n) => {
      if (n !== municipality && !partners.has(n)) second.add(n);
    });

  const bridgeKeys = bridgeEdges(graph);
  const barriers = dependedOn(graph, municipality, [...partners.keys()]);
  const ties: MapTie[] = [];
  graph.forEachEdge((key, a, s, t) => {
    const inner = s === municipality || t === municipality;
    const outer =
      !inner && (partners.has(s) || partners.has(t)) && (second.has(s) || second.has(t));
    if (inner || outer)
      ties.push({
        from: s,
        to: t,
        strength: a.strength,
        ring: inner ? 1 : 2,
        barrier: bridgeKeys.has(key),
      });
  });

  const strengths = [...partners.values()].map(Math.log);
  const low = Math.min(...strengths);
  const high = Math.max(...strengths);
  const radius = (s: number) =>
    high > low ? FAR - ((Math.log(s) - low) / (high - low)) * (FAR - NEAR) : (NEAR + FAR) / 2;

  const ring1: Omit<MapPlace, 'x' | 'y'>[] = [...partners].map(([id, strength]) => ({
    id,
    label: graph.getNodeAttribute(id, 'label'),
    sector: sectorOf(graph.getNodeAttribute(id, 'kind')),
    ring: 1,
    strength,
    missing: false,
    barrier: barriers.has(id),
  }));
  ring1.push(...missingTypical(graph, municipality, partners, index));
  const ring2: Omit<MapPlace, 'x' | 'y'>[] = [...second].map((id) => ({
    id,
    label: graph.getNodeAttribute(id, 'label'),
    sector: sectorOf(graph.getNodeAttribute(id, 'kind')),
    ring: 2,
    missing: false,
    barrier: false,
  }));

  const sectorStart = Object.fromEntries(MAP_SECTORS.map((s, i) => [s, i * SECTOR_SPAN])) as Record<
    MapSector,
    number
  >;
  const places: MapPlace[] = [];
  for (const sector of MAP_SECTORS) {
    const inSector = ring1
      .filter((p) => p.sector === sector)
      .sort(
        (a, b) => (b.strength ?? 0) - (a.strength ?? 0) || a.label.localeCompare(b.label, 'sv'),
      );
    inSector.forEach((p, j) => {
      const angle = sectorStart[sector] + ((j + 0.5) / inSector.length) * SECTOR_SPAN;
      places.push(at(p, angle, p.strength === undefined ? FAR : radius(p.strength)));
    });
    const outer = ring2
      .filter((p) => p.sector === sector)
      .sort((a, b) => a.label.localeCompare(b.label, 'sv'));
    outer.forEach((p, j) => {
      const angle = sectorStart[sector] + ((j + 0.5) / outer.length) * SECTOR_SPAN;
      places.push(at(p, angle, SECOND_RING));
    });
  }
  return { centre, places, ties, sectorStart };
}

function at(place: Omit<MapPlace, 'x' | 'y'>, angle: number, r: number): MapPlace {
  return { ...place, x: r * Math.sin(angle), y: -r * Math.cos(angle) };
}

function bridgeEdges(graph: BroGraph): Set<string> {
  const g = compactGraph(graph);
  const marks = bridges(g);
  return new Set(g.edgeKeys.filter((_, i) => marks[i] === 1));
}

/**
 * The partners the municipality depends on: without one of them it would no longer reach
 * some node it reaches now (other than that partner itself).
 */
function dependedOn(graph: BroGraph, municipality: string, partners: string[]): Set<string> {
  const reach = (without?: string) => {
    const seen = new Set<string>([municipality]);
    const queue = [municipality];
    for (let i = 0; i < queue.length; i++)
      graph.forEachNeighbor(queue[i]!, (n) => {
        if (n !== without && !seen.has(n)) {
          seen.add(n);
          queue.push(n);
        }
      });
    return seen.size;
  };
  const all = reach();
  return new Set(partners.filter((p) => reach(p) < all - 1));
}

/**
 * The county's region and länsstyrelse when the municipality has no tie to them: the
 * network's own actor of that kind and county if there is one, else the reference name.
 */
function missingTypical(
  graph: BroGraph,
  municipality: string,
  partners: ReadonlyMap<string, number>,
  index: SwedenIndex,
): Omit<MapPlace, 'x' | 'y'>[] {
  const code = graph.getNodeAttribute(municipality, 'county');
  const county = code === undefined ? undefined : index.countyByCode(code);
  if (!county) return [];
  // Gotland is its own region: a county of one municipality has no region beside it.
  const alone = index.municipalities.filter((m) => m.county === code).length === 1;
  const typical: [MapSector, string][] = [
    ...(alone ? [] : [['region', county.region] as [MapSector, string]]),
    ['county_board', `Länsstyrelsen i ${county.name}`],
  ];
  return typical.flatMap(([sector, referenceName]) => {
    const own = graph.filterNodes((_, a) => a.kind === sector && a.county === code);
    if (own.some((id) => partners.has(id))) return [];
    const label = own.length > 0 ? graph.getNodeAttribute(own[0]!, 'label') : referenceName;
    return [{ label, sector, ring: 1 as const, missing: true, barrier: false }];
  });
}
