import type { FilePayload } from '../../worker/protocol.ts';

export async function readFile(file: File): Promise<FilePayload> {
  return { name: file.name, bytes: await file.arrayBuffer() };
}
