import type { Finding } from '../analysis/types.ts';
import type { OutputTable } from '../io/result-tables.ts';
import type { Lang } from '../../i18n/lang.ts';

/** The findings in their ranked order; nodes and edges joined with "|", the sentence in `lang`. */
export function findingsTable(findings: readonly Finding[], lang: Lang): OutputTable {
  return {
    headers: ['rank', 'code', 'severity', 'score', 'nodes', 'edges', 'text'],
    rows: findings.map((f, i) => [
      i + 1,
      f.code,
      f.severity,
      f.score,
      f.nodes.join('|'),
      f.edges.join('|'),
      f.text[lang],
    ]),
  };
}
