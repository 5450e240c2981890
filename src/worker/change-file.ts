import { addMissingNodes, comparePeriods } from '../core/change/index.ts';
import type { ChangeResult, ThresholdMode } from '../core/change/types.ts';
import { InputError } from '../core/errors.ts';
import type { OpenedInput } from '../core/run/open-input.ts';
import { loadNetwork, type LoadedNetwork } from '../core/run/run.ts';
import { openFiles } from './pipeline.ts';
import type { FilePayload, LoadSettings } from './protocol.ts';

/**
 * The network on screen (before) against a second file (after), read with the same settings.
 * An after file without a nodes table borrows the nodes table on screen, so both periods know
 * the same kinds and counties.
 */
export async function changeOfFile(
  base: { opened: OpenedInput; loaded: LoadedNetwork; settings: LoadSettings },
  after: FilePayload,
  thresholds: ThresholdMode,
): Promise<ChangeResult> {
  if (base.opened.kind !== 'tables')
    throw new InputError('change_needs_rows', { file: base.opened.file });
  const opened = await openFiles({ edges: after });
  if (opened.kind !== 'tables') throw new InputError('change_needs_rows', { file: opened.file });
  const withNodes =
    opened.nodes || !base.opened.nodes ? opened : { ...opened, nodes: base.opened.nodes };
  const loaded = await loadNetwork(withNodes, { ...base.settings, askRoles: false });
  if ('question' in loaded) throw new Error('unreachable: roles are never asked here');
  // Each side holds the other's nodes too; the network on screen is not touched.
  const before = base.loaded.graph.copy();
  addMissingNodes(before, loaded.graph);
  addMissingNodes(loaded.graph, before);
  return comparePeriods(
    { ref: { kind: 'file', file: base.opened.files[0]! }, graph: before },
    { ref: { kind: 'file', file: after.name }, graph: loaded.graph },
    { thresholds, seed: base.loaded.seed },
  );
}
