import { fontOf, type Shape } from './drawing.ts';

/** Draws shapes onto a canvas (the overlay of a PNG export). */
export function paint(ctx: CanvasRenderingContext2D, shapes: readonly Shape[]): void {
  for (const shape of shapes) {
    ctx.save();
    switch (shape.kind) {
      case 'line':
        ctx.strokeStyle = shape.colour;
        ctx.lineWidth = shape.width;
        // Round ends would lengthen every dash of a dashed line.
        ctx.lineCap = shape.dash ? 'butt' : 'round';
        if (shape.dash) ctx.setLineDash([...shape.dash]);
        ctx.beginPath();
        ctx.moveTo(shape.x1, shape.y1);
        ctx.lineTo(shape.x2, shape.y2);
        ctx.stroke();
        break;
      case 'circle':
        ctx.beginPath();
        ctx.arc(shape.cx, shape.cy, shape.r, 0, 2 * Math.PI);
        ctx.fillStyle = shape.fill;
        ctx.fill();
        strokeIt(ctx, shape);
        break;
      case 'rect':
        ctx.beginPath();
        ctx.roundRect(shape.x, shape.y, shape.w, shape.h, shape.radius ?? 0);
        ctx.fillStyle = shape.fill;
        ctx.fill();
        strokeIt(ctx, shape);
        break;
      case 'text':
        ctx.font = fontOf(shape.size, shape.weight);
        ctx.fillStyle = shape.colour;
        ctx.textAlign = shape.anchor === 'end' ? 'right' : 'left';
        ctx.fillText(shape.text, shape.x, shape.y);
        break;
      case 'ramp': {
        const gradient = ctx.createLinearGradient(shape.x, 0, shape.x + shape.w, 0);
        shape.stops.forEach((c, i) =>
          gradient.addColorStop(i / Math.max(1, shape.stops.length - 1), c),
        );
        ctx.fillStyle = gradient;
        ctx.fillRect(shape.x, shape.y, shape.w, shape.h);
        break;
      }
    }
    ctx.restore();
  }
}

function strokeIt(
  ctx: CanvasRenderingContext2D,
  shape: { stroke?: string; strokeWidth?: number },
): void {
  if (!shape.stroke) return;
  ctx.strokeStyle = shape.stroke;
  ctx.lineWidth = shape.strokeWidth ?? 1;
  ctx.stroke();
}
