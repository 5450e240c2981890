import { InputError } from '../errors.ts';
import { isAscii } from './clean-cell.ts';
import type { ByteSource, Encoding } from './types.ts';

/**
 * The encoding of a text file from its head: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise
 * UTF-8 when the head is valid UTF-8 (a sequence cut off at the end of the head is fine), else
 * Windows-1252, which Swedish Excel still writes. A head that is not valid UTF-8 but holds
 * UTF-8 sequences ("Ö" as C3 96) mixes the two and is refused (`mixed_encoding`): read whole
 * as Windows-1252, its UTF-8 letters would come out as "Ã–".
 */
export function detectEncoding(head: Uint8Array, file: string): Encoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8-bom';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    if (hasUtf8Sequence(head)) throw new InputError('mixed_encoding', { file });
    return 'windows-1252';
  }
}

/**
 * True when the bytes hold a multi-byte UTF-8 sequence: a lead byte followed by as many
 * continuation bytes (80–BF) as it announces. Windows-1252 text almost never does, since its
 * letters (å = E5, ö = F6) are followed by ASCII letters.
 */
export function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]!;
    if (lead < 0xc2 || lead > 0xf4) continue;
    const length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
    if (i + length > bytes.length) return false;
    let k = 1;
    while (k < length && (bytes[i + k]! & 0xc0) === 0x80) k++;
    if (k === length) return true;
  }
  return false;
}

export interface DecodedChunk {
  text: string;
  /** Bytes of the source consumed so far, for progress. */
  bytesRead: number;
  /** True when `text` is pure ASCII, so it needs no Unicode normalisation. */
  ascii: boolean;
}

/**
 * The source's text, chunk by chunk, without ever holding the whole file. A byte-order mark
 * is dropped. When a file taken for UTF-8 turns out not to be (its first non-ASCII byte lies
 * beyond the head), decoding switches to Windows-1252 and `onFallback` is called: everything
 * before was ASCII, which both encodings read alike, so this equals restarting the read. A
 * file that mixes valid UTF-8 with invalid bytes is refused (`mixed_encoding`), since no
 * single reading of it is right; so is one that turns to UTF-8 after the switch.
 */
export async function* decodeChunks(
  source: ByteSource,
  encoding: Encoding,
  onFallback?: () => void,
): AsyncGenerator<DecodedChunk> {
  let decoder = createDecoder(encoding);
  let utf8 = encoding === 'utf-8' || encoding === 'utf-8-bom';
  let sawNonAscii = false;
  // Bytes the UTF-8 decoder holds back at the end of the previous chunk (the start of a
  // multi-byte sequence); only tracked while the text so far was ASCII.
  let pending: Uint8Array = EMPTY;
  let bytesRead = 0;
  let fellBack = encoding === 'windows-1252';

  const fallBack = (chunk: Uint8Array): string => {
    if (sawNonAscii) throw new InputError('mixed_encoding', { file: source.name });
    decoder = createDecoder('windows-1252');
    utf8 = false;
    onFallback?.();
    return decoder.decode(concat(pending, chunk), { stream: true });
  };

  for await (const chunk of source.chunks()) {
    bytesRead += chunk.byteLength;
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
      if (fellBack && hasUtf8Sequence(chunk)) {
        throw new InputError('mixed_encoding', { file: source.name });
      }
    } catch (error) {
      if (error instanceof InputError) throw error;
      text = fallBack(chunk);
      fellBack = true;
    }
    const ascii = isAscii(text);
    if (utf8) {
      if (!ascii) sawNonAscii = true;
      else pending = trailingNonAscii(concat(pending, chunk));
    }
    yield { text, bytesRead, ascii };
  }
  let tail: string;
  try {
    tail = decoder.decode();
  } catch {
    tail = fallBack(EMPTY) + decoder.decode();
  }
  if (tail) yield { text: tail, bytesRead, ascii: isAscii(tail) };
}

const EMPTY = new Uint8Array(0);

function trailingNonAscii(bytes: Uint8Array): Uint8Array {
  let at = bytes.byteLength;
  while (at > 0 && bytes[at - 1]! >= 0x80) at--;
  return bytes.subarray(at);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.byteLength === 0) return b;
  const out = new Uint8Array(a.byteLength + b.byteLength);
  out.set(a);
  out.set(b, a.byteLength);
  return out;
}

function createDecoder(encoding: Encoding): TextDecoder {
  switch (encoding) {
    case 'utf-8':
    case 'utf-8-bom':
      return new TextDecoder('utf-8', { fatal: true });
    case 'utf-16le':
      return new TextDecoder('utf-16le');
    case 'utf-16be':
      return new TextDecoder('utf-16be');
    case 'windows-1252':
      return new TextDecoder('windows-1252');
  }
}
