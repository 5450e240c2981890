import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../../src/core/analysis/index.ts';
import { NO_METRICS } from './build-graph.ts';
import { constructedNetwork } from './constructed.ts';
import { ruleText } from '../../../src/i18n/rule-words.ts';
import { positionSentence } from '../../../src/i18n/position-sentence.ts';

const sv = (x: number) => new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 }).format(x);
const en = (x: number) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(x);

describe('reason sentences', () => {
  const analysis = analyzeNetwork(constructedNetwork(), NO_METRICS, { stabilityRuns: 0 });
  const of = (node: string) => analysis.positions.find((p) => p.node === node)!;

  it('say why a network actor is one, in Swedish and English', () => {
    const p = of('Mnet');
    const h = p.measures.harmonic;
    const median = p.group.harmonicMedian;
    expect(positionSentence(p, 'sv')).toBe(
      `Mnet är nätverksaktör: band till 3 regionala aktörer (krav ≥ 2) och harmonisk närhet ` +
        `(${sv(h)}) minst medianen för alla kommuner (${sv(median)}).`,
    );
    expect(positionSentence(p, 'en')).toBe(
      `Mnet is a network actor: ties to 3 regional actors (required ≥ 2) and harmonic closeness ` +
        `(${en(h)}) at least the median of all municipalities (${en(median)}).`,
    );
  });

  it('use a decimal comma in Swedish and a point in English', () => {
    const p = of('Mhub');
    expect(positionSentence(p, 'sv')).toContain(
      'begränsning (0,5) under övre kvartilen för alla kommuner',
    );
    expect(positionSentence(p, 'en')).toContain(
      'constraint (0.5) below the upper quartile of all municipalities',
    );
  });

  it('explain both failed clauses for mellanläge', () => {
    expect(positionSentence(of('Mmid'), 'sv')).toBe(
      'Mmid är i mellanläge: inte nätverksaktör – band till bara 1 regional aktör (krav ≥ 2); ' +
        'inte ensam – minst 2 nodoberoende vägar till de regionala aktörerna.',
    );
    expect(positionSentence(of('Mmid'), 'en')).toBe(
      'Mmid is intermediate: not a network actor – ties to only 1 regional actor (required ≥ 2); ' +
        'not alone – at least 2 node-independent paths to the regional actors.',
    );
  });

  it('name a missing tie plainly', () => {
    expect(positionSentence(of('Miso'), 'sv')).toBe(
      'Miso är ensam samhällsbyggare: kommunen har inga band alls i datan.',
    );
    expect(positionSentence(of('Miso'), 'en')).toBe(
      'Miso is a lone community builder: the municipality has no ties at all in the data.',
    );
  });

  it('the rule descriptor substitutes every parameter', () => {
    const d = analyzeNetwork(constructedNetwork(), NO_METRICS, {
      stabilityRuns: 50,
      dropShare: 0.2,
      uncertainBelow: 0.75,
      stabilityError: 0.01,
      seed: 9,
    }).descriptor;
    expect(ruleText(d, 'sv')).toContain(
      '50 störda nätverk (vart och ett utan 20 % av banden, slumpade med frö 9)',
    );
    expect(ruleText(d, 'sv')).toContain('under 0,75');
    expect(ruleText(d, 'en')).toContain(
      '50 perturbed networks (each without 20 % of the ties, drawn with seed 9)',
    );
    expect(ruleText(d, 'en')).toContain('below 0.75');
    expect(ruleText(d, 'sv')).toContain('(felrisk 1 %) ligger helt på ena sidan om 0,75');
    expect(ruleText(d, 'en')).toContain('(error 1 %) lies wholly on one side of 0.75');
  });
});
