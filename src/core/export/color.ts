export interface Rgb {
  r: number;
  g: number;
  b: number;
}

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** A CSS hex colour (#rgb or #rrggbb) as channels 0..255; undefined for anything else. */
export function parseHexColor(css: string | undefined): Rgb | undefined {
  const match = css === undefined ? null : HEX.exec(css.trim());
  if (!match) return undefined;
  let hex = match[1]!;
  if (hex.length === 3) hex = [...hex].map((c) => c + c).join('');
  return {
    r: parseInt(hex.slice(0, 2), 16),
    g: parseInt(hex.slice(2, 4), 16),
    b: parseInt(hex.slice(4, 6), 16),
  };
}
