import type { Analysis, Finding } from '../analysis/types.ts';
import type { MetricTable } from '../metrics/types.ts';
import type { BroGraph, ImportReport } from '../model/types.ts';
import type { Lang } from '../text.ts';

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
  /** Layout coordinates by node id (a Map: any text can be an id, "__proto__" too). */
  layout?: ReadonlyMap<string, Point> | null;
  /** Node colours by node id, as CSS hex (#rgb or #rrggbb). */
  colors?: ReadonlyMap<string, string> | null;
  /** Node sizes by node id, as drawn. */
  sizes?: ReadonlyMap<string, number> | null;
}

/** Import-report lines in an exported workbook, by the report field they show. */
export type ReportItem =
  | 'rowsRead'
  | 'rowsUsed'
  | 'rowsMerged'
  | 'rowsSkipped'
  | 'nodes'
  | 'edges'
  | 'selfLoops'
  | 'municipalities'
  | 'regionalActors';

/** The words an export writes, in one language; src/i18n makes them, so core only lays out. */
export interface ExportWords {
  /** Which of the descriptors' names and definitions to write. */
  lang: Lang;
  finding: (finding: Finding) => string;
  reportItems: Record<ReportItem, string>;
  /** Headings of the blocks of the workbook's report sheet. */
  reportHeadings: { summary: string; files: string; warnings: string; nearMisses: string };
}
