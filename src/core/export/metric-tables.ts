import type { OutputTable } from '../io/result-tables.ts';
import { DESCRIPTORS } from '../metrics/index.ts';
import type { MetricTable } from '../metrics/types.ts';
import type { Lang } from '../text.ts';
import { graphValues } from './columns.ts';

/** Graph-level values, one row each, with the metric's name in `lang`. */
export function graphTable(metrics: MetricTable | null | undefined, lang: Lang): OutputTable {
  return {
    headers: ['metric', 'name', 'value'],
    rows: graphValues(metrics).map(([id, , value]) => [id, nameOf(id, lang), value]),
  };
}

/** The definition of every computed metric, so a workbook says what each column means. */
export function definitionsTable(metrics: MetricTable | null | undefined, lang: Lang): OutputTable {
  const computed = new Set(metrics?.computed ?? []);
  return {
    headers: ['metric', 'scope', 'type', 'weighting', 'name', 'definition'],
    rows: DESCRIPTORS.filter((d) => computed.has(d.id)).map((d) => [
      d.id,
      d.scope,
      d.type,
      d.weighting,
      d.names[lang],
      d.definition[lang],
    ]),
  };
}

function nameOf(id: string, lang: Lang): string {
  return DESCRIPTORS.find((d) => d.id === id)?.names[lang] ?? id;
}
