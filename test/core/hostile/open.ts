import { readHead } from '../../../src/core/io/byte-source.ts';
import { detectEdgeRoles, detectNodeRoles } from '../../../src/core/io/column-roles.ts';
import { detectFormat, FORMAT_HEAD_BYTES } from '../../../src/core/io/detect-format.ts';
import { openTable } from '../../../src/core/io/open-table.ts';
import { openGraphFile } from '../../../src/core/io/read-graph-file.ts';
import { openWorkbook } from '../../../src/core/io/read-xlsx.ts';
import type { ByteSource, RawTable } from '../../../src/core/io/types.ts';
import { buildGraph } from '../../../src/core/model/build-graph.ts';
import type { BuildOptions } from '../../../src/core/model/types.ts';

/** A file from bytes to graph and import report, as a user's file goes (any format). */
export async function importFile(source: ByteSource, options: BuildOptions = {}) {
  const format = detectFormat(await readHead(source, FORMAT_HEAD_BYTES), source.name);
  const opened: { edges: RawTable; nodes?: RawTable; directed?: boolean } =
    format === 'xlsx'
      ? await openWorkbook(source)
      : format === 'gexf' || format === 'graphml'
        ? await openGraphFile(source, format)
        : { edges: await openTable(source) };
  const edgeMapping = detectEdgeRoles(opened.edges.info, opened.edges.sample);
  const nodes = opened.nodes;
  return buildGraph(
    {
      edges: { table: opened.edges, mapping: edgeMapping },
      ...(nodes
        ? { nodes: { table: nodes, mapping: detectNodeRoles(nodes.info, nodes.sample) } }
        : {}),
    },
    { directed: opened.directed === true, ...options },
  );
}
