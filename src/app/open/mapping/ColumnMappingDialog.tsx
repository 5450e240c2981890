import { useEffect, useRef, useState } from 'preact/hooks';
import type { EdgeRole, NodeRole } from '../../../core/io/types.ts';
import { COLUMNS_TEXT, type ColumnsText } from '../../../i18n/columns.ts';
import type { TableColumns } from '../../../core/run/columns.ts';
import { useApp } from '../../context.ts';
import type { ColumnsQuestion } from '../../state/store.ts';
import { assignRole, choiceFromRoles, rolesFromChoice, type RoleChoice } from './role-choice.ts';
import './mapping.css';

const EDGE_ROLES: readonly EdgeRole[] = ['source', 'target', 'strength', 'kind', 'year', 'date'];
const NODE_ROLES: readonly NodeRole[] = ['id', 'label', 'kind', 'county', 'lat', 'lon'];

/** Asks which column plays which role, when a load stopped to ask or the user wants to change them. */
export function ColumnMappingDialog() {
  const { store } = useApp();
  const question = store.columnsQuestion.value;
  return question ? <MappingForm question={question} /> : null;
}

function MappingForm({ question }: { question: ColumnsQuestion }) {
  const { store, actions, lang } = useApp();
  const c = COLUMNS_TEXT[lang];
  const dialog = useRef<HTMLDialogElement>(null);
  const { edges, nodes } = question.columns;
  const [edgeChoice, setEdgeChoice] = useState(() =>
    choiceFromRoles(edges.headers, edges.roles, EDGE_ROLES),
  );
  const [nodeChoice, setNodeChoice] = useState(() =>
    nodes ? choiceFromRoles(nodes.headers, nodes.roles, NODE_ROLES) : [],
  );

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const hasEnds = edgeChoice.includes('source') && edgeChoice.includes('target');
  const hasId = !nodes || nodeChoice.includes('id') || nodeChoice.includes('label');
  const close = () => (store.columnsQuestion.value = null);
  const submit = (event: Event) => {
    event.preventDefault();
    if (!hasEnds || !hasId) return;
    actions.remap(question, {
      edgeRoles: rolesFromChoice(edges.headers, edgeChoice),
      ...(nodes ? { nodeRoles: rolesFromChoice(nodes.headers, nodeChoice) } : {}),
    });
  };

  return (
    <dialog
      ref={dialog}
      class="column-mapping"
      aria-labelledby="column-mapping-title"
      data-testid="column-mapping"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <form method="dialog" onSubmit={submit}>
        <h2 id="column-mapping-title">{c.title}</h2>
        <p class="muted">{c.hint(question.files === 'pending' ? 'unsure' : 'change')}</p>
        <ColumnTable
          heading={c.edgeTable(edges.file)}
          table={edges}
          roles={EDGE_ROLES}
          names={c.edgeRoles}
          choice={edgeChoice}
          onChoose={(column, role) => setEdgeChoice(assignRole(edgeChoice, column, role))}
          c={c}
          testId="edge"
        />
        {nodes && (
          <ColumnTable
            heading={c.nodeTable(nodes.file)}
            table={nodes}
            roles={NODE_ROLES}
            names={c.nodeRoles}
            choice={nodeChoice}
            onChoose={(column, role) => setNodeChoice(assignRole(nodeChoice, column, role))}
            c={c}
            testId="node"
          />
        )}
        <p class="mapping-problem" role="status">
          {!hasEnds ? c.needEnds : !hasId ? c.needId : ''}
        </p>
        <div class="row end">
          <button type="button" class="ghost" onClick={close} data-testid="mapping-cancel">
            {c.cancel}
          </button>
          <button
            type="submit"
            class="primary"
            disabled={!hasEnds || !hasId}
            data-testid="mapping-submit"
          >
            {c.load}
          </button>
        </div>
      </form>
    </dialog>
  );
}

function ColumnTable<R extends string>(props: {
  heading: string;
  table: TableColumns<R>;
  roles: readonly R[];
  names: Record<R, string>;
  choice: RoleChoice<R>;
  onChoose(column: number, role: R | ''): void;
  c: ColumnsText;
  testId: string;
}) {
  const { heading, table, roles, names, choice, onChoose, c, testId } = props;
  return (
    <section class="mapping-table" aria-label={heading}>
      <h3>{heading}</h3>
      <div class="mapping-scroll">
        <table data-testid={`${testId}-columns`}>
          <thead>
            <tr>
              {table.headers.map((header, column) => (
                <th key={column} scope="col">
                  <span class="mapping-header">{header}</span>
                  <select
                    aria-label={c.roleFor(header)}
                    value={choice[column]}
                    data-testid={`${testId}-role-${column}`}
                    onChange={(event) => onChoose(column, event.currentTarget.value as R | '')}
                  >
                    <option value="">{c.attribute}</option>
                    {roles.map((role) => (
                      <option key={role} value={role}>
                        {names[role]}
                      </option>
                    ))}
                  </select>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r}>
                {table.headers.map((_header, column) => (
                  <td key={column}>{row[column] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="small muted">{c.rowsShown(table.rows.length)}</p>
    </section>
  );
}
