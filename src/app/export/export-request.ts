import type { ExportFormat, ExportRequest } from '../../worker/export-protocol.ts';
import { computeAppearance } from '../appearance/appearance.ts';
import { currentPositions, type Stage } from '../graph/stage.ts';
import { scopeExport } from '../scope/scope-export.ts';
import type { Store } from '../state/store.ts';
import { projectParts } from '../storage/project-parts.ts';
import type { Story } from '../views/story.ts';

/**
 * What the export worker needs for one format: the current network (with what-if edits) and
 * the current picture's positions, colours and sizes — or, for the project file, the network
 * as loaded with the edits kept separately so they can still be undone after reopening.
 */
export function exportRequest(
  format: ExportFormat,
  store: Store,
  stage: Stage,
  story: Story,
): Omit<ExportRequest, 'id'> | null {
  const project = store.project.peek();
  const baseline = store.baseline.peek();
  if (!project || !baseline) return null;
  const lang = store.lang.peek();
  if (format === 'project') {
    return {
      format,
      graph: baseline.data.graph,
      metrics: null,
      analysis: null,
      report: null,
      layout: null,
      colors: null,
      sizes: null,
      lang,
      project: projectParts(store, stage, story),
    };
  }
  const appearance = computeAppearance(project, store.colourBy.peek(), store.sizeBy.peek());
  // Keyed by user ids: without a prototype, an id such as "__proto__" is a key as any other.
  const colors = Object.create(null) as Record<string, string>;
  const sizes = Object.create(null) as Record<string, number>;
  project.data.metrics.nodeIds.forEach((id, i) => {
    const fill = appearance.fill[i];
    if (fill) colors[id] = fill;
    sizes[id] = appearance.size[i] ?? 0;
  });
  const scoped = scopeExport(store, project.data.graph, project.data.analysis);
  return {
    format,
    graph: scoped.graph,
    metrics: project.data.metrics,
    analysis: scoped.analysis,
    report: project.data.report,
    layout: currentPositions(stage),
    colors,
    sizes,
    lang,
  };
}
