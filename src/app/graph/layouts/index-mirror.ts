import Graph from 'graphology';
import '../../../core/model/plain-adjacency.ts';
import type { DisplayGraph } from '../display-graph.ts';

/**
 * The display graph with its nodes named by index ("0", "1", …) for graphology's layout
 * workers (ForceAtlas2, no-overlap): they index nodes in plain objects, where an id such as
 * "__proto__" is not a key (its ties then point nowhere). The layout runs on the mirror; each
 * time it places the mirror's nodes, their positions go onto the display graph's, matched by
 * index.
 */
export interface IndexMirror {
  graph: Graph;
  /** Takes the display graph's positions, as they are now (a layout starts from them). */
  copyIn(): void;
}

export function indexMirror(display: DisplayGraph): IndexMirror {
  const ids = display.nodes();
  const index = new Map<string, number>();
  const mirror = new Graph({ type: display.type, multi: display.multi, allowSelfLoops: true });
  ids.forEach((id, i) => {
    index.set(id, i);
    const { x, y } = display.getNodeAttributes(id);
    mirror.addNode(String(i), { x, y });
  });
  display.forEachEdge((_key, attr, source, target) => {
    mirror.addEdge(String(index.get(source)), String(index.get(target)), {
      strength: attr.strength,
    });
  });
  let copyingIn = false;
  const copyBack = () => {
    if (copyingIn) return;
    display.updateEachNodeAttributes(
      (id, attr) => {
        const i = index.get(id);
        if (i === undefined) return attr;
        const placed = mirror.getNodeAttributes(String(i)) as { x: number; y: number };
        attr.x = placed.x;
        attr.y = placed.y;
        return attr;
      },
      { attributes: ['x', 'y'] },
    );
  };
  mirror.on('eachNodeAttributesUpdated', copyBack);
  return {
    graph: mirror,
    copyIn() {
      copyingIn = true;
      mirror.updateEachNodeAttributes(
        (key, attr) => {
          const { x, y } = display.getNodeAttributes(ids[Number(key)]!);
          attr.x = x;
          attr.y = y;
          return attr;
        },
        { attributes: ['x', 'y'] },
      );
      copyingIn = false;
    },
  };
}
