/** C0 and C1 control characters, NUL included: never part of an id or a label. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]+/g;

/**
 * An id or label without control characters, or undefined when it has none (the common case,
 * one pass over the characters, cheaper than a regular expression on short ids). A run of them becomes one space, since it most often stood
 * for a line break or tab, and the result is trimmed.
 */
export function withoutControls(text: string): string | undefined {
  if (!hasControl(text)) return undefined;
  return text.replace(CONTROLS, ' ').trim();
}

function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}
