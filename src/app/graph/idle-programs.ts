import type {
  EdgeLabelDrawingFunction,
  NodeHoverDrawingFunction,
  NodeLabelDrawingFunction,
} from 'sigma/rendering';

/**
 * Programs that compile no shaders and draw nothing. Sigma instantiates every program class
 * its settings name, its defaults included (circle nodes, arrow ties), each in every WebGL
 * context it uses — and a software-rendered browser compiles each shader on the main thread's
 * critical path. The app draws nodes with the bordered program and ties with rectangles (or
 * its own tie layer), so the other types get these.
 */
export class IdleNodeProgram {
  drawLabel: NodeLabelDrawingFunction | undefined = undefined;
  drawHover: NodeHoverDrawingFunction | undefined = undefined;
  kill(): void {}
  reallocate(): void {}
  process(): void {}
  render(): void {}
}

export class IdleEdgeProgram {
  drawLabel: EdgeLabelDrawingFunction | undefined = undefined;
  kill(): void {}
  reallocate(): void {}
  process(): void {}
  render(): void {}
}
