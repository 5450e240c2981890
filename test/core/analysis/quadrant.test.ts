import { describe, expect, it } from 'vitest';
import { analyzeNetwork, placeInQuadrants } from '../../../src/core/analysis/index.ts';
import { NO_METRICS } from './build-graph.ts';
import { constructedNetwork } from './constructed.ts';
import { ANALYSIS_TEXT } from '../../../src/i18n/analysis.ts';

describe('målbild quadrant', () => {
  const graph = constructedNetwork();
  // Mnet (nätverksaktör) and Mthread (ensam) get high scores, Miso and Mpend (ensam) low ones,
  // Mmid (mellanläge) a high one; X has a category only.
  const scores: Record<string, number> = { Mnet: 8, Mthread: 9, Miso: 2, Mpend: 3, Mmid: 7, Y: 5 };
  for (const [node, score] of Object.entries(scores))
    graph.updateNodeAttribute(node, 'attributes', (a) => ({ ...a!, malbild: score }));
  graph.updateNodeAttribute('X', 'attributes', (a) => ({ ...a!, forankring: 'hög' }));
  graph.updateNodeAttribute('Mnet', 'attributes', (a) => ({ ...a!, forankring: 'låg' }));
  const analysis = analyzeNetwork(graph, NO_METRICS, { stabilityRuns: 0 });

  it('places networked and alone municipalities by a numeric attribute, median by default', () => {
    const result = placeInQuadrants(graph, analysis, { attribute: 'malbild', type: 'numeric' });
    expect(result.threshold).toBe(6);
    const at = (node: string) => result.placements.find((p) => p.node === node)!;
    expect(at('Mnet').quadrant).toBe('networked_coherent');
    expect(at('Mthread').quadrant).toBe('alone_coherent');
    expect(at('Miso').quadrant).toBe('alone_not_coherent');
    expect(at('Mpend').quadrant).toBe('alone_not_coherent');
    expect(at('Mmid')).toMatchObject({ goal: 'coherent', position: 'mellanlage', quadrant: null });
    expect(at('Z')).toMatchObject({ goal: 'unknown', quadrant: null });
    expect(result.counts).toEqual({
      networked_coherent: 1,
      alone_coherent: 1,
      alone_not_coherent: 2,
      networked_not_coherent: 0,
    });
  });

  it('takes a user threshold and ordered categories', () => {
    const numeric = placeInQuadrants(graph, analysis, {
      attribute: 'malbild',
      type: 'numeric',
      threshold: 8.5,
    });
    expect(numeric.placements.find((p) => p.node === 'Mnet')!.quadrant).toBe(
      'networked_not_coherent',
    );
    const categories = placeInQuadrants(graph, analysis, {
      attribute: 'forankring',
      type: 'categories',
      order: ['låg', 'medel', 'hög'],
      coherentFrom: 'medel',
    });
    expect(categories.placements.find((p) => p.node === 'Mnet')!.quadrant).toBe(
      'networked_not_coherent',
    );
    expect(categories.placements.find((p) => p.node === 'X')!.goal).toBe('coherent');
  });

  it('says that one axis is the user’s attribute', () => {
    const result = placeInQuadrants(graph, analysis, { attribute: 'malbild', type: 'numeric' });
    expect(ANALYSIS_TEXT.sv.quadrantNote(result.axis.attribute)).toContain(
      'ett attribut som du har valt (malbild)',
    );
    expect(ANALYSIS_TEXT.en.quadrantNote(result.axis.attribute)).toContain(
      'an attribute you chose (malbild)',
    );
  });
});
