import { InputError } from '../errors.ts';
import { readHead } from './byte-source.ts';
import { binaryKind, detectFormat, FORMAT_HEAD_BYTES } from './detect-format.ts';
import { MAX_BYTES } from './limits.ts';
import { openDelimited } from './read-delimited.ts';
import type { ByteSource, RawTable } from './types.ts';

export { MAX_BYTES } from './limits.ts';

/**
 * Opens a CSV/TSV/TXT table. Refuses, before reading it, a file over MAX_BYTES
 * ('file_too_large'), an empty file ('empty_file') and a binary one ('binary_file', with
 * params.kind saying what it looks like: xls, pdf, image, archive, xml, other), and an XLSX,
 * GEXF or GraphML file ('not_delimited': those have their own readers).
 */
export async function openTable(source: ByteSource): Promise<RawTable> {
  const file = source.name;
  assertSize(source, MAX_BYTES);
  if (source.size === 0) throw new InputError('empty_file', { file });
  const head = await readHead(source, FORMAT_HEAD_BYTES);
  const format = detectFormat(head, file);
  if (format === 'binary') {
    throw new InputError('binary_file', { file }, { kind: binaryKind(head, file) ?? 'other' });
  }
  if (format !== 'csv') throw new InputError('not_delimited', { file }, { format });
  return openDelimited(source);
}

/** Refuses a source larger than `limit` bytes with 'file_too_large'. */
export function assertSize(source: ByteSource, limit: number): void {
  if (source.size > limit) {
    throw new InputError('file_too_large', { file: source.name }, { size: source.size, limit });
  }
}
