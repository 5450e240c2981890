import { describe, expect, it } from 'vitest';
import {
  MAP_SECTORS,
  municipalityMap,
  type MapPlace,
  type MapSector,
} from '../../../src/core/map/municipality-map.ts';
import { buildGraph } from '../analysis/build-graph.ts';

/**
 * Kramfors (county 22) tied strongly to the region, weakly to a university, to Almi, a
 * tourism body, a national agency, a neighbour municipality and a user-defined kind; the
 * neighbour hangs on Kramfors alone, and the university has a partner of its own.
 */
const graph = buildGraph(
  [
    { id: 'Kramfors', kind: 'municipality', county: '22' },
    { id: 'Region Västernorrland', kind: 'region', county: '22' },
    { id: 'Mittuniversitetet', kind: 'higher_education', county: '22' },
    { id: 'Almi Västernorrland', kind: 'business_support', county: '22' },
    { id: 'Besöksnäring', kind: 'tourism', county: '22' },
    { id: 'Leader Ådalen', kind: 'leader', county: '22' },
    { id: 'Tillväxtverket', kind: 'national' },
    { id: 'Sollefteå', kind: 'municipality', county: '22' },
    { id: 'Hembygdsföreningen', kind: 'förening', county: '22' },
    { id: 'Umeå universitet', kind: 'higher_education', county: '24' },
  ],
  [
    ['Kramfors', 'Region Västernorrland', 10],
    ['Kramfors', 'Mittuniversitetet', 1],
    ['Kramfors', 'Almi Västernorrland', 3],
    ['Kramfors', 'Besöksnäring', 3],
    ['Kramfors', 'Leader Ådalen', 2],
    ['Kramfors', 'Tillväxtverket', 2],
    ['Kramfors', 'Sollefteå', 2],
    ['Kramfors', 'Hembygdsföreningen', 1],
    ['Region Västernorrland', 'Almi Västernorrland', 1],
    ['Mittuniversitetet', 'Umeå universitet', 1],
  ],
);

const map = municipalityMap(graph, 'Kramfors');
const place = (label: string): MapPlace => map.places.find((p) => p.label === label)!;

/** The sector an angle (0 = up, clockwise) falls in. */
function sectorAt(p: MapPlace): MapSector {
  const angle = (Math.atan2(p.x, -p.y) + 2 * Math.PI) % (2 * Math.PI);
  return MAP_SECTORS[Math.floor(angle / ((2 * Math.PI) / MAP_SECTORS.length))]!;
}

describe('municipalityMap', () => {
  it('puts every partner in the sector of its kind, geometrically too', () => {
    const expected: [string, MapSector][] = [
      ['Region Västernorrland', 'region'],
      ['Mittuniversitetet', 'higher_education'],
      ['Almi Västernorrland', 'business_support'],
      ['Besöksnäring', 'business_support'],
      ['Leader Ådalen', 'leader'],
      ['Tillväxtverket', 'national'],
      ['Sollefteå', 'municipality'],
      ['Hembygdsföreningen', 'other'],
    ];
    for (const [label, sector] of expected) {
      expect(place(label)).toMatchObject({ sector, ring: 1, missing: false });
      expect(sectorAt(place(label))).toBe(sector);
    }
  });

  it('draws strong ties close and weak ties far', () => {
    const r = (label: string) => Math.hypot(place(label).x, place(label).y);
    expect(r('Region Västernorrland')).toBeLessThan(r('Almi Västernorrland'));
    expect(r('Almi Västernorrland')).toBeLessThan(r('Mittuniversitetet'));
    expect(r('Mittuniversitetet')).toBeLessThan(r('Umeå universitet'));
  });

  it('places partners’ partners faint in the second ring, not the partners again', () => {
    expect(place('Umeå universitet')).toMatchObject({ ring: 2, sector: 'higher_education' });
    expect(map.places.filter((p) => p.ring === 2).map((p) => p.label)).toEqual([
      'Umeå universitet',
    ]);
    expect(map.ties.find((t) => t.to === 'Umeå universitet')?.ring).toBe(2);
  });

  it('shows the missing länsstyrelse as an empty, labelled place in its sector', () => {
    expect(place('Länsstyrelsen i Västernorrlands län')).toMatchObject({
      sector: 'county_board',
      ring: 1,
      missing: true,
    });
    expect(map.places.filter((p) => p.missing)).toHaveLength(1);
  });

  it('marks the bridges and cut vertices the municipality depends on as barriers', () => {
    expect(place('Mittuniversitetet').barrier).toBe(true);
    expect(place('Almi Västernorrland').barrier).toBe(false);
    const tie = (to: string) => map.ties.find((t) => t.from === 'Kramfors' && t.to === to)!;
    expect(tie('Sollefteå').barrier).toBe(true);
    expect(tie('Region Västernorrland').barrier).toBe(false);
  });
});
