import { FONT_FAMILY, type Drawing, type Shape } from './drawing.ts';

/** A drawing as a standalone SVG document; every text is character data, escaped. */
export function drawingToSvg(drawing: Drawing): string {
  const { width, height } = drawing;
  const w = round(width);
  const h = round(height);
  const gradients = drawing.shapes.flatMap((s, i) => (s.kind === 'ramp' ? [ramp(s, i)] : []));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="${escape(FONT_FAMILY)}">`,
    gradients.length ? `<defs>${gradients.join('')}</defs>` : '',
    `<rect width="${w}" height="${h}" fill="${escape(drawing.background)}"/>`,
    ...drawing.shapes.map(shapeToSvg),
    '</svg>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

function shapeToSvg(shape: Shape, index: number): string {
  switch (shape.kind) {
    case 'line':
      return `<line x1="${round(shape.x1)}" y1="${round(shape.y1)}" x2="${round(shape.x2)}" y2="${round(shape.y2)}" stroke="${escape(shape.colour)}" stroke-width="${round(shape.width)}"${shape.dash ? ` stroke-dasharray="${shape.dash.map(round).join(' ')}"` : ' stroke-linecap="round"'}/>`;
    case 'circle':
      return `<circle cx="${round(shape.cx)}" cy="${round(shape.cy)}" r="${round(shape.r)}" fill="${escape(shape.fill)}"${stroke(shape)}/>`;
    case 'rect':
      return `<rect x="${round(shape.x)}" y="${round(shape.y)}" width="${round(shape.w)}" height="${round(shape.h)}"${shape.radius ? ` rx="${round(shape.radius)}"` : ''} fill="${escape(shape.fill)}"${stroke(shape)}/>`;
    case 'text':
      return `<text x="${round(shape.x)}" y="${round(shape.y)}" font-size="${round(shape.size)}" font-weight="${shape.weight}" fill="${escape(shape.colour)}"${shape.anchor === 'end' ? ' text-anchor="end"' : ''}>${escape(shape.text)}</text>`;
    case 'ramp':
      return `<rect x="${round(shape.x)}" y="${round(shape.y)}" width="${round(shape.w)}" height="${round(shape.h)}" rx="2" fill="url(#ramp${index})"/>`;
  }
}

function ramp(shape: Extract<Shape, { kind: 'ramp' }>, index: number): string {
  const stops = shape.stops
    .map(
      (c, i) =>
        `<stop offset="${round(i / Math.max(1, shape.stops.length - 1))}" stop-color="${escape(c)}"/>`,
    )
    .join('');
  return `<linearGradient id="ramp${index}">${stops}</linearGradient>`;
}

function stroke(shape: { stroke?: string; strokeWidth?: number }): string {
  return shape.stroke
    ? ` stroke="${escape(shape.stroke)}" stroke-width="${round(shape.strokeWidth ?? 1)}"`
    : '';
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Escapes text and attribute values; drops characters XML 1.0 does not allow. */
export function escape(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
