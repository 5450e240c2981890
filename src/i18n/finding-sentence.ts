import type { Finding } from '../core/analysis/types.ts';
import { SWEDEN_DATA } from '../core/model/sweden-data.ts';
import { ANALYSIS_TEXT } from './analysis.ts';
import type { Lang } from './lang.ts';

/** A county's name from its 2-digit code, as the reference data spells it ("Västernorrlands län"). */
export function countyName(code: string, lang: Lang): string {
  const county = SWEDEN_DATA.counties.find((c) => c.code === code);
  return county?.name ?? ANALYSIS_TEXT[lang].countyByCode(code);
}

/** A weak-link finding as one sentence in `lang`. */
export function findingSentence(finding: Finding, lang: Lang): string {
  const words = ANALYSIS_TEXT[lang].findings;
  switch (finding.code) {
    case 'isolated_municipality':
      return words.isolated_municipality(finding.params);
    case 'no_regional_tie':
      return words.no_regional_tie(finding.params);
    case 'single_regional_tie':
      return words.single_regional_tie(finding.params);
    case 'bridge':
      return words.bridge(finding.params);
    case 'local_bridge':
      return words.local_bridge(finding.params);
    case 'cut_vertex_separates':
      return words.cut_vertex_separates(finding.params);
    case 'weak_critical_tie':
      return words.weak_critical_tie(finding.params);
    case 'county_poorly_tied':
      return words.county_poorly_tied({
        ...finding.params,
        county: countyName(finding.params.county, lang),
      });
    case 'bridges_more':
      return words.bridges_more(finding.params);
    case 'local_bridges_more':
      return words.local_bridges_more(finding.params);
  }
}
