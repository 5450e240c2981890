import { describe, expect, it } from 'vitest';
import { DESCRIPTORS, type ComputeOptions } from '../../../src/core/metrics/index.ts';
import { isMetricId, METRIC_IDS } from '../../../src/core/metrics/metric-id.ts';
import type { MetricTable } from '../../../src/core/metrics/types.ts';

describe('metric ids', () => {
  it('are exactly the descriptors’ ids, in descriptor order', () => {
    expect([...METRIC_IDS]).toEqual(DESCRIPTORS.map((d) => d.id));
  });

  it('accept every id and refuse a misspelt one', () => {
    for (const id of METRIC_IDS) expect(isMetricId(id)).toBe(true);
    for (const typo of ['betweness', 'constriant_weighted', 'Degree', '', 'toString'])
      expect(isMetricId(typo)).toBe(false);
  });

  it('make a misspelt id a type error', () => {
    const table = { node: {} } as Pick<MetricTable, 'node'>;
    // @ts-expect-error a misspelt metric id does not compile
    expect(table.node['constriant_weighted']).toBeUndefined();
    // @ts-expect-error a misspelt metric id does not compile
    const only: ComputeOptions['only'] = ['betweness'];
    expect(only).toHaveLength(1);
  });
});
