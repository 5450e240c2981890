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
});
