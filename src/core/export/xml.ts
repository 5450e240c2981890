/**
 * Characters XML 1.0 cannot hold at all, not even as character references: most C0 controls,
 * U+FFFE/U+FFFF and unpaired surrogates. They are replaced so the file stays readable.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/*
 * TAB, LF and CR are written as character references because a parser turns them into spaces
 * inside attribute values (and CR into LF inside text); as references they survive exactly.
 */
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Text with the characters XML cannot hold replaced by U+FFFD; everything else untouched. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '\uFFFD');
}

/** Text made safe for both XML attribute values and element content. */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"'\t\n\r]/g, (c) => ESCAPES[c]!);
}

/** An XML start or empty tag with escaped attribute values; undefined attributes are left out. */
export function tag(
  name: string,
  attributes: Record<string, string | number | undefined>,
  empty = false,
): string {
  let out = `<${name}`;
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    out += ` ${key}="${typeof value === 'number' ? value : escapeXml(value)}"`;
  }
  return out + (empty ? '/>' : '>');
}
