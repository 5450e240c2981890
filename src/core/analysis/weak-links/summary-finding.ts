import { ANALYSIS_TEXT, type AnalysisStrings } from '../../../i18n/analysis.ts';
import { bilingual } from '../bilingual.ts';
import type { Finding } from '../types.ts';

/** A count of findings not listed: low, and ranked below every listed finding. */
export function summaryFinding(
  code: 'bridges_more' | 'local_bridges_more',
  params: Record<string, number>,
  sentence: (findings: AnalysisStrings['findings']) => string,
): Finding {
  return {
    code,
    severity: 'low',
    score: 1,
    nodes: [],
    edges: [],
    params,
    text: bilingual((lang) => sentence(ANALYSIS_TEXT[lang].findings)),
  };
}
