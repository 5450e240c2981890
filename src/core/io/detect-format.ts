import type { TableFormat } from './types.ts';

/** Bytes of the head to pass to `detectFormat`: enough to find an XML root element. */
export const FORMAT_HEAD_BYTES = 8192;

/** What a refused binary file looks like, so the message can say what to do with it. */
export type BinaryKind = 'xls' | 'pdf' | 'image' | 'archive' | 'xml' | 'html' | 'other';

/**
 * The format of a file from its first bytes. Content decides (magic numbers, XML root
 * element, NUL bytes); the file name only breaks a tie, e.g. an XML file whose root element
 * lies beyond the head.
 */
export function detectFormat(head: Uint8Array, name: string): TableFormat | 'binary' {
  if (startsWith(head, ZIP)) return 'xlsx';
  if (magicKind(head) !== undefined) return 'binary';
  const text = headText(head);
  if (!text.trimStart().startsWith('<')) return 'csv';
  if (/<gexf[\s>]/.test(text)) return 'gexf';
  if (/<graphml[\s>]/.test(text)) return 'graphml';
  const extension = name.toLowerCase().split('.').pop();
  if (extension === 'gexf' || extension === 'graphml') return extension;
  return XML.test(text) || HTML.test(text) ? 'binary' : 'csv';
}

/** Why `detectFormat` classed a head as binary; undefined when it did not. */
export function binaryKind(head: Uint8Array, name: string): BinaryKind | undefined {
  if (detectFormat(head, name) !== 'binary') return undefined;
  return magicKind(head) ?? (HTML.test(headText(head)) ? 'html' : 'xml');
}

function magicKind(head: Uint8Array): BinaryKind | undefined {
  if (startsWith(head, OLE2)) return 'xls';
  if (startsWith(head, PDF)) return 'pdf';
  if (IMAGES.some((magic) => startsWith(head, magic))) return 'image';
  if (ARCHIVES.some((magic) => startsWith(head, magic))) return 'archive';
  if (startsWith(head, UTF16LE_BOM) || startsWith(head, UTF16BE_BOM)) return undefined;
  return head.subarray(0, FORMAT_HEAD_BYTES).includes(0) ? 'other' : undefined;
}

const XML = /^\s*<\?xml/;
// Business systems often export "Excel" files that are really HTML tables.
const HTML = /^\s*<(?:!doctype html|html|table)[\s>]/i;
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];
const IMAGES = [
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x52, 0x49, 0x46, 0x46], // RIFF (WebP)
  [0x49, 0x49, 0x2a, 0x00], // TIFF little-endian
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF big-endian
];
const ARCHIVES = [
  [0x1f, 0x8b], // gzip
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], // 7z
  [0x52, 0x61, 0x72, 0x21], // Rar!
  [0x50, 0x4b, 0x05, 0x06], // empty zip
];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.byteLength < magic.length) return false;
  return magic.every((byte, i) => bytes[i] === byte);
}

/** The head as text, good enough to look for markup whatever the encoding. */
function headText(head: Uint8Array): string {
  const bytes = head.subarray(0, FORMAT_HEAD_BYTES);
  if (startsWith(bytes, UTF16LE_BOM)) return new TextDecoder('utf-16le').decode(bytes);
  if (startsWith(bytes, UTF16BE_BOM)) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}
