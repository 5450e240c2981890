import type { Position } from '../../core/analysis/types.ts';

/**
 * Okabe–Ito colours (distinguishable with every common colour-vision deficiency). The position
 * colours run blue → grey → vermillion, so even with no colour vision at all the lightness and
 * the ring tell them apart.
 */
export const POSITION_COLOURS: Record<Position, string> = {
  natverksaktor: '#0072B2',
  mellanlage: '#A3ACB9',
  ensam: '#D55E00',
};

/** Nodes without a position (regional actors) are white discs with a dark ring. */
export const ACTOR_FILL = '#FFFFFF';
export const RING_COLOUR = '#1F2933';
export const MISSING_COLOUR = '#D5DAE1';

/** Okabe–Ito followed by Paul Tol's muted scheme: 16 categories before "other". */
export const CATEGORY_COLOURS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#332288',
  '#999933',
  '#882255',
  '#44AA99',
  '#DDCC77',
  '#117733',
  '#88CCEE',
  '#AA4499',
  '#CC6677',
  '#000000',
];
export const OTHER_COLOUR = '#BFC5CD';

/** Viridis stops: perceptually even and readable in greyscale. */
const VIRIDIS = [
  '#440154',
  '#482878',
  '#3E4989',
  '#31688E',
  '#26828E',
  '#1F9E89',
  '#35B779',
  '#6DCD59',
  '#B4DE2C',
  '#FDE725',
];

/** A colour on the sequential scale for t in 0..1. */
export function sequential(t: number): string {
  const x = Math.min(1, Math.max(0, t)) * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(x));
  return mix(VIRIDIS[i]!, VIRIDIS[i + 1]!, x - i);
}

function mix(a: string, b: string, t: number): string {
  const pa = parseInt(a.slice(1), 16);
  const pb = parseInt(b.slice(1), 16);
  const channel = (shift: number) =>
    Math.round(((pa >> shift) & 255) * (1 - t) + ((pb >> shift) & 255) * t);
  return `#${((channel(16) << 16) | (channel(8) << 8) | channel(0)).toString(16).padStart(6, '0')}`;
}

/** Fades a colour towards the background, for nodes outside a hover or focus. */
export function faded(colour: string): string {
  return mix(colour, '#F4F6F8', 0.8);
}
