import { useMemo, useRef, useState } from 'preact/hooks';
import { toCsv } from '../../core/io/write-csv.ts';
import { useApp } from '../context.ts';
import { sortRows, type CellValue } from './sort-rows.ts';

export interface Column {
  id: string;
  header: string;
  /** Shown on hover over the header: the metric's definition. */
  title?: string;
  numeric?: boolean;
  value(row: number): CellValue;
  format?(value: CellValue): string;
}

const ROW_HEIGHT = 30;
const OVERSCAN = 8;

/** A sortable table that renders only the rows in view, so 50 000 rows scroll smoothly. */
export function VirtualTable({
  name,
  columns,
  count,
  onRowClick,
}: {
  name: string;
  columns: Column[];
  count: number;
  onRowClick(row: number): void;
}) {
  const { t } = useApp();
  const [sort, setSort] = useState<{ column: string; direction: 'asc' | 'desc' } | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const [copied, setCopied] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);

  const order = useMemo(() => {
    const column = sort && columns.find((c) => c.id === sort.column);
    return column
      ? sortRows(count, column.value, sort.direction)
      : Array.from({ length: count }, (_, i) => i);
  }, [columns, count, sort]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(order.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const cell = (c: Column, row: number) => {
    const v = c.value(row);
    return c.format ? c.format(v) : typeof v === 'number' && Number.isNaN(v) ? '' : String(v);
  };

  const csv = (delimiter: ',' | '\t') =>
    toCsv(
      columns.map((c) => c.header),
      order.map((row) => columns.map((c) => c.value(row))),
      { delimiter, bom: delimiter === ',' },
    );

  const download = () => {
    const url = URL.createObjectURL(new Blob([csv(',')], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${name}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <div class="table-wrap">
      <div class="table-tools">
        <span class="muted small" data-testid="row-count">
          {t.rowsShown(count)}
        </span>
        <button
          type="button"
          class="ghost small"
          onClick={() => {
            void navigator.clipboard?.writeText(csv('\t')).then(() => setCopied(true));
            setTimeout(() => setCopied(false), 1500);
          }}
        >
          {copied ? t.copied : t.copyTable}
        </button>
        <button type="button" class="secondary small" onClick={download} data-testid="export-csv">
          {t.exportCsv}
        </button>
      </div>
      <div
        class="table-scroll"
        ref={(el) => {
          scroller.current = el;
          if (el && el.clientHeight && el.clientHeight !== height) setHeight(el.clientHeight);
        }}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        tabIndex={0}
        role="region"
        aria-label={name}
      >
        <table class="data-table" data-testid={`table-${name}`} aria-rowcount={count + 1}>
          <thead>
            <tr>
              {columns.map((c) => {
                const active = sort?.column === c.id;
                return (
                  <th
                    key={c.id}
                    scope="col"
                    class={c.numeric ? 'num' : ''}
                    aria-sort={
                      active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'
                    }
                    title={c.title}
                  >
                    <button
                      type="button"
                      class="sort"
                      aria-label={t.sortBy(c.header)}
                      onClick={() =>
                        setSort(
                          active && sort.direction === 'asc'
                            ? { column: c.id, direction: 'desc' }
                            : {
                                column: c.id,
                                direction: active ? 'asc' : c.numeric ? 'desc' : 'asc',
                              },
                        )
                      }
                    >
                      {c.header}
                      <span aria-hidden="true" class="sort-mark">
                        {active ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {first > 0 && <tr style={{ height: `${first * ROW_HEIGHT}px` }} aria-hidden="true" />}
            {order.slice(first, last).map((row, i) => (
              <tr
                key={row}
                aria-rowindex={first + i + 2}
                tabIndex={0}
                onClick={() => onRowClick(row)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') onRowClick(row);
                }}
              >
                {columns.map((c) => (
                  <td key={c.id} class={c.numeric ? 'num' : ''}>
                    {cell(c, row)}
                  </td>
                ))}
              </tr>
            ))}
            {last < order.length && (
              <tr
                style={{ height: `${(order.length - last) * ROW_HEIGHT}px` }}
                aria-hidden="true"
              />
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
