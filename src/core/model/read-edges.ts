import { MAX_STRENGTH, MIN_STRENGTH } from '../io/limits.ts';
import { parseNumber, parseYear } from '../io/parse-number.ts';
import { digitsAt, isKeptAt, yearAt } from '../io/plain-cell.ts';
import type { ColumnMapping, EdgeRole, PlainRow, RawTable, RowOptions } from '../io/types.ts';
import { rowAttributeValue } from './attribute-value.ts';
import { withoutControls } from './control-characters.ts';
import type { EdgeAccumulator } from './edge-accumulator.ts';
import { plainNumberAt, type NodeRegistry } from './node-registry.ts';
import { withIssues } from './read-nodes.ts';
import type { ModelWarningCode } from './types.ts';
import type { WarningLog } from './warning-log.ts';

export interface EdgeRowCounts {
  rowsRead: number;
  /** Rows that made or merged into an edge. */
  rowsUsed: number;
  /** Of the rows used, those that merged into an edge an earlier row made. */
  rowsMerged: number;
  rowsSkipped: number;
  selfLoops: number;
}

/** The user's other edge columns, from each edge's first row: values[column][edge]. */
export interface EdgeAttributeColumns {
  names: string[];
  values: (string | number | undefined)[][];
}

/**
 * Reads an edge table into the accumulator, applying the strength policies (see
 * the README's import policies): an empty strength is 1; a strength that is not a number, zero,
 * negative or outside MIN_STRENGTH…MAX_STRENGTH skips the row; a merged sum over MAX_STRENGTH
 * stays at MAX_STRENGTH; a row without source or target is skipped; a self-loop is skipped
 * but its node kept. Every skip and default is reported with its row.
 */
