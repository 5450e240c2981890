/// <reference lib="webworker" />
import {
  graphJsonText,
  jsonRecord,
  type ExportMessage,
  type ExportRequest,
  type ExportResponse,
} from './export-protocol.ts';
import type { Point } from '../core/export/types.ts';
import { writeExport } from './write-export.ts';

/** Writes export files off the main thread (XLSX and large graphs take a while). */
self.addEventListener('message', (event: MessageEvent<ExportMessage>) => {
  const { id, blob, positionsParts } = event.data;
  const request: ExportRequest =
    event.data.graph === null
      ? {
          ...event.data,
          graph: JSON.parse(graphJsonText(event.data.graphParts)) as ExportRequest['graph'],
        }
      : event.data;
  if (positionsParts && request.project)
    request.project = {
      ...request.project,
      positions: jsonRecord<Point>(positionsParts),
    };
  writeExport(request).then(
    (bytes) => {
      if (blob !== undefined) {
        const made = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: blob });
        self.postMessage({ id, ok: true, blob: made } satisfies ExportResponse);
        return;
      }
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
