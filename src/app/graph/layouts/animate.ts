import type { DisplayGraph } from '../display-graph.ts';
import type { Targets } from './geographic.ts';

const quadraticInOut = (t: number) => (t < 0.5 ? 2 * t * t : -1 + (4 - 2 * t) * t);

/**
 * Moves the nodes named in `targets` to their places over `duration` ms, one update of all
 * positions per frame (one graph event, not one per node), and calls `done` when they are
 * there. Nodes not named stay put. Returns a function that stops the move where it is.
 *
 * Written here rather than taken from sigma's `animateNodes`, which keeps its start positions
 * in a plain object keyed by node id, where an id such as "__proto__" is not a key.
 */
export function animatePositions(
  display: DisplayGraph,
  targets: Targets,
  duration: number,
  done: () => void,
): () => void {
  const start = new Map<string, { x: number; y: number }>();
  for (const id of targets.keys())
    if (display.hasNode(id)) {
      const { x, y } = display.getNodeAttributes(id);
      start.set(id, { x, y });
    }
  const began = performance.now();
  let frame = 0;
  const step = () => {
    const p = Math.min(1, (performance.now() - began) / duration);
    const eased = p >= 1 ? 1 : quadraticInOut(p);
    display.updateEachNodeAttributes(
      (id, attr) => {
        const to = targets.get(id);
        const from = start.get(id);
        if (!to || !from) return attr;
        // At the end the targets themselves, not a product that may round differently.
        attr.x = p >= 1 ? to.x : to.x * eased + from.x * (1 - eased);
        attr.y = p >= 1 ? to.y : to.y * eased + from.y * (1 - eased);
        return attr;
      },
      { attributes: ['x', 'y'] },
    );
    if (p >= 1) {
      frame = 0;
      done();
    } else frame = requestAnimationFrame(step);
  };
  step();
  return () => {
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
  };
}
