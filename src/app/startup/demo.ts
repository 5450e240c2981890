import edgesUrl from '../../../data/demo/samarbeten.csv?url';
import nodesUrl from '../../../data/demo/aktorer.csv?url';
import type { FilePayload } from '../../worker/protocol.ts';

/** The demo files as bytes, so they go through the same importer as a user's files. */
export async function fetchDemo(): Promise<{ edges: FilePayload; nodes: FilePayload }> {
  const [edges, nodes] = await Promise.all([
    fetchFile(edgesUrl, 'samarbeten.csv'),
    fetchFile(nodesUrl, 'aktorer.csv'),
  ]);
  return { edges, nodes };
}

async function fetchFile(url: string, name: string): Promise<FilePayload> {
  const response = await fetch(url);
  return { name, bytes: await response.arrayBuffer() };
}
