import type { Appearance } from '../appearance/appearance.ts';
import { TIE_STATUSES, TIE_STYLE, tieCounts } from '../change/change-look.ts';
import type { ChangeResult } from '../../core/change/types.ts';
import { CHANGE_TEXT } from '../../i18n/change.ts';
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

/** The change's legend as words and line styles, for drawing it into an image. */
export interface ChangeLegendModel {
  title: string;
  rows: { colour: string; width: number; dashed: boolean; label: string; count: string }[];
  /** What the nodes' colours mean, when they are the later period's positions. */
  note: string | null;
}

/** The legend the graph shows over a change: each tie style, how many ties have it. */
export function changeLegendModel(
  result: ChangeResult,
  byPosition: boolean,
  lang: Lang,
): ChangeLegendModel {
  const c = CHANGE_TEXT[lang];
  const counts = tieCounts(result);
  return {
    title: c.graph.legend(c.period(result.from), c.period(result.to)),
    rows: TIE_STATUSES.map((status) => ({
      colour: TIE_STYLE[status].colour,
      width: Math.max(1, 2.5 * TIE_STYLE[status].scale),
      dashed: status === 'removed',
      label: c.graph.styles[status],
      count: formatCount(counts.get(status)!, lang),
    })),
    note: byPosition ? c.graph.nodesAfter : null,
  };
}
