/** C0 and C1 control characters, NUL included: never part of an id or a label. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex -- as above
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]+/g;

/**
 * An id or label without control characters, or undefined when it has none (the common case,
 * one regular-expression test). A run of them becomes one space, since it most often stood
 * for a line break or tab, and the result is trimmed.
 */
export function withoutControls(text: string): string | undefined {
  if (!CONTROL.test(text)) return undefined;
  return text.replace(CONTROLS, ' ').trim();
}
