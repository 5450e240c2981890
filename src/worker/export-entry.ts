/// <reference lib="webworker" />
import type { ExportMessage, ExportRequest, ExportResponse } from './export-protocol.ts';
import { writeExport } from './write-export.ts';

/** Writes export files off the main thread (XLSX and large graphs take a while). */
self.addEventListener('message', (event: MessageEvent<ExportMessage>) => {
  const { id } = event.data;
  const request: ExportRequest =
    event.data.graph === null
      ? { ...event.data, graph: JSON.parse(event.data.graphText) as ExportRequest['graph'] }
      : event.data;
  writeExport(request).then(
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
