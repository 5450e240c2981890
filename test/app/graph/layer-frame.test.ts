import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { layerFrame, layerWorkPending } from '../../../src/app/graph/canvas-layer.ts';

/** Animation frames run by hand, with a clock the pieces of work move on. */
function frames() {
  let next = 1;
  let waiting = new Map<number, (time: number) => void>();
  let now = 0;
  vi.stubGlobal('requestAnimationFrame', (callback: (time: number) => void) => {
    waiting.set(next, callback);
    return next++;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => waiting.delete(id));
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  return {
    /** Runs one frame at `time`: the callbacks asked for before it, in order. */
    run(time: number) {
      const due = waiting;
      waiting = new Map();
      now = time;
      for (const callback of due.values()) callback(time);
    },
    advance(ms: number) {
      now += ms;
    },
  };
}

describe('layer frames', () => {
  let clock: ReturnType<typeof frames>;
  beforeEach(() => {
    clock = frames();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('run a second piece in the same frame only while the first took little time', () => {
    const ran: string[] = [];
    const piece = (name: string, ms: number) => () => {
      ran.push(name);
      clock.advance(ms);
    };
    layerFrame(piece('slow', 20));
    layerFrame(piece('next', 1));
    layerFrame(piece('last', 1));
    clock.run(16);
    expect(ran).toEqual(['slow']);
    clock.run(32);
    expect(ran).toEqual(['slow', 'next', 'last']);
  });

  it('say whether work waits, until it ran or was cancelled', () => {
    expect(layerWorkPending()).toBe(false);
    const cancel = layerFrame(() => undefined);
    layerFrame(() => undefined);
    expect(layerWorkPending()).toBe(true);
    cancel();
    cancel();
    expect(layerWorkPending()).toBe(true);
    clock.run(16);
    expect(layerWorkPending()).toBe(false);
  });
});
