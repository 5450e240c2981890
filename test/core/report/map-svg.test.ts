import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { municipalityMap } from '../../../src/core/map/municipality-map.ts';
import { mapSvg } from '../../../src/core/report/map-svg.ts';
import { estimatedTextWidth } from '../../../src/core/report/text-width.ts';
import { reportWords } from '../../../src/i18n/report.ts';
import { buildGraph } from '../analysis/build-graph.ts';

/**
 * Kramfors with partners whose labels crowd the right side: a long-named region, and no tie
 * to the county board, whose empty place gets the longest label of all.
 */
const graph = buildGraph(
  [
    { id: 'Kramfors kommun', kind: 'municipality', county: '22' },
    { id: 'Region Västernorrland med ett mycket långt namn', kind: 'region', county: '22' },
    { id: 'Länsstyrelsen Västernorrland', kind: 'county_board', county: '22' },
    { id: 'Härnösands kommun', kind: 'municipality', county: '22' },
    { id: 'Sollefteå kommun', kind: 'municipality', county: '22' },
    { id: 'Höga Kusten Leader', kind: 'leader', county: '22' },
  ],
  [
    ['Kramfors kommun', 'Region Västernorrland med ett mycket långt namn', 3],
    ['Kramfors kommun', 'Härnösands kommun', 6],
    ['Kramfors kommun', 'Sollefteå kommun', 4],
    ['Kramfors kommun', 'Höga Kusten Leader', 2],
    ['Härnösands kommun', 'Länsstyrelsen Västernorrland', 4],
  ],
);

const words = reportWords('sv').map;
const svg = new DOMParser().parseFromString(
  mapSvg(municipalityMap(graph, 'Kramfors kommun'), words, true),
  'image/svg+xml',
).documentElement!;
const texts = Array.from(svg.getElementsByTagName('text'));
const textOf = (t: Element) => t.textContent ?? '';

/** A label's box as the drawing estimates it. */
function box(t: Element) {
  const size = t.getAttribute('class') === 'centre' ? 12 : 10.5;
  const lines = Array.from(t.getElementsByTagName('tspan')).map(textOf);
  const w = Math.max(
    ...(lines.length > 0 ? lines : [textOf(t)]).map((l) => estimatedTextWidth(l, size)),
  );
  const x = Number(t.getAttribute('x'));
  const anchor = t.getAttribute('text-anchor');
  return { left: anchor === 'end' ? x - w : anchor === 'middle' ? x - w / 2 : x, w };
}

describe('mapSvg', () => {
  it('draws the centre and every partner, present or missing, by name', () => {
    const all = texts.map(textOf);
    expect(all).toContain('Kramfors kommun');
    for (const name of ['Härnösands kommun', 'Sollefteå kommun', 'Höga Kusten Leader'])
      expect(all).toContain(name);
    // Long labels run over two lines (tspans): compared without spaces.
    const joined = all.join('').replace(/\s/g, '');
    for (const long of [
      'Region Västernorrland med ett mycket långt namn',
      words.noTieTo('Länsstyrelsen Västernorrland'),
    ])
      expect(joined).toContain(long.replace(/\s/g, ''));
  });

  it('widens the drawing so that no label runs past its edge', () => {
    const [left, , width] = svg.getAttribute('viewBox')!.split(' ').map(Number);
    for (const t of texts.filter((t) => t.getAttribute('class') !== 'legend')) {
      const b = box(t);
      expect(b.left, textOf(t)).toBeGreaterThanOrEqual(left!);
      expect(b.left + b.w, textOf(t)).toBeLessThanOrEqual(left! + width!);
    }
  });
});
