import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { PROJECT_EXTENSION } from '../core/project/types.ts';
import { CLI_TEXT } from '../i18n/cli.ts';
import type { Lang } from '../i18n/lang.ts';
import { UsageError } from './args.ts';

export type OutFormat = 'csv' | 'json' | 'xlsx' | 'gexf' | 'graphml' | 'project';

/**
 * The format an output file is written in, from its name (a project file before plain JSON),
 * checked against what the command writes and against the folder it goes to — before any
 * work is done. A device such as /dev/null takes the command's first format.
 */
export function outFormat(path: string, allowed: readonly OutFormat[], lang: Lang): OutFormat {
  const t = CLI_TEXT[lang];
  const existing = stat(path);
  if (existing && !existing.isFile() && !existing.isDirectory()) return allowed[0]!;
  if (existing?.isDirectory()) throw new UsageError(t.outIsFolder(path));
  const folder = stat(dirname(path));
  if (!folder?.isDirectory()) throw new UsageError(t.outFolderMissing(path));
  const format = formatOf(path);
  if (!format || !allowed.includes(format)) throw new UsageError(t.badOut(path, allowed));
  return format;
}

function formatOf(path: string): OutFormat | undefined {
  const name = path.toLowerCase();
  if (name.endsWith(PROJECT_EXTENSION)) return 'project';
  for (const format of ['csv', 'json', 'xlsx', 'gexf', 'graphml'] as const)
    if (name.endsWith(`.${format}`)) return format;
  return undefined;
}

function stat(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
