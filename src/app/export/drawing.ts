/** A picture as plain shapes, drawn the same way into SVG and onto a canvas. */
export type Shape =
  | {
      kind: 'line';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      width: number;
      colour: string;
      /** Dash and gap lengths, for a dashed line (a tie that ended). */
      dash?: readonly number[];
    }
  | {
      kind: 'circle';
      cx: number;
      cy: number;
      r: number;
      fill: string;
      stroke?: string;
      strokeWidth?: number;
    }
  | {
      kind: 'rect';
      x: number;
      y: number;
      w: number;
      h: number;
      fill: string;
      stroke?: string;
      strokeWidth?: number;
      radius?: number;
    }
  | {
      kind: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      weight: number;
      colour: string;
      anchor: 'start' | 'end';
    }
  /** A horizontal colour ramp (the legend of a metric scale). */
  | { kind: 'ramp'; x: number; y: number; w: number; h: number; stops: readonly string[] };

export interface Drawing {
  width: number;
  height: number;
  background: string;
  shapes: Shape[];
}

export const FONT_FAMILY = 'Inter, "Segoe UI", system-ui, sans-serif';

/** The CSS font of a text shape, for measuring and drawing it. */
export function fontOf(size: number, weight: number): string {
  return `${weight} ${size}px ${FONT_FAMILY}`;
}

/** Measures text as the browser draws it. */
export type Measure = (text: string, size: number, weight: number) => number;

export function canvasMeasure(): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  return (text, size, weight) => {
    if (!ctx) return text.length * size * 0.6;
    ctx.font = fontOf(size, weight);
    return ctx.measureText(text).width;
  };
}
