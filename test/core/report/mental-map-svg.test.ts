import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromBytes } from '../../../src/core/io/byte-source.ts';
import { readPlaceFile, type MentalPlace } from '../../../src/core/io/read-place-file.ts';
import { mentalMapSvg } from '../../../src/core/report/mental-map-svg.ts';
import { reportWords } from '../../../src/i18n/report.ts';

const DEMO = join(import.meta.dirname, '..', '..', '..', 'data', 'demo');
const words = reportWords('sv').mentalMap;
const outline: [number, number][][] = [
  [
    [17.7, 62.9],
    [17.9, 62.9],
    [17.9, 63.0],
    [17.7, 62.9],
  ],
];

describe('mentalMapSvg', () => {
  it('draws every element of the Kramfors example with its symbol, and the legend', async () => {
    const file = 'kramfors-mental-karta.geojson';
    const { places } = await readPlaceFile(fromBytes(file, readFileSync(join(DEMO, file))));
    const svg = mentalMapSvg(places, outline, words);
    for (const p of places) expect(svg).toContain(`>${p.name}</text>`);
    // Four målpunkter (one per purpose colour) as circles, a landmärke, a district area, two lines.
    for (const colour of ['#d95f02', '#1f6fb4', '#6a3d9a', '#1b9e77'])
      expect(svg).toMatch(new RegExp(`<circle [^>]*fill="${colour}"`));
    expect(svg).toContain('fill="#8c6d31" fill-opacity="0.18"');
    expect(svg).toMatch(/stroke="#c0172b" stroke-width="4"/);
    expect(svg).toMatch(/stroke="#2e7d32" stroke-width="4" stroke-dasharray/);
    for (const word of ['Landmärke', 'Stråk', 'Barriär', 'Distrikt', 'Målpunkt: handel'])
      expect(svg).toContain(word);
    expect(svg).not.toMatch(/https?:\/\//);
  });

  it('draws hög frekvens larger than låg, and escapes names', () => {
    const place = (name: string, frequency: 'high' | 'low'): MentalPlace => ({
      name,
      element: 'destination',
      purpose: 'trade',
      frequency,
      geometry: { type: 'Point', coordinates: [17.8, 62.95] },
      row: 2,
    });
    const svg = mentalMapSvg([place('<b>&', 'high'), place('b', 'low')], outline, words);
    expect(svg).toContain('&lt;b&gt;&amp;');
    expect(svg).not.toContain('<b>');
    const radii = [...svg.matchAll(/<circle [^>]*r="([\d.]+)" fill="#d95f02" stroke/g)].map((m) =>
      Number(m[1]),
    );
    expect(radii[0]).toBeGreaterThan(radii[1]!);
  });
});

describe('mentalMapSvg labels', () => {
  it('places the names of the Kramfors example so that none covers another', async () => {
    const file = 'kramfors-mental-karta.csv';
    const { places } = await readPlaceFile(fromBytes(file, readFileSync(join(DEMO, file))));
    const svg = mentalMapSvg(places, outline, words);
    const drawing = svg.slice(0, svg.indexOf('<g transform'));
    // The same generous estimate of a name's extent as the layout: 0.62 em a character, 1.25 em a line.
    const boxes = [
      ...drawing.matchAll(
        /<text x="([\d.-]+)" y="([\d.-]+)" text-anchor="(start|end)"[^>]*>([^<]*)</g,
      ),
    ].map(([, x, y, anchor, name]) => {
      const width = name!.length * 0.62 * 9.5;
      const x0 = anchor === 'end' ? Number(x) - width : Number(x);
      return { name, x0, x1: x0 + width, y0: Number(y) - 6, y1: Number(y) + 6 };
    });
    expect(boxes).toHaveLength(places.length);
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        expect(
          a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1,
          `${a.name} over ${b.name}`,
        ).toBe(false);
  });
});
