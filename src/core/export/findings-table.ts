import type { Finding } from '../analysis/types.ts';
import type { OutputTable } from '../io/result-tables.ts';
import type { ExportWords } from './types.ts';

/** The findings in their ranked order; nodes and edges joined with "|", with their sentences. */
export function findingsTable(findings: readonly Finding[], words: ExportWords): OutputTable {
  return {
    headers: ['rank', 'code', 'severity', 'score', 'nodes', 'edges', 'text'],
    rows: findings.map((f, i) => [
      i + 1,
      f.code,
      f.severity,
      f.score,
      f.nodes.join('|'),
      f.edges.join('|'),
      words.finding(f),
    ]),
  };
}
