import { SWEDEN_DATA } from '../model/sweden-data.ts';
import type { BroGraph } from '../model/types.ts';
import type { FlowChange } from './types.ts';

interface Flow {
  label: string;
  kind?: string;
  flow: number;
  reached: Set<string>;
}

/** Per regional actor and per county: tie strength to municipalities and municipalities reached. */
function flows(graph: BroGraph): { actors: Map<string, Flow>; counties: Map<string, Flow> } {
  const actors = new Map<string, Flow>();
  const counties = new Map<string, Flow>();
  const countyNames = new Map(SWEDEN_DATA.counties.map((c) => [c.code, c.name]));
  const add = (into: Map<string, Flow>, id: string, label: string, kind: string | undefined) => {
    let flow = into.get(id);
    if (!flow) {
      flow = { label, ...(kind !== undefined ? { kind } : {}), flow: 0, reached: new Set() };
      into.set(id, flow);
    }
    return flow;
  };
  graph.forEachEdge((_, attr, s, t, sa, ta) => {
    const sMuni = sa.kind === 'municipality';
    const tMuni = ta.kind === 'municipality';
    if (sMuni === tMuni) return;
    const [muni, actor, actorAttr, muniAttr] = sMuni ? [s, t, ta, sa] : [t, s, sa, ta];
    const a = add(actors, actor, actorAttr.label || actor, actorAttr.kind);
    a.flow += attr.strength;
    a.reached.add(muni);
    if (muniAttr.county) {
      const county = muniAttr.county;
      const c = add(counties, county, countyNames.get(county) ?? county, undefined);
      c.flow += attr.strength;
      c.reached.add(muni);
    }
  });
  return { actors, counties };
}

/** Flows of both periods side by side, for every actor or county with a flow in either. */
export function flowChanges(
  before: BroGraph,
  after: BroGraph,
): { actors: FlowChange[]; counties: FlowChange[] } {
  const a = flows(before);
  const b = flows(after);
  return { actors: pair(a.actors, b.actors), counties: pair(a.counties, b.counties) };
}

function pair(before: Map<string, Flow>, after: Map<string, Flow>): FlowChange[] {
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort();
  return ids.map((id) => {
    const x = before.get(id);
    const y = after.get(id);
    const kind = (x ?? y)!.kind;
    return {
      id,
      label: (x ?? y)!.label,
      ...(kind !== undefined ? { kind } : {}),
      flowFrom: x?.flow ?? 0,
      flowTo: y?.flow ?? 0,
      reachedFrom: x?.reached.size ?? 0,
      reachedTo: y?.reached.size ?? 0,
    };
  });
}
