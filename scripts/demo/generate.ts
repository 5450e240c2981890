/**
 * Writes the demo data: data/demo/samarbeten.csv (collaborations) and data/demo/aktorer.csv
 * (actors), in the shape Swedish Excel saves ("CSV UTF-8"): a BOM, semicolons, decimal
 * commas, CRLF line ends. The collaborations are fictitious (see data/demo/README.md).
 * Run: npx tsx scripts/demo/generate.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../../src/core/seeded-random.ts';
import { demoNetwork, type DemoRecord, type Profile } from './demo-network.ts';

export const DEMO_SEED = 20170101;
export const DEMO_DIR = join(import.meta.dirname, '..', '..', 'data', 'demo');
export const EDGE_FILE = 'samarbeten.csv';
export const NODE_FILE = 'aktorer.csv';

/** What the generator wrote, counted from its own model, for the importer's tests to match. */
export interface DemoTally {
  actors: number;
  municipalities: number;
  ties: number;
  rows: number;
  /** Rows beyond the first of each tie: what the importer should report as merged. */
  mergedRows: number;
  strengthTotal: number;
  rowsByYear: Record<string, number>;
  /** Rows naming Gotland "Region Gotland", which the importer should take as Gotland. */
  gotlandAliasRows: number;
  /** Rows written with the pair reversed, and the one exact duplicate row. */
  reversedRows: number;
  duplicateRows: number;
  emptyStrengthRows: number;
  profiles: Record<Profile, number>;
}

export interface Demo {
  edgesCsv: string;
  nodesCsv: string;
  tally: DemoTally;
}

const EDGE_HEADERS = ['Från', 'Till', 'Samarbetsform', 'År', 'Styrka', 'Kommentar'];
const NODE_HEADERS = ['Id', 'Namn', 'Typ', 'Län', 'Målbild'];

/** The demo files' text and tally; the same seed gives the same bytes. */
export function generateDemo(seed = DEMO_SEED): Demo {
  const network = demoNetwork(seed);
  const rand = seededRandom(seed + 1);
  const rows: { record: DemoRecord; cells: string[] }[] = [];
  for (const records of network.ties.values()) {
    for (const record of records) rows.push({ record, cells: edgeCells(record) });
  }
  shuffle(rows, rand);

  // Realistic imperfections that lose nothing: each is merged or recognised by the importer.
  let reversedRows = 0;
  const seenPairs = new Set<string>();
  for (const row of rows) {
    const key = `${row.record.from}\t${row.record.to}`;
    if (seenPairs.has(key) && reversedRows < 6 && rand() < 0.2) {
      [row.cells[0], row.cells[1]] = [row.cells[1]!, row.cells[0]!];
      reversedRows++;
    }
    seenPairs.add(key);
  }
  let gotlandAliasRows = 0;
  for (const row of rows) {
    if (gotlandAliasRows === 2) break;
    const at = row.cells.indexOf('Gotland');
    if (at === 0 || at === 1) {
      row.cells[at] = 'Region Gotland';
      gotlandAliasRows++;
    }
  }
  const empty = rows.find((row) => row.record.strength === 1 && row.record.comment === '')!;
  empty.cells[4] = '';
  const duplicate = rows[Math.floor(rows.length / 3)]!;
  rows.splice(Math.floor((rows.length * 2) / 3), 0, {
    record: duplicate.record,
    cells: [...duplicate.cells],
  });

  const rowsByYear: Record<string, number> = {};
  for (const { record } of rows) rowsByYear[record.year] = (rowsByYear[record.year] ?? 0) + 1;
  const profiles = { network: 0, borderline: 0, lone_isolated: 0, lone_single: 0, lone_chain: 0 };
  for (const profile of network.profiles.values()) profiles[profile]++;
  const tally: DemoTally = {
    actors: network.actors.length,
    municipalities: network.actors.filter((a) => a.typ === 'Kommun').length,
    ties: network.ties.size,
    rows: rows.length,
    mergedRows: rows.length - network.ties.size,
    strengthTotal: rows.reduce((sum, { record }) => sum + record.strength, 0),
    rowsByYear,
    gotlandAliasRows,
    reversedRows,
    duplicateRows: 1,
    emptyStrengthRows: 1,
    profiles,
  };

  const nodeRows = network.actors.map((a) => [
    a.id,
    a.name,
    a.typ,
    a.lan,
    a.malbild === undefined ? '' : decimal(a.malbild),
  ]);
  return {
    edgesCsv: swedishCsv(
      EDGE_HEADERS,
      rows.map((row) => row.cells),
    ),
    nodesCsv: swedishCsv(NODE_HEADERS, nodeRows),
    tally,
  };
}

function edgeCells(record: DemoRecord): string[] {
  return [
    record.from,
    record.to,
    record.form,
    String(record.year),
    decimal(record.strength),
    record.comment,
  ];
}

function decimal(value: number): string {
  return String(value).replace('.', ',');
}

/** Semicolon-separated with a BOM and CRLF, quoting only the cells that need it, as Excel does. */
function swedishCsv(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => cells.map(quote).join(';');
  return `\ufeff${[line(headers), ...rows.map(line)].join('\r\n')}\r\n`;
}

function quote(cell: string): string {
  return /[;"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function shuffle<T>(items: T[], rand: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const demo = generateDemo();
  writeFileSync(join(DEMO_DIR, EDGE_FILE), demo.edgesCsv);
  writeFileSync(join(DEMO_DIR, NODE_FILE), demo.nodesCsv);
  console.log(JSON.stringify(demo.tally, null, 2));
}
