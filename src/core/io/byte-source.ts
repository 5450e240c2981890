import type { ByteSource } from './types.ts';

/** Chunk size for in-memory sources: large enough for speed, small enough for progress. */
const CHUNK_BYTES = 1 << 20;

/** A source over bytes already in memory, served in 1 MiB chunks. */
export function fromBytes(name: string, bytes: Uint8Array, chunkBytes = CHUNK_BYTES): ByteSource {
  return {
    name,
    size: bytes.byteLength,
    async *chunks() {
      for (let at = 0; at < bytes.byteLength; at += chunkBytes) {
        yield bytes.subarray(at, Math.min(at + chunkBytes, bytes.byteLength));
      }
    },
  };
}

/** A source over a string, encoded as UTF-8 (no BOM). */
export function fromText(name: string, text: string, chunkBytes = CHUNK_BYTES): ByteSource {
  return fromBytes(name, new TextEncoder().encode(text), chunkBytes);
}

/** The first `limit` bytes of a source (fewer when the source is shorter). */
export async function readHead(source: ByteSource, limit: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of source.chunks()) {
    parts.push(chunk);
    length += chunk.byteLength;
    if (length >= limit) break;
  }
  return concat(parts, Math.min(length, limit));
}

/** The whole source in one buffer, for formats that cannot be parsed in pieces (XLSX, XML). */
export async function readAll(source: ByteSource): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of source.chunks()) {
    parts.push(chunk);
    length += chunk.byteLength;
  }
  return concat(parts, length);
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1 && parts[0]!.byteLength === length) return parts[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    if (at >= length) break;
    const take = part.subarray(0, length - at);
    out.set(take, at);
    at += take.byteLength;
  }
  return out;
}
