import { signal, type Signal } from '@preact/signals';
import type Sigma from 'sigma';
import type { Point } from '../../core/export/types.ts';
import type { DisplayEdge, DisplayNode } from './display-graph.ts';

export type GraphSigma = Sigma<DisplayNode, DisplayEdge>;

/** The network as drawn: what the rest of the app may read from, and do to, the graph view. */
export interface Stage {
  /** The live sigma renderer, published by the graph view. */
  sigma: Signal<GraphSigma | null>;
  /** Cancels a camera move still waiting for a layout switch to finish. */
  stopCamera: () => void;
  /** Whether the camera moves to what remains visible after the user changes a filter. */
  followFilters: Signal<boolean>;
}

export function createStage(): Stage {
  return { sigma: signal(null), stopCamera: () => {}, followFilters: signal(true) };
}

/** Node positions as drawn now (after any layout the user ran). */
export function currentPositions(stage: Stage): Record<string, Point> | null {
  const sigma = stage.sigma.peek();
  if (!sigma) return null;
  // Keyed by user ids: without a prototype, an id such as "__proto__" is a key as any other.
  const out = Object.create(null) as Record<string, Point>;
  sigma.getGraph().forEachNode((id, { x, y }) => (out[id] = { x, y }));
  return out;
}
