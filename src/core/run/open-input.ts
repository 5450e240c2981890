import { InputError } from '../errors.ts';
import { fromBytes, readAll, readHead } from '../io/byte-source.ts';
import { detectFormat, FORMAT_HEAD_BYTES } from '../io/detect-format.ts';
import { assertSize, openTable } from '../io/open-table.ts';
import { ownExportTables } from '../io/own-columns.ts';
import { openGraphFile } from '../io/read-graph-file.ts';
import { openWorkbook } from '../io/read-xlsx.ts';
import type { ByteSource, RawTable } from '../io/types.ts';
import { MAX_PROJECT_BYTES } from '../io/limits.ts';
import { readProjectBytes } from '../project/read-project.ts';
import { PROJECT_EXTENSION, type Project } from '../project/types.ts';

/** The files a run reads, as byte sources: where the bytes come from is the host's business. */
export interface RunFiles {
  edges: ByteSource;
  nodes?: ByteSource;
}

/**
 * The input after its bytes were read once: the tables (CSV one, XLSX an edges sheet and maybe
 * a nodes sheet, GEXF/GraphML both, with fixed roles) or a project file. Tables can be read
 * row by row again without touching the bytes' source, so a run can stop to ask for column
 * roles and resume from here.
 */
export type OpenedInput =
  | {
      kind: 'tables';
      files: string[];
      edges: RawTable;
      nodes?: RawTable;
      /** GEXF and GraphML name their own columns' roles: nothing to ask. */
      fixedRoles: boolean;
      /** The file says it is directed (GEXF/GraphML). */
      directed: boolean;
    }
  | { kind: 'project'; file: string; project: Project };

export async function openInput(files: RunFiles): Promise<OpenedInput> {
  const edgeFile = await openFile(files.edges);
  if (edgeFile.kind === 'project') {
    if (files.nodes) throw new InputError('project_with_nodes', { file: files.nodes.name });
    return edgeFile;
  }
  const nodeFile = files.nodes ? await openFile(files.nodes) : undefined;
  if (nodeFile?.kind === 'project')
    throw new InputError('project_with_nodes', { file: nodeFile.file });
  return {
    kind: 'tables',
    files: [files.edges.name, ...(files.nodes ? [files.nodes.name] : [])],
    edges: edgeFile.edges,
    ...(nodeFile
      ? { nodes: nodeFile.nodes ?? nodeFile.edges }
      : edgeFile.nodes
        ? { nodes: edgeFile.nodes }
        : {}),
    fixedRoles: edgeFile.fixedRoles && (nodeFile?.fixedRoles ?? true),
    directed: edgeFile.directed,
  };
}

type OpenedFile =
  | { kind: 'tables'; edges: RawTable; nodes?: RawTable; fixedRoles: boolean; directed: boolean }
  | { kind: 'project'; file: string; project: Project };

async function openFile(file: ByteSource): Promise<OpenedFile> {
  const head = await readHead(file, FORMAT_HEAD_BYTES);
  // A file no larger than its head has been read whole already: read on from memory.
  const source = head.byteLength === file.size ? fromBytes(file.name, head) : file;
  if (isProjectFile(source.name, head)) {
    assertSize(source, MAX_PROJECT_BYTES);
    const project = readProjectBytes(await readAll(source), source.name);
    return { kind: 'project', file: source.name, project };
  }
  if (looksLikeJson(source.name, head))
    throw new InputError('json_not_project', { file: source.name });
  const format = detectFormat(head, source.name);
  if (format === 'xlsx') {
    const { own, ...tables } = await openWorkbook(source);
    const read = own ? ownExportTables(tables) : tables;
    return { kind: 'tables', ...read, fixedRoles: false, directed: false };
  }
  if (format === 'gexf' || format === 'graphml') {
    const { own, directed, ...tables } = await openGraphFile(source, format);
    const read = own ? ownExportTables(tables) : tables;
    return { kind: 'tables', ...read, fixedRoles: true, directed };
  }
  // Delimited text, or a binary file that openTable refuses with a message saying what it is.
  return { kind: 'tables', edges: await openTable(source), fixedRoles: false, directed: false };
}

/** A project file is recognised by its name, or by being a JSON object that says it is one. */
export function isProjectFile(name: string, head: Uint8Array): boolean {
  const lower = name.toLowerCase();
  if (lower.endsWith(PROJECT_EXTENSION)) return true;
  if (!lower.endsWith('.json')) return false;
  const text = new TextDecoder().decode(head.subarray(0, 200));
  return /^\uFEFF?\s*\{\s*"format"\s*:\s*"brobyggare-project"/.test(text);
}

/** Other JSON (such as `analyze --out x.json`) is not a table: say so rather than misread it. */
function looksLikeJson(name: string, head: Uint8Array): boolean {
  const text = new TextDecoder()
    .decode(head.subarray(0, 64))
    .replace(/^\uFEFF/, '')
    .trimStart();
  return name.toLowerCase().endsWith('.json') || text.startsWith('{');
}
