import type { EdgeAccumulator } from './edge-accumulator.ts';
import type { NodeRegistry, RegistryFiles } from './node-registry.ts';
import { foldKey } from './place-key.ts';
import type { SwedenIndex } from './sweden.ts';
import type { ImportReport, NodeAttributes } from './types.ts';
import type { WarningLog } from './warning-log.ts';

/** Kinds that may be a misspelt municipality: anything the user did not call an actor. */
const PLACE_KINDS = new Set(['municipality', 'unknown']);

/**
 * What the report says about nodes: endpoints missing from the node table, nodes without any
 * tie, ids that differ only by case or accents, recognition counts and near misses.
 */
export function reportNodes(
  registry: NodeRegistry,
  nodes: readonly NodeAttributes[],
  edges: EdgeAccumulator,
  sweden: SwedenIndex,
  warnings: WarningLog,
  files: RegistryFiles,
): Pick<ImportReport, 'recognised' | 'nearMisses'> {
  const tied = new Uint8Array(registry.size);
  for (let e = 0; e < edges.size; e++) {
    tied[edges.source[e]!] = 1;
    tied[edges.target[e]!] = 1;
  }
  const fileOf = (i: number) => (registry.fromTable(i) ? files.nodes! : files.edges);
  const recognised = { municipalities: 0, regionalActors: 0 };
  const nearMisses: ImportReport['nearMisses'] = [];
  // Ids that are their own key ("17", "aktor") are distinct keys already and are not kept
  // here: a group's key that is such an id adds it to the group below. A node's index alone
  // until a second node folds to the same key: no array per node.
  const byFolded = new Map<string, number | number[]>();

  registry.ids.forEach((id, i) => {
    const node = nodes[i]!;
    const row = registry.rows[i]!;
    const fromTable = registry.fromTable(i);
    if (files.nodes !== undefined && !fromTable) {
      warnings.add({
        code: 'node_not_in_table',
        severity: 'warning',
        file: files.edges,
        row,
        value: id,
      });
    }
    if (!tied[i]) {
      warnings.add({
        code: fromTable ? 'node_isolated' : 'node_without_ties',
        severity: 'info',
        file: fileOf(i),
        row,
        value: id,
      });
    }
    if (node.recognised === 'municipality') recognised.municipalities++;
    else if (node.recognised === 'regional_actor') recognised.regionalActors++;
    else if (fromTable && PLACE_KINDS.has(node.kind) && !registry.recognition[i]) {
      const suggestion =
        sweden.nearMiss(id) ?? (node.label !== id ? sweden.nearMiss(node.label) : undefined);
      if (suggestion) {
        nearMisses.push({
          value: id,
          suggestion: suggestion.name,
          rows: [row],
          file: files.nodes!,
        });
      }
    }
    const key = foldKey(id);
    if (key === id) return;
    const group = byFolded.get(key);
    if (group === undefined) byFolded.set(key, i);
    else if (typeof group === 'number') byFolded.set(key, [group, i]);
    else group.push(i);
  });

  for (const [i, miss] of registry.nearMisses) {
    nearMisses.push({
      value: registry.ids[i]!,
      suggestion: miss.suggestion,
      rows: miss.rows,
      file: files.edges,
    });
  }
  // Groups in the order of their first node, as when every id was kept.
  const groups: { key: string; nodes: number[] }[] = [];
  for (const [key, group] of byFolded) {
    const nodes = typeof group === 'number' ? [group] : group;
    const own = registry.indexOf(key);
    if (own !== undefined) {
      nodes.push(own);
      nodes.sort((a, b) => a - b);
    }
    if (nodes.length > 1) groups.push({ key, nodes });
  }
  groups.sort((a, b) => a.nodes[0]! - b.nodes[0]!);
  for (const { key, nodes: group } of groups) {
    const first = group[0]!;
    for (const other of group.slice(1)) {
      warnings.add({
        code: 'possible_duplicate',
        severity: 'warning',
        file: fileOf(other),
        row: registry.rows[other]!,
        value: registry.ids[other]!,
        params: { other: registry.ids[first]! },
        group: key,
      });
    }
  }
  return { recognised, nearMisses };
}
