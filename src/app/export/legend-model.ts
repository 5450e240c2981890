import type { Appearance } from '../appearance/appearance.ts';
import { formatCount, formatValue } from '../format.ts';
import { entryLabel } from '../graph/Legend.tsx';
import { metricName } from '../metrics.ts';
import type { Project } from '../state/project.ts';
import type { ColourBy } from '../state/store.ts';
import type { AnalysisStrings } from '../../i18n/analysis.ts';
import type { AppText } from '../../i18n/app.ts';
import type { Lang } from '../../i18n/lang.ts';

/** The legend as words and colours, for drawing it into an image. */
export interface LegendModel {
  title: string;
  rows: { colour: string; ring: boolean; label: string; count: string }[];
  /** For a metric: the ends of the colour ramp. */
  scale: { min: string; max: string } | null;
}

/** The same legend the graph view shows, in the UI language. */
export function legendModel(
  project: Project,
  appearance: Appearance,
  colourBy: ColourBy,
  text: { t: AppText; a: AnalysisStrings; lang: Lang },
): LegendModel {
  const { legend } = appearance;
  const { t, a, lang } = text;
  const title =
    colourBy.by === 'metric'
      ? metricName(project, colourBy.metric, lang)
      : t.colourOptions[colourBy.by];
  if (legend.kind === 'scale')
    return {
      title,
      rows: [],
      scale: { min: formatValue(legend.min, lang), max: formatValue(legend.max, lang) },
    };
  return {
    title,
    rows: legend.entries.map((entry) => ({
      colour: entry.colour,
      ring: entry.ring,
      label: entryLabel(entry, colourBy, t, a),
      count: formatCount(entry.count, lang),
    })),
    scale: null,
  };
}
