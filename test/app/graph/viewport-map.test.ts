import { describe, expect, it } from 'vitest';
import { viewportMap } from '../../../src/app/graph/canvas-layer.ts';

type MapSigma = Parameters<typeof viewportMap>[0];

/** A stand-in for sigma's mapping: its matrix (rotated, scaled, moved), then the viewport. */
function fakeSigma(angle: number, scale: number, dx: number, dy: number, w: number, h: number) {
  const m = [
    scale * Math.cos(angle),
    scale * Math.sin(angle),
    0,
    -scale * Math.sin(angle),
    scale * Math.cos(angle),
    0,
    dx,
    dy,
    1,
  ];
  return {
    framedGraphToViewport: ({ x, y }: { x: number; y: number }) => {
      const vx = x * m[0]! + y * m[3]! + m[6]!;
      const vy = x * m[1]! + y * m[4]! + m[7]!;
      return { x: ((1 + vx) * w) / 2, y: ((1 - vy) * h) / 2 };
    },
  } as unknown as MapSigma;
}

describe('the viewport map of the layers', () => {
  it('puts every point where sigma’s own mapping does, under any camera', () => {
    for (const [angle, scale, dx, dy] of [
      [0, 1, 0, 0],
      [0.7, 2.5, -0.3, 0.4],
      [Math.PI, 0.1, 3, -2],
    ] as const) {
      const sigma = fakeSigma(angle, scale, dx, dy, 1366, 768);
      const map = viewportMap(sigma);
      for (const [x, y] of [
        [0, 0],
        [1, 1],
        [0.25, 0.8],
        [-3, 7],
      ] as const) {
        const p = sigma.framedGraphToViewport({ x, y });
        expect(map.x(x, y)).toBeCloseTo(p.x, 9);
        expect(map.y(x, y)).toBeCloseTo(p.y, 9);
      }
    }
  });
});
