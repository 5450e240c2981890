import { foldKey } from './place-key.ts';
import { swedenIndex } from './sweden.ts';
import type { BroGraph } from './types.ts';

/**
 * The node a person means by a name typed on a command line or in a search: its id; else the
 * municipality the importer would recognise in the text ("2513", "Överkalix kommun"); else the
 * one node whose label equals the text without case or accents ("overkalix"). Undefined when
 * none, or when the folded label matches more than one node.
 */
export function findNode(graph: BroGraph, text: string): string | undefined {
  if (graph.hasNode(text)) return text;
  const recognised = swedenIndex().recognise(text);
  if (recognised?.kind === 'municipality') {
    const { code } = recognised.municipality;
    const byCode = graph.findNode((_id, a) => a.code === code);
    if (byCode !== undefined) return byCode;
  }
  const wanted = foldKey(text);
  const matches = graph.filterNodes((_id, a) => foldKey(a.label) === wanted);
  return matches.length === 1 ? matches[0] : undefined;
}
