import { describe, expect, it } from 'vitest';
import { createStore } from '../../../src/app/state/store.ts';
import { applyView } from '../../../src/app/views/apply-view.ts';
import { captureView } from '../../../src/app/views/capture-view.ts';

describe('a saved view with a municipality map', () => {
  it('is captured while the map is open, and opening the view opens that map', () => {
    const store = createStore('sv');
    expect(captureView(store, null).map).toBeNull();
    store.municipalityMap.value = { node: 'constructor', mode: 'geographic' };
    const view = captureView(store, null);
    expect(view.map).toEqual({ node: 'constructor', mode: 'geographic' });

    const other = createStore('sv');
    applyView(other, null, view);
    expect(other.municipalityMap.value).toEqual({ node: 'constructor', mode: 'geographic' });
    expect(other.view.value).toBe('graph');
  });

  it('closes the map when a view without one is shown', () => {
    const store = createStore('en');
    const plain = captureView(store, null);
    store.municipalityMap.value = { node: '2284', mode: 'sectors' };
    applyView(store, null, plain);
    expect(store.municipalityMap.value).toBeNull();
  });
});
