import { describe, expect, it } from 'vitest';
import {
  lineHeight,
  overlaps,
  placeLabels,
  type LabelCandidate,
} from '../../../src/core/layout/label-placement.ts';

const node = (id: string, x: number, y: number, priority = 1, width = 50): LabelCandidate => ({
  id,
  text: id,
  x,
  y,
  r: 5,
  width,
  size: 12,
  priority,
});

const bounds = { width: 400, height: 300 };

describe('placeLabels', () => {
  it('puts a lone label right of its node', () => {
    const [label] = placeLabels([node('a', 100, 100)], bounds);
    expect(label!.box.x).toBe(108);
    expect(label!.box.y + label!.box.h / 2).toBe(100);
    expect(label!.box.h).toBe(lineHeight(12));
  });

  it('moves a label to the left at the right edge rather than cut it', () => {
    const [label] = placeLabels([node('a', 380, 100)], bounds);
    expect(label!.box.x + label!.box.w).toBeLessThanOrEqual(375);
  });

  it('takes a corner when the four sides are blocked by other nodes', () => {
    // Discs right, left, above and below the node, as between neighbours in a chain.
    const disc = (id: string, x: number, y: number) => ({ id, x: x - 5, y: y - 5, w: 10, h: 10 });
    const obstacles = [
      disc('r', 135, 100),
      disc('l', 65, 100),
      disc('u', 100, 88),
      disc('d', 100, 112),
    ];
    const [label] = placeLabels([node('a', 100, 100)], bounds, obstacles);
    expect(label).toBeDefined();
    for (const o of obstacles) expect(overlaps(label!.box, o)).toBe(false);
    // A corner: the box lies wholly above-right, above-left, below-right or below-left.
    const { x, y, w, h } = label!.box;
    expect(x >= 100 || x + w <= 100).toBe(true);
    expect(y >= 100 || y + h <= 100).toBe(true);
  });

  it('leaves out a label that fits nowhere inside the bounds', () => {
    expect(placeLabels([node('a', 10, 10, 1, 500)], bounds)).toEqual([]);
  });

  it('gives the place to the higher priority and moves or drops the other', () => {
    const placed = placeLabels([node('small', 100, 100, 1), node('big', 100, 104, 9)], bounds);
    expect(placed[0]!.id).toBe('big');
    expect(placed[0]!.box.x).toBe(108);
    for (const [i, a] of placed.entries())
      for (const b of placed.slice(i + 1)) expect(overlaps(a.box, b.box)).toBe(false);
  });

  it('never overlaps, however crowded, and keeps every box inside', () => {
    const crowd = Array.from({ length: 300 }, (_v, i) =>
      node(`n${i}`, (i * 37) % 400, (i * 53) % 300, i % 7, 30 + (i % 5) * 20),
    );
    const placed = placeLabels(crowd, bounds);
    expect(placed.length).toBeGreaterThan(10);
    for (const [i, a] of placed.entries()) {
      expect(a.box.x).toBeGreaterThanOrEqual(0);
      expect(a.box.y).toBeGreaterThanOrEqual(0);
      expect(a.box.x + a.box.w).toBeLessThanOrEqual(bounds.width);
      expect(a.box.y + a.box.h).toBeLessThanOrEqual(bounds.height);
      for (const b of placed.slice(i + 1)) expect(overlaps(a.box, b.box)).toBe(false);
    }
  });

  it('keeps labels off other nodes, but not off their own', () => {
    const disc = { id: 'b', x: 105, y: 95, w: 10, h: 10 };
    const own = { id: 'a', x: 95, y: 95, w: 10, h: 10 };
    const [label] = placeLabels([node('a', 100, 100)], bounds, [own, disc]);
    expect(overlaps(label!.box, disc)).toBe(false);
  });

  it('keeps every label off every other disc among hundreds, big or small, in view or not', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const discs = Array.from({ length: 600 }, (_v, i) => {
      const r = i % 50 === 0 ? 30 * random() : 1 + 2 * random();
      return {
        id: `d${i}`,
        x: -60 + 520 * random() - r,
        y: -60 + 420 * random() - r,
        w: 2 * r,
        h: 2 * r,
      };
    });
    const labelled = discs.slice(0, 400).map((d, i) => ({
      ...node(d.id, d.x + d.w / 2, d.y + d.h / 2, i % 9, 20 + (i % 4) * 15),
      r: d.w / 2,
    }));
    const placed = placeLabels(labelled, bounds, discs);
    expect(placed.length).toBeGreaterThan(5);
    for (const label of placed)
      for (const d of discs) if (d.id !== label.id) expect(overlaps(label.box, d)).toBe(false);
  });

  it('runs a named point to the side it is given', () => {
    const name = { ...node('county', 200, 100), at: 'end' as const };
    const [label] = placeLabels([name], bounds);
    expect(label!.box.x + label!.box.w).toBe(200);
  });
});
