import { isMetricId, type MetricId } from '../../../src/core/metrics/metric-id.ts';

/** A metric id read from a NetworkX fixture; an id the project does not know fails the test. */
export function asMetricId(id: string): MetricId {
  if (!isMetricId(id)) throw new Error(`not a metric id: ${id}`);
  return id;
}
