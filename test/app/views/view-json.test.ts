import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../src/app/filters/filters.ts';
import { viewFromJson, viewToJson } from '../../../src/app/views/view-json.ts';
import type { JsonValue } from '../../../src/core/project/types.ts';
import type { ViewState } from '../../../src/app/views/view-state.ts';

describe('a saved view as JSON', () => {
  it('round-trips through the project file', () => {
    const view: ViewState = {
      camera: { x: 0.3, y: 0.7, ratio: 0.5, angle: 0 },
      layout: 'geographic',
      colourBy: { by: 'metric', metric: 'harmonic' },
      sizeBy: 'betweenness',
      filters: { ...NO_FILTERS, counties: new Set(['25']), years: [2016, 2018] },
      selected: '2514',
      focus: { nodes: ['2514', 'r1'], edges: ['e7'] },
      scope: '25',
      map: { node: '2514', mode: 'geographic' },
    };
    const json = JSON.parse(JSON.stringify(viewToJson(view)));
    expect(viewFromJson(json)).toEqual(view);
  });

  it('opens a hand-edited or older view with defaults for what it lacks', () => {
    const view = viewFromJson({ layout: 'spiral', colourBy: { by: 'metric' }, camera: { x: 1 } });
    expect(view.layout).toBe('forceatlas2');
    expect(view.colourBy).toEqual({ by: 'position' });
    expect(view.camera).toBeNull();
    expect(view.filters).toBe(NO_FILTERS);
    expect(view.scope).toBeNull();
    expect(view.map).toBeNull();
  });

  it('keeps the map of any node id, even ids that are names of object properties', () => {
    for (const node of ['constructor', '__proto__', 'hasOwnProperty', 'Kramfors kommun']) {
      const view = viewFromJson({ map: { node, mode: 'sectors' } });
      const json = JSON.parse(JSON.stringify(viewToJson(view)));
      expect(viewFromJson(json).map).toEqual({ node, mode: 'sectors' });
    }
    // A parsed project file may hold "__proto__" as an own key: read as data, not a prototype.
    const parsed = JSON.parse('{"map":{"node":"__proto__","mode":"geographic","__proto__":1}}');
    expect(viewFromJson(parsed).map).toEqual({ node: '__proto__', mode: 'geographic' });
  });

  it('reads a malformed map as no map, and an unknown mode as the sector map', () => {
    const malformed: JsonValue[] = [null, 'Kramfors', 7, [], {}, { node: '' }, { node: 12 }];
    for (const map of malformed) expect(viewFromJson({ map }).map).toBeNull();
    expect(viewFromJson({ map: { node: '2284', mode: 'radar' } }).map).toEqual({
      node: '2284',
      mode: 'sectors',
    });
  });
});
