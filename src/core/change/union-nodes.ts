import type { BroGraph } from '../model/types.ts';

/**
 * Adds to `graph`, as isolates with their attributes, the nodes of `other` it lacks: both
 * periods then label the same municipalities (one with no tie in a period is ensam there) and
 * form the same comparison groups.
 */
export function addMissingNodes(graph: BroGraph, other: BroGraph): void {
  other.forEachNode((id, attributes) => {
    if (!graph.hasNode(id))
      graph.addNode(id, { ...attributes, attributes: { ...attributes.attributes } });
  });
}
