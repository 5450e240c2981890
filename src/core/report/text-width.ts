/**
 * A text's width in the reports' drawings, estimated: the SVG is written without a browser to
 * measure it. DejaVu Sans (the drawings' first font) averages under 0.62 em a character, wide
 * letters included, so the estimate is never narrower than the drawn text.
 */
export function estimatedTextWidth(text: string, size: number): number {
  return text.length * size * 0.62;
}
