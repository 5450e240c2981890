import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../src/app/filters/filters.ts';
import { viewFromJson, viewToJson } from '../../../src/app/views/view-json.ts';
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
  });
});
