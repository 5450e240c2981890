import type { ColumnMapping, NodeRole, RawTable, RowOptions } from '../io/types.ts';
import { rowAttributeValue } from './attribute-value.ts';
import { withoutControls } from './control-characters.ts';
import type { NodeRegistry } from './node-registry.ts';
import { userRecord } from './user-record.ts';
import type { WarningLog } from './warning-log.ts';

/**
 * Reads a node table into the registry. A row without an id is skipped; a repeated id keeps
 * its first row. Both are reported. Returns the number of data rows read.
 */
export async function readNodes(
  table: RawTable,
  mapping: ColumnMapping<NodeRole>,
  registry: NodeRegistry,
  warnings: WarningLog,
  options: RowOptions,
): Promise<number> {
  const { file, headers } = table.info;
  const { id: idColumn, label, kind, county, lat, lon } = mapping.roles;
  if (idColumn === undefined) throw new Error('node mapping without an id column');
  /** A cell; an id or label loses its control characters, with a note. */
  const cell = (values: string[], column: number | undefined, row = 0) => {
    if (column === undefined) return '';
    const text = values[column]!;
    const clean = column === idColumn || column === label ? withoutControls(text) : undefined;
    if (clean === undefined) return text;
    warnings.add({
      code: 'id_controls_removed',
      severity: 'warning',
      file,
      column: headers[column],
      row,
      value: clean,
    });
    return clean;
  };
  let rowsRead = 0;
  await table.forEachRow(
    (values, row) => {
      rowsRead++;
      const id = cell(values, idColumn, row);
      if (id === '') {
        warnings.add({
          code: 'node_id_missing',
          severity: 'warning',
          file,
          column: headers[idColumn],
          row,
        });
        return;
      }
      const attributes = userRecord<string | number>();
      for (const { column, name, type } of mapping.attributes) {
        const value = rowAttributeValue(values[column]!, type, {
          warnings,
          file,
          column: name,
          row,
        });
        if (value !== undefined) attributes[name] = value;
      }
      const added = registry.addTableNode(id, row, {
        label: cell(values, label, row) || id,
        kindText: cell(values, kind),
        countyText: cell(values, county),
        latText: cell(values, lat),
        lonText: cell(values, lon),
        attributes,
      });
      if (added === undefined) {
        warnings.add({
          code: 'node_duplicate',
          severity: 'warning',
          file,
          column: headers[idColumn],
          row,
          value: id,
        });
      }
    },
    withIssues(options, warnings, file),
  );
  return rowsRead;
}

/** Row options that also turn the reader's row issues (extra cells, stray quotes) into warnings. */
export function withIssues(options: RowOptions, warnings: WarningLog, file: string): RowOptions {
  return {
    ...options,
    onIssue: (issue) =>
      warnings.add({
        code: issue.code,
        severity: issue.code === 'computed_columns_left_out' ? 'info' : 'warning',
        file,
        row: issue.row,
        params: issue.params,
      }),
  };
}
