import { describe, expect, it } from 'vitest';
import { drawingToSvg } from '../../../src/app/export/svg.ts';
import { overlayShapes } from '../../../src/app/export/overlay.ts';

/** Every character as wide as half its font size: enough to lay out and check the overlay. */
const measure = (text: string, size: number) => text.length * size * 0.5;

describe('SVG of a view', () => {
  it('writes labels, legend and caption as escaped text, never as markup', () => {
    const hostile = '<img src=x onerror=alert(1)> & "Å"\u0007';
    const svg = drawingToSvg({
      width: 400,
      height: 300,
      background: '#ffffff',
      shapes: [
        { kind: 'line', x1: 0, y1: 0, x2: 10, y2: 10, width: 1.5, colour: '#9AA5B1' },
        { kind: 'circle', cx: 10, cy: 10, r: 4, fill: '#0072B2' },
        {
          kind: 'text',
          x: 16,
          y: 12,
          text: hostile,
          size: 12,
          weight: 500,
          colour: '#000',
          anchor: 'start',
        },
      ],
    });
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Å&quot;</text>');
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('\u0007');
    expect(svg.match(/<text /g)).toHaveLength(1);
  });

  it('lays the legend out in the bottom-left corner and the caption across the top', () => {
    const shapes = overlayShapes(
      {
        title: 'Nätverksläge',
        rows: [
          { colour: '#0072B2', ring: false, label: 'Nätverksaktör', count: '69' },
          { colour: '#D55E00', ring: true, label: 'Ensam samhällsbyggare', count: '35' },
        ],
        scale: null,
      },
      'Vem bygger ensam?',
      { width: 800, height: 600 },
      2,
      measure,
    );
    const texts = shapes.flatMap((s) => (s.kind === 'text' ? [s] : []));
    expect(texts.map((t) => t.text)).toEqual([
      'Vem bygger ensam?',
      'Nätverksläge',
      'Nätverksaktör',
      '69',
      'Ensam samhällsbyggare',
      '35',
    ]);
    const caption = texts[0]!;
    expect(caption.y).toBeLessThan(60);
    expect(caption.size).toBe(36);
    const box = shapes.find((s) => s.kind === 'rect' && s.stroke)!;
    expect(box.kind === 'rect' && box.x + box.w).toBeLessThan(800);
    expect(box.kind === 'rect' && box.y + box.h).toBeCloseTo(600 - 24, 6);
    for (const t of texts.slice(1)) expect(t.y).toBeGreaterThan(box.kind === 'rect' ? box.y : 0);
  });

  it('draws a dashed line dashed, and the change legend below the caption, clear of it', () => {
    const svg = drawingToSvg({
      width: 100,
      height: 100,
      background: '#fff',
      shapes: [
        { kind: 'line', x1: 0, y1: 0, x2: 50, y2: 0, width: 2, colour: '#CC79A7', dash: [6, 4] },
        { kind: 'line', x1: 0, y1: 9, x2: 50, y2: 9, width: 2, colour: '#009E73' },
      ],
    });
    expect(svg).toContain('stroke-dasharray="6 4"/>');
    expect(svg.match(/stroke-dasharray/g)).toHaveLength(1);

    const legend = { title: 'Nätverksläge', rows: [], scale: null };
    const change = {
      title: 'Band 2015 → 2018',
      rows: [
        { colour: '#009E73', width: 3, dashed: false, label: 'nytt', count: '139' },
        { colour: '#CC79A7', width: 2.5, dashed: true, label: 'upphört (streckat)', count: '136' },
      ],
      note: 'Kommunerna har färgen för sitt läge i den senare perioden.',
    };
    const size = { width: 800, height: 600 };
    const withCaption = overlayShapes(legend, 'Vem bygger ensam?', size, 1, measure, null, change);
    const rects = withCaption.flatMap((s) => (s.kind === 'rect' ? [s] : []));
    const caption = rects.find((r) => !r.stroke)!;
    // The position legend at the bottom, the change's at the top, below the caption's band.
    const top = rects.find((r) => r.stroke && r.y < 300)!;
    expect(top.y).toBeGreaterThanOrEqual(caption.h);
    const lines = withCaption.flatMap((s) => (s.kind === 'line' ? [s] : []));
    expect(lines.map((l) => l.dash !== undefined)).toEqual([false, true]);
    const texts = withCaption.flatMap((s) => (s.kind === 'text' ? [s] : []));
    expect(texts.map((t) => t.text)).toEqual(
      expect.arrayContaining(['Band 2015 → 2018', 'nytt', '139', 'upphört (streckat)', '136']),
    );
    // The note wraps inside the box.
    const note = texts.filter((t) => t.size === 11);
    expect(note.length).toBeGreaterThan(1);
    expect(note.map((t) => t.text).join(' ')).toBe(change.note);
    for (const t of note) expect(t.x + measure(t.text, t.size)).toBeLessThanOrEqual(top.x + top.w);
    // Without a caption the box starts at the top margin; without a change there is none.
    const bare = overlayShapes(legend, '', size, 1, measure, null, change);
    expect(bare.find((s) => s.kind === 'rect' && s.y < 300)).toMatchObject({ x: 12, y: 12 });
    expect(overlayShapes(legend, '', size, 1, measure).some((s) => s.kind === 'line')).toBe(false);
  });
});
