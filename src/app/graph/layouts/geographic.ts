import type { County } from '../../../core/model/sweden-types.ts';
import { projectLonLat } from '../../geo/projection.ts';
import type { Project } from '../../state/project.ts';

/** Where each node goes, by id. */
export type Targets = Map<string, { x: number; y: number }>;

export interface GeographicLayout {
  targets: Targets;
  /** Where the nodes with no known place were put (a column left of the map), if any. */
  unplaced: { x: number; top: number; count: number } | null;
  /** The area to frame: Sweden and everything placed. */
  bbox: { x: [number, number]; y: [number, number] };
}

const SEAT_RING = 24;

/**
 * Places at their coordinates; an actor without coordinates at its county's seat, or else at
 * the centre of its partners that have a place; anything still unplaced in a column beside
 * the map, so it is visibly set aside rather than piled on a default point.
 */
export function geographicLayout(
  project: Project,
  counties: Map<string, County>,
): GeographicLayout {
  const { graph } = project;
  const targets: Targets = new Map();
  const pending: string[] = [];
  const atSeat = new Map<string, string[]>();
  graph.forEachNode((id, attr) => {
    const county = attr.county ? counties.get(attr.county) : undefined;
    if (attr.lat !== undefined && attr.lon !== undefined)
      targets.set(id, projectLonLat(attr.lon, attr.lat));
    else if (county && Number.isFinite(county.seatLat))
      atSeat.set(county.code, [...(atSeat.get(county.code) ?? []), id]);
    else pending.push(id);
  });
  // Actors sharing a county seat sit on a small ring around it, so none hides another.
  for (const [code, ids] of atSeat) {
    const county = counties.get(code)!;
    const seat = projectLonLat(county.seatLon, county.seatLat);
    ids.forEach((id, k) => {
      const angle = (2 * Math.PI * k) / ids.length + Math.PI / 4;
      targets.set(id, {
        x: seat.x + SEAT_RING * Math.cos(angle),
        y: seat.y + SEAT_RING * Math.sin(angle),
      });
    });
  }
  const unknown: string[] = [];
  for (const id of pending) {
    const placed = graph.neighbors(id).flatMap((n) => {
      const p = targets.get(n);
      return p ? [p] : [];
    });
    if (placed.length === 0) {
      unknown.push(id);
      continue;
    }
    const x = placed.reduce((s, p) => s + p.x, 0) / placed.length;
    const y = placed.reduce((s, p) => s + p.y, 0) / placed.length;
    targets.set(id, jitter({ x, y }, id));
  }
  const sw = projectLonLat(10.5, 55.2);
  const ne = projectLonLat(24.3, 69.1);
  if (unknown.length === 0)
    return { targets, unplaced: null, bbox: { x: [sw.x, ne.x], y: [sw.y, ne.y] } };
  const sweden = { west: sw.x, top: ne.y };
  const x = sweden.west - 150;
  const step = Math.min(25, 1300 / unknown.length);
  unknown.forEach((id, i) => {
    targets.set(id, {
      x: x - 40 * Math.floor((i * step) / 1300),
      y: sweden.top - 30 - ((i * step) % 1300),
    });
  });
  const left = Math.min(...unknown.map((id) => targets.get(id)!.x)) - 40;
  return {
    targets,
    unplaced: { x, top: sweden.top, count: unknown.length },
    bbox: { x: [left, ne.x], y: [sw.y, ne.y] },
  };
}

/** A small fixed offset per id so actors sharing a seat do not sit exactly on top of each other. */
function jitter(p: { x: number; y: number }, id: string): { x: number; y: number } {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) | 0;
  const angle = ((h >>> 0) % 360) * (Math.PI / 180);
  return { x: p.x + 22 * Math.cos(angle), y: p.y + 22 * Math.sin(angle) };
}
