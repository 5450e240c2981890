import { describe, expect, it } from 'vitest';
import {
  decodeUrlState,
  encodeUrlState,
  URL_STATE_VERSION,
  type UrlState,
} from '../../../src/app/share/url-state.ts';
import { NO_FILTERS } from '../../../src/app/filters/filters.ts';

const full: UrlState = {
  view: {
    camera: { x: 0.412345678, y: 0.6, ratio: 0.25, angle: 0.1 },
    layout: 'geographic',
    colourBy: { by: 'metric', metric: 'betweenness' },
    sizeBy: 'degree',
    filters: {
      kinds: new Set(['municipality']),
      counties: new Set(['25', '22']),
      positions: null,
      minStrength: 2,
      years: [2017, 2019],
      component: 0,
      minCore: 1,
    },
    selected: 'Överkalix & <Co>',
    focus: { nodes: ['a,b', 'c'], edges: ['e1'] },
    scope: '22',
    map: { node: 'Överkalix: "kommun" & <co>=1', mode: 'geographic' },
  },
  caption: 'Norrbotten: vem bygger ensam?',
  step: 2,
  project: 'samverkan.csv, aktörer.csv',
  data: {
    files: ['samverkan.csv', 'aktörer, del 2.csv'],
    nodes: 30,
    edges: 45,
    fingerprint: '0a1b2c3d',
  },
};

describe('view state in the URL', () => {
  it('round-trips every part of the view, with camera numbers to six digits', () => {
    const decoded = decodeUrlState('#' + encodeUrlState(full))!;
    expect(decoded.view.camera!.x).toBeCloseTo(0.412346, 6);
    expect({ ...decoded.view, camera: null }).toEqual({ ...full.view, camera: null });
    expect(decoded.caption).toBe(full.caption);
    expect(decoded.step).toBe(2);
    expect(decoded.project).toBe(full.project);
    expect(decoded.data).toEqual(full.data);
  });

  it('leaves defaults out, and reads them back as defaults', () => {
    const plain: UrlState = {
      view: {
        camera: null,
        layout: 'forceatlas2',
        colourBy: { by: 'position' },
        sizeBy: null,
        filters: NO_FILTERS,
        selected: null,
        focus: null,
        scope: null,
        map: null,
      },
      caption: '',
      step: null,
      project: null,
      data: null,
    };
    const hash = encodeUrlState(plain);
    expect(hash).toBe(`v=${URL_STATE_VERSION}&sz=-`);
    const decoded = decodeUrlState(hash)!;
    expect(decoded).toEqual(plain);
    // "No filters" stays the very object the filter panel compares against.
    expect(decoded.view.filters).toBe(NO_FILTERS);
  });

  it('still opens a version-1 link exactly as it was written', () => {
    // A link as version 1 wrote it. Keep this literal when the format changes: the upgrade
    // steps must bring it to the same view.
    const v1 =
      '#v=1&p=demo.csv&c=0.5507%2C0.545411%2C0.588235%2C0&l=circular&col=kind&sz=degree' +
      '&sel=1480&f=%7B%22k%22%3A%5B%22municipality%22%5D%2C%22s%22%3A2%7D&cap=Kommuner&s=1';
    expect(decodeUrlState(v1)).toEqual({
      view: {
        camera: { x: 0.5507, y: 0.545411, ratio: 0.588235, angle: 0 },
        layout: 'circular',
        colourBy: { by: 'kind' },
        sizeBy: 'degree',
        filters: { ...NO_FILTERS, kinds: new Set(['municipality']), minStrength: 2 },
        selected: '1480',
        focus: null,
        // Written before scopes existed: the whole network, as it was.
        scope: null,
        // Written before a view could show a municipality map: none.
        map: null,
      },
      caption: 'Kommuner',
      step: 1,
      project: 'demo.csv',
      // Links written before the data identity say nothing about the data.
      data: null,
    });
  });

  it('carries the municipality map by node id, whatever text the id is', () => {
    for (const node of ['constructor', '__proto__', 'toString', 'g:2514', '1480', ' a b ']) {
      for (const mode of ['sectors', 'geographic'] as const) {
        const state: UrlState = { ...full, view: { ...full.view, map: { node, mode } } };
        expect(decodeUrlState('#' + encodeUrlState(state))!.view.map).toEqual({ node, mode });
      }
    }
  });

  it('opens a link with a damaged map as a view without the map', () => {
    for (const km of ['', 's:', 'x:1480', '1480', ':1480', 'S:1480'])
      expect(decodeUrlState(`#v=1&km=${encodeURIComponent(km)}`)!.view.map).toBeNull();
    expect(decodeUrlState('#v=1&km=s%3A1480')!.view.map).toEqual({
      node: '1480',
      mode: 'sectors',
    });
  });

  it('ignores hashes without state, from a newer version, or damaged', () => {
    expect(decodeUrlState('')).toBeNull();
    expect(decodeUrlState('#section-2')).toBeNull();
    expect(decodeUrlState(`#v=${URL_STATE_VERSION + 1}&c=1,1,1,0`)).toBeNull();
    const damaged = decodeUrlState('#v=1&c=x,1&l=spiral&col=rainbow&f={oops&fo=[1]&s=-3')!;
    expect(damaged.view.camera).toBeNull();
    expect(damaged.view.layout).toBe('forceatlas2');
    expect(damaged.view.colourBy).toEqual({ by: 'position' });
    expect(damaged.view.filters).toBe(NO_FILTERS);
    expect(damaged.view.focus).toBeNull();
    expect(damaged.step).toBeNull();
  });
});
