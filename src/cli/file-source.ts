import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ByteSource } from '../core/io/types.ts';

/** A file on disk as a ByteSource, read in 1 MiB chunks so large files never sit in memory whole. */
export function fileSource(path: string): ByteSource {
  const size = statSync(path).size;
  return {
    name: basename(path),
    size,
    async *chunks() {
      for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
        yield chunk as Uint8Array;
      }
    },
  };
}
