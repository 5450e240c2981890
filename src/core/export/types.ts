import type { Analysis } from '../analysis/types.ts';
import type { MetricTable } from '../metrics/types.ts';
import type { BroGraph, ImportReport } from '../model/types.ts';
import type { Lang } from '../../i18n/lang.ts';

/** A node's place in the drawn layout, in the view's own coordinates. */
export interface Point {
  x: number;
  y: number;
}

/** Everything an export may carry. Only the graph is required; the rest is written when given. */
export interface ExportInput {
  graph: BroGraph;
  metrics?: MetricTable | null;
  /** Network positions (labels) per municipality, and the findings. */
  analysis?: Analysis | null;
  report?: ImportReport | null;
  /** Layout coordinates by node id. */
  layout?: Readonly<Record<string, Point>> | null;
  /** Node colours by node id, as CSS hex (#rgb or #rrggbb). */
  colors?: Readonly<Record<string, string>> | null;
  /** Node sizes by node id, as drawn. */
  sizes?: Readonly<Record<string, number>> | null;
  /** Language of sentences and descriptions (findings, metric names). Default: Swedish. */
  lang?: Lang;
}
