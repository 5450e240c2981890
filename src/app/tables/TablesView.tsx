import { useMemo, useState } from 'preact/hooks';
import { scopeFindings } from '../../core/scope/in-scope.ts';
import { SCOPE_TEXT } from '../../i18n/scope.ts';
import { useApp } from '../context.ts';
import { countyName } from '../labels.ts';
import { membersOf } from '../scope/scope-members.ts';
import { edgeColumns, findingColumns, nodeColumns } from './columns.ts';
import { VirtualTable } from './VirtualTable.tsx';

type TableId = 'nodes' | 'edges' | 'findings';
const TABLES: TableId[] = ['nodes', 'edges', 'findings'];

/**
 * Nodes, edges and findings that pass the filters and lie in the county scope (its partners
 * outside marked in their own column); a row click shows it in the graph.
 */
export function TablesView() {
  const { store, t, a, lang } = useApp();
  const [table, setTable] = useState<TableId>('nodes');
  const project = store.project.value;
  const visibility = store.visibility.value;
  const members = project && membersOf(project, store.scope.value);

  const nodeRows = useMemo(() => rowsOf(visibility?.nodes), [visibility]);
  const edgeRows = useMemo(() => rowsOf(visibility?.edges), [visibility]);
  const findings = useMemo(() => {
    const all = project?.data.analysis?.findings ?? [];
    return members ? scopeFindings(all, members) : all;
  }, [project, members]);
  const columns = useMemo(() => {
    if (!project) return [];
    const words = { t, a, lang };
    if (table === 'nodes') return nodeColumns(project, nodeRows, words, members);
    if (table === 'edges') return edgeColumns(project, edgeRows, words, members);
    return findingColumns(findings, words);
  }, [project, table, nodeRows, edgeRows, lang, members, findings]);
  if (!project) return null;

  const count =
    table === 'nodes' ? nodeRows.length : table === 'edges' ? edgeRows.length : findings.length;
  const showInGraph = (row: number) => {
    store.view.value = 'graph';
    if (table === 'nodes') {
      const id = project.data.metrics.nodeIds[nodeRows[row]!]!;
      store.focus.value = null;
      store.selected.value = id;
      store.flyTo.value = { nodes: [id], nonce: Date.now() };
    } else if (table === 'edges') {
      const key = project.data.metrics.edgeKeys[edgeRows[row]!]!;
      const nodes = [project.graph.source(key), project.graph.target(key)];
      store.selected.value = null;
      store.focus.value = { nodes, edges: [key], nonce: Date.now() };
    } else {
      const f = findings[row]!;
      store.selected.value = null;
      store.focus.value = { nodes: f.nodes, edges: f.edges, nonce: Date.now() };
    }
  };

  return (
    <div class="tables-view">
      <div class="subtabs" role="tablist">
        {TABLES.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={table === id}
            onClick={() => setTable(id)}
            data-testid={`table-tab-${id}`}
          >
            {t.tables[id]}
          </button>
        ))}
      </div>
      {members && (
        <p class="muted small scope-note" data-testid="tables-scope-note">
          {SCOPE_TEXT[lang].tablesNote(countyName(store.scope.value!, t))}
        </p>
      )}
      <VirtualTable
        key={table}
        name={t.tables[table]}
        columns={columns}
        count={count}
        onRowClick={showInGraph}
      />
    </div>
  );
}

function rowsOf(visible: Uint8Array | undefined): number[] {
  const rows: number[] = [];
  visible?.forEach((v, i) => {
    if (v) rows.push(i);
  });
  return rows;
}
