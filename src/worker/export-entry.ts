/// <reference lib="webworker" />
import type { ExportRequest, ExportResponse } from './export-protocol.ts';
import { writeExport } from './write-export.ts';

/** Writes export files off the main thread (XLSX and large graphs take a while). */
self.addEventListener('message', (event: MessageEvent<ExportRequest>) => {
  const { id } = event.data;
  writeExport(event.data).then(
    (bytes) => {
      const buffer = bytes.buffer as ArrayBuffer;
      const out =
        bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength
          ? buffer
          : buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      self.postMessage({ id, ok: true, bytes: out } satisfies ExportResponse, [out]);
    },
    (error: unknown) =>
      self.postMessage({
        id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      } satisfies ExportResponse),
  );
});
