import edgesUrl from '../../../data/demo/samarbeten.csv?url';
import nodesUrl from '../../../data/demo/aktorer.csv?url';
import type { FilePayload, ProjectData } from '../../worker/protocol.ts';
import { projectFromJson } from '../../worker/project-json.ts';

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

/** The demo as the build computed it from the same files: shown before the worker has run. */
export async function computedDemo(): Promise<ProjectData> {
  const { default: json } = await import('virtual:demo-project');
  return projectFromJson(json);
}
