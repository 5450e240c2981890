import Graph from 'graphology';
import '../core/model/plain-adjacency.ts';
import { writeEdgesCsv, writeFindingsCsv, writeNodesCsv } from '../core/export/csv.ts';
import { writeGexf } from '../core/export/gexf.ts';
import { writeGraphml } from '../core/export/graphml.ts';
import type { ExportInput } from '../core/export/types.ts';
import { writeXlsx } from '../core/export/xlsx.ts';
import type { BroGraph } from '../core/model/types.ts';
import { exportWords } from '../i18n/export.ts';
import { createProject } from '../core/project/create-project.ts';
import { writeProject } from '../core/project/write-project.ts';
import type { ExportRequest } from './export-protocol.ts';

/** The bytes of one export file. */
export async function writeExport(request: ExportRequest): Promise<Uint8Array> {
  const graph: BroGraph = new Graph(request.graph.options);
  graph.import(request.graph);
  const input: ExportInput = {
    graph,
    metrics: request.metrics,
    analysis: request.analysis,
    report: request.report,
    layout: request.layout,
    colors: request.colors,
    sizes: request.sizes,
  };
  const text = (s: string) => new TextEncoder().encode(s);
  switch (request.format) {
    case 'nodes-csv':
      return text(writeNodesCsv(input, 'utf8'));
    case 'nodes-csv-excel':
      return text(writeNodesCsv(input, 'excel-sv'));
    case 'edges-csv':
      return text(writeEdgesCsv(input, 'utf8'));
    case 'findings-csv':
      return text(
        writeFindingsCsv(request.analysis?.findings ?? [], exportWords(request.lang), 'utf8'),
      );
    case 'xlsx':
      return writeXlsx(input, exportWords(request.lang));
    case 'gexf':
      return text(writeGexf(input));
    case 'graphml':
      return text(writeGraphml(input));
    case 'project':
      return text(writeProject(createProject(graph, request.project ?? {})));
  }
}