export async function readEdges(
  table: RawTable,
  mapping: ColumnMapping<EdgeRole>,
  registry: NodeRegistry,
  edges: EdgeAccumulator,
  warnings: WarningLog,
  options: RowOptions,
): Promise<{ counts: EdgeRowCounts; attributes: EdgeAttributeColumns }> {
  const { file, headers } = table.info;
  const { source, target } = mapping.roles;
  if (source === undefined || target === undefined) {
    throw new Error('edge mapping without source and target');
  }
  const strengthColumn = mapping.roles.strength ?? -1;
  const kindColumn = mapping.roles.kind ?? -1;
  const yearColumn = mapping.roles.year ?? -1;
  const dateColumn = mapping.roles.date ?? -1;
  const extra = mapping.attributes;
  const attributes: EdgeAttributeColumns = {
    names: extra.map((a) => a.name),
    values: extra.map(() => []),
  };
  const counts: EdgeRowCounts = {
    rowsRead: 0,
    rowsUsed: 0,
    rowsMerged: 0,
    rowsSkipped: 0,
    selfLoops: 0,
  };
  const skip = (code: ModelWarningCode, row: number, column?: number, value?: string) => {
    counts.rowsSkipped++;
    warnings.add({
      code,
      severity: 'warning',
      file,
      ...(column !== undefined ? { column: headers[column] } : {}),
      row,
      ...(value !== undefined ? { value } : {}),
    });
  };

  const plain = plainRows(source, target);
  const rowOptions = withIssues(options, warnings, file);
  const { onIssue } = rowOptions;
  await table.forEachRow(
    (values, row) => {
      plain.flush();
      counts.rowsRead++;
      const s = idOf(values, source, row);
      const t = idOf(values, target, row);
      if (s === '' || t === '') {
        skip('endpoint_missing', row, s === '' ? source : target);
        return;
      }
      const a = registry.endpoint(s, row);
      const b = registry.endpoint(t, row);

      let strength = 1;
      let defaulted = false;
      if (strengthColumn >= 0) {
        const text = values[strengthColumn]!;
        if (text === '') defaulted = true;
        else {
          const parsed = parseNumber(text);
          if (parsed === undefined) return skip('strength_invalid', row, strengthColumn, text);
          if (parsed === 0) return skip('strength_zero', row, strengthColumn, text);
          if (parsed < 0) return skip('strength_negative', row, strengthColumn, text);
          if (parsed < MIN_STRENGTH || parsed > MAX_STRENGTH) {
            return skip('strength_out_of_range', row, strengthColumn, text);
          }
          strength = parsed;
        }
      }
      if (a === b) {
        counts.selfLoops++;
        return skip('self_loop', row, undefined, s);
      }
      if (defaulted) {
        warnings.add({
          code: 'strength_empty_default',
          severity: 'info',
          file,
          column: headers[strengthColumn],
          row,
        });
      }

      const kind = edges.kindId(kindColumn >= 0 ? values[kindColumn]! : '');
      const year = edges.yearId(yearOf(values, row));
      if (!add(a, b, strength, kind, year, row)) return;
      for (let c = 0; c < extra.length; c++) {
        const { column, name, type } = extra[c]!;
        const where = { warnings, file, column: name, row };
        attributes.values[c]!.push(rowAttributeValue(values[column]!, type, where));
      }
    },
    // No row array is kept: the reader may refill one for every row.
    {
      ...rowOptions,
      // Rows taken and not yet added are added before anything else is noted.
      onIssue: (issue) => {
        plain.flush();
        onIssue!(issue);
      },
      reuse: true,
      ...(table.readsPlainRows ? { plainRow: plain.row } : {}),
    },
  );
  plain.flush();
  return { counts, attributes };

  /** A row's edge added or merged, reported when capped; true when it made a new edge. */
  function add(a: number, b: number, strength: number, kind: number, year: number, row: number) {
    counts.rowsUsed++;
    const added = edges.add(a, b, strength, kind, year);
    if (added === 'capped') {
      warnings.add({
        code: 'strength_capped',
        severity: 'warning',
        file,
        column: headers[strengthColumn],
        row,
        params: { limit: MAX_STRENGTH },
      });
    }
    if (added === 'new') return true;
    counts.rowsMerged++;
    return false;
  }

  /**
   * The rows the general path above would read without a note or a skip, read from the line's
   * text without a string per cell (RowOptions.plainRow): every cell used is one the general
   * path keeps as it is (no surrounding space, control character or leading apostrophe), the
   * strength a number in range, the year four plain digits or empty. Numbered ids are looked
   * up by their digits. Any other row is declined before anything is done, and read above.
   */
  function plainRows(source: number, target: number): { row: PlainRow; flush: () => void } {
    const yearIds = new Int32Array(3000).fill(-1);
    const extraColumns = extra.map((a) => a.column);
    // Rows are added in batches when there is no kind or other column to read: a row's node
    // and pair lookups read random places of large tables, most often each a cache miss;
    // reading the batch's places first, in a loop of independent reads, has the processor
    // wait for them together rather than one after the other.
    const batch = kindColumn < 0 && extra.length === 0 ? BATCH : 0;
    const texts: string[] = new Array<string>(batch).fill('');
    const ends = new Int32Array(4 * batch);
    const numbers = new Int32Array(2 * batch);
    const strengths = new Float64Array(batch);
    const years = new Int32Array(batch);
    const rows = new Float64Array(batch);
    const known = new Int32Array(2 * batch);
    let pending = 0;
    let touched = 0;

    const flush = (): void => {
      const n = pending;
      if (n === 0) return;
      pending = 0;
      let sum = touched;
      for (let k = 0; k < 2 * n; k++) {
        known[k] = registry.knownNumber(numbers[k]!);
        sum += known[k]!;
      }
      for (let k = 0; k < n; k++) {
        const a = known[2 * k]!;
        const b = known[2 * k + 1]!;
        if (a >= 0 && b >= 0) sum += edges.touch(a, b);
      }
      touched = sum & 1;
      for (let k = 0; k < n; k++) {
        const at = 4 * k;
        const text = texts[k]!;
        const row = rows[k]!;
        const s = numbers[2 * k]!;
        const t = numbers[2 * k + 1]!;
        addPlain(text, ends[at]!, ends[at + 1]!, s, ends[at + 2]!, ends[at + 3]!, t, row);
        addPlainEdge(strengths[k]!, years[k]!, row, text, undefined);
        texts[k] = '';
      }
    };

    let a = 0;
    let b = 0;
    /** Looks up (or makes) the row's ends as a and b; counts and reports a self-loop. */
    const addPlain = (
      text: string,
      s0: number,
      s1: number,
      s: number,
      t0: number,
      t1: number,
      t: number,
      row: number,
    ): void => {
      counts.rowsRead++;
      a = registry.endpointAt(text, s0, s1, s, row);
      b = registry.endpointAt(text, t0, t1, t, row);
      if (a === b) {
        counts.selfLoops++;
        skip('self_loop', row, undefined, text.slice(s0, s1));
      }
    };
    /** The edge of a row whose ends addPlain found (nothing for a self-loop). */
    const addPlainEdge = (
      strength: number,
      year: number,
      row: number,
      text: string,
      bounds: Int32Array | undefined,
    ): void => {
      if (a === b) return;
      const kind = edges.kindId(kindColumn >= 0 ? cellAt(text, bounds!, kindColumn) : '');
      let yearId = yearIds[year]!;
      if (yearId < 0) yearIds[year] = yearId = edges.yearId(year === 0 ? '' : String(year));
      if (!add(a, b, strength, kind, yearId, row)) return;
      for (let c = 0; c < extra.length; c++) {
        const { column, name, type } = extra[c]!;
        const where = { warnings, file, column: name, row };
        attributes.values[c]!.push(rowAttributeValue(cellAt(text, bounds!, column), type, where));
      }
    };

    const row: PlainRow = (text, bounds, _count, row) => {
      const s0 = bounds[source]!;
      const s1 = bounds[source + 1]! - 1;
      const t0 = bounds[target]!;
      const t1 = bounds[target + 1]! - 1;
      // Numbered ids ("17", not "017") are digits only, and kept as they are.
      const s = plainNumberAt(text, s0, s1);
      const t = plainNumberAt(text, t0, t1);
      if ((s < 0 && !isKeptAt(text, s0, s1)) || (t < 0 && !isKeptAt(text, t0, t1))) return false;
      let strength = 1;
      if (strengthColumn >= 0) {
        const from = bounds[strengthColumn]!;
        const to = bounds[strengthColumn + 1]! - 1;
        strength = digitsAt(text, from, to);
        if (strength < 0) {
          if (!isKeptAt(text, from, to)) return false;
          strength = parseNumber(text.slice(from, to)) ?? -1;
        }
        if (!(strength >= MIN_STRENGTH && strength <= MAX_STRENGTH)) return false;
      }
      let year =
        yearColumn >= 0 ? yearAt(text, bounds[yearColumn]!, bounds[yearColumn + 1]! - 1) : 0;
      if (year === 0 && dateColumn >= 0) {
        year = yearAt(text, bounds[dateColumn]!, bounds[dateColumn + 1]! - 1);
      }
      if (year < 0) return false;
      if (kindColumn >= 0 && !isEmptyOrKept(text, bounds, kindColumn)) return false;
      for (let c = 0; c < extraColumns.length; c++) {
        if (!isEmptyOrKept(text, bounds, extraColumns[c]!)) return false;
      }
      if (batch === 0) {
        addPlain(text, s0, s1, s, t0, t1, t, row);
        addPlainEdge(strength, year, row, text, bounds);
        return true;
      }
      const k = pending++;
      texts[k] = text;
      ends[4 * k] = s0;
      ends[4 * k + 1] = s1;
      ends[4 * k + 2] = t0;
      ends[4 * k + 3] = t1;
      numbers[2 * k] = s;
      numbers[2 * k + 1] = t;
      strengths[k] = strength;
      years[k] = year;
      rows[k] = row;
      if (pending === batch) flush();
      return true;
    };
    return { row, flush };
  }

  /** The id in a cell, without control characters (removed with a note). */
  function idOf(values: string[], column: number, row: number): string {
    const text = values[column]!;
    const clean = withoutControls(text);
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
  }

  function yearOf(values: string[], row: number): string {
    let column = yearColumn;
    let text = column >= 0 ? values[column]! : '';
    if (text === '' && dateColumn >= 0) {
      column = dateColumn;
      text = values[column]!;
    }
    if (text === '') return '';
    const year = isPlainYear(text) ? text : parseYear(text);
    if (year !== undefined) return year;
    warnings.add({
      code: 'year_invalid',
      severity: 'info',
      file,
      column: headers[column],
      row,
      value: text,
    });
    return '';
  }
}

/** Plain rows added at once (see plainRows). */
const BATCH = 32;

/** A cell of a row offered to RowOptions.plainRow. */
function cellAt(text: string, bounds: Int32Array, column: number): string {
  return text.slice(bounds[column]!, bounds[column + 1]! - 1);
}

function isEmptyOrKept(text: string, bounds: Int32Array, column: number): boolean {
  const from = bounds[column]!;
  const to = bounds[column + 1]! - 1;
  return from === to || isKeptAt(text, from, to);
}

/** "2017" as most year columns hold it, recognised without a regular expression per row. */
function isPlainYear(text: string): boolean {
  if (text.length !== 4) return false;
  const first = text.charCodeAt(0);
  if (first !== 49 && first !== 50) return false;
  for (let i = 1; i < 4; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}
