import { countOf } from './plural.ts';
import type { Delimiter, TableFormat } from '../core/io/types.ts';
import {
  MODEL_WARNING_CODES,
  type ImportReport,
  type ImportWarning,
  type ModelWarningCode,
} from '../core/model/types.ts';
import { APP_TEXT } from './app.ts';
import { ENCODING_NAMES, formatLocation, IO_MESSAGES } from './io.ts';
import { formatNumber, type Lang } from './lang.ts';

type Params = Record<string, string | number>;
type Message = (p: Params, words: Words) => string;

interface Words {
  quote: (text: string | number | undefined) => string;
  others: (p: Params) => string;
}

const WORDS: Record<Lang, Words> = {
  sv: {
    quote: (text) => `”${text ?? ''}”`,
    others: (p) => (Number(p.values) > 1 ? ` (och ${Number(p.values) - 1} till)` : ''),
  },
  en: {
    quote: (text) => `"${text ?? ''}"`,
    others: (p) => (Number(p.values) > 1 ? ` (and ${Number(p.values) - 1} more)` : ''),
  },
};

/** A known kind's name in lower case ("lärosäte"), for sentences. */
function kindName(lang: Lang, kind: string | number | undefined): string {
  const name = new Map(Object.entries(APP_TEXT[lang].kindNames)).get(String(kind));
  return (name ?? String(kind)).toLowerCase();
}

/** One sentence per warning code made by src/core/model; io's row issues come from IO_MESSAGES. */
export const MODEL_MESSAGES: Record<Lang, Record<ModelWarningCode, Message>> = {
  sv: {
    endpoint_missing: () => 'tom cell där en aktör ska stå; raden hoppades över',
    strength_empty_default: () => 'tom styrka räknas som 1 (en rad är ett samarbete)',
    strength_invalid: (p, w) =>
      `styrkan ${w.quote(p.value)}${w.others(p)} är inget tal; raden hoppades över`,
    strength_zero: () =>
      'styrkan är 0, och ett samarbete med styrka 0 är inget band; raden hoppades över',
    strength_negative: (p, w) =>
      `negativ styrka ${w.quote(p.value)}${w.others(p)}; raden hoppades över`,
    strength_out_of_range: (p, w) =>
      `styrkan ${w.quote(p.value)}${w.others(p)} ligger utanför 1e-15–1e15; raden hoppades över`,
    strength_capped: (p) => `den sammanlagda styrkan blev större än ${p.limit} och stannar där`,
    self_loop: (p, w) =>
      `${w.quote(p.value)}${w.others(p)} samarbetar med sig själv; raden hoppades över men aktören finns kvar`,
    year_invalid: (p, w) => `inget årtal i ${w.quote(p.value)}${w.others(p)}; raden räknas utan år`,
    attribute_not_number: (p, w) =>
      `${w.quote(p.value)}${w.others(p)} är inget tal i en sifferkolumn; värdet behålls som text`,
    node_id_missing: () => 'raden saknar id och hoppades över',
    id_controls_removed: (p, w) =>
      `styrtecken (som NUL eller radbrytning) togs bort ur id eller namn, som blev ${w.quote(p.value)}${w.others(p)}`,
    node_duplicate: (p, w) =>
      `id ${w.quote(p.value)}${w.others(p)} finns redan på en tidigare rad; den första raden gäller och den här hoppades över`,
    node_isolated: (p, w) =>
      `${w.quote(p.value)}${w.others(p)} har inga samarbeten och finns med som isolerad nod`,
    node_without_ties: (p, w) =>
      `${w.quote(p.value)}${w.others(p)} finns bara på rader som hoppades över och står utan band`,
    node_not_in_table: (p, w) =>
      `${w.quote(p.value)}${w.others(p)} finns inte i nodtabellen; noden lades till (typ okänd om namnet inte känns igen)`,
    same_place_merged: (p, w) =>
      `${w.quote(p.value)} räknas som ${w.quote(p.target)}: samma kommun eller regionala aktör`,
    endpoint_is_label: (p, w) =>
      `${w.quote(p.value)} är namnet på ${w.quote(p.target)} i nodtabellen och räknas som den noden`,
    same_place: (p, w) =>
      `${w.quote(p.value)} och ${w.quote(p.other)} är samma kommun eller aktör enligt referensdata; båda behålls`,
    possible_duplicate: (p, w) =>
      `${w.quote(p.value)} och ${w.quote(p.other)} skiljer sig bara i stora och små bokstäver, mellanrum, accenter eller osynliga tecken; samma aktör?`,
    county_unknown: (p, w) =>
      `länet ${w.quote(p.value)}${w.others(p)} känns inte igen; värdet behålls som attribut`,
    county_differs: (p, w) =>
      `länet ${w.quote(p.value)} stämmer inte med referensdata för ${w.quote(p.node)}; ditt värde används`,
    recognition: (p) =>
      p.enabled === 0
        ? 'igenkänning av kommuner och regionala aktörer är avstängd'
        : `kommuner känns igen efter kod: ${p.codes ? 'ja' : 'nej'} (${p.codeHits} av ${p.numeric} id av bara siffror är kommunkoder, ${p.zeroPadded} med inledande nolla${p.codeColumn ? ', kolumnen heter som en kod' : ''}; krävs minst ${p.codeShare} % koder, eller minst 50 % med inledande nolla eller en kodkolumn); efter namn: ${p.names ? 'ja' : 'nej'} (${p.nameHits} av ${p.named} namn känns igen; krävs minst ${p.nameShare} %)`,
    kind_from_name: (p, w) =>
      `typen ${kindName('sv', p.kind)} gissad av ett ord i namnet (som ${w.quote(p.word)}): ${w.quote(p.value)}${w.others(p)}; en typkolumn i nodtabellen går före`,
    coordinates_invalid: (p, w) =>
      `koordinaterna ${w.quote(p.value)}${w.others(p)} är inte grader (latitud −90–90, longitud −180–180); värdena behålls som attribut`,
  },
  en: {
    endpoint_missing: () => 'empty cell where an actor should be; the row was skipped',
    strength_empty_default: () => 'empty strength counted as 1 (a row is one collaboration)',
    strength_invalid: (p, w) =>
      `strength ${w.quote(p.value)}${w.others(p)} is not a number; the row was skipped`,
    strength_zero: () =>
      'strength is 0, and a collaboration of strength 0 is no tie; the row was skipped',
    strength_negative: (p, w) =>
      `negative strength ${w.quote(p.value)}${w.others(p)}; the row was skipped`,
    strength_out_of_range: (p, w) =>
      `strength ${w.quote(p.value)}${w.others(p)} is outside 1e-15 to 1e15; the row was skipped`,
    strength_capped: (p) => `the summed strength went over ${p.limit} and stays there`,
    self_loop: (p, w) =>
      `${w.quote(p.value)}${w.others(p)} collaborates with itself; the row was skipped but the actor kept`,
    year_invalid: (p, w) =>
      `no year in ${w.quote(p.value)}${w.others(p)}; the row counts without a year`,
    attribute_not_number: (p, w) =>
      `${w.quote(p.value)}${w.others(p)} is not a number in a number column; kept as text`,
    node_id_missing: () => 'the row has no id and was skipped',
    id_controls_removed: (p, w) =>
      `control characters (such as NUL or a line break) were removed from an id or label, giving ${w.quote(p.value)}${w.others(p)}`,
    node_duplicate: (p, w) =>
      `id ${w.quote(p.value)}${w.others(p)} is already on an earlier row; the first row counts and this one was skipped`,
    node_isolated: (p, w) =>
      `${w.quote(p.value)}${w.others(p)} has no collaborations and is kept as an isolated node`,
    node_without_ties: (p, w) =>
      `${w.quote(p.value)}${w.others(p)} appears only on skipped rows and has no ties`,
    node_not_in_table: (p, w) =>
      `${w.quote(p.value)}${w.others(p)} is not in the node table; the node was added (kind unknown unless the name is recognised)`,
    same_place_merged: (p, w) =>
      `${w.quote(p.value)} is taken as ${w.quote(p.target)}: the same municipality or regional actor`,
    endpoint_is_label: (p, w) =>
      `${w.quote(p.value)} is the label of ${w.quote(p.target)} in the node table and is taken as that node`,
    same_place: (p, w) =>
      `${w.quote(p.value)} and ${w.quote(p.other)} are the same municipality or actor in the reference data; both are kept`,
    possible_duplicate: (p, w) =>
      `${w.quote(p.value)} and ${w.quote(p.other)} differ only in case, spacing, accents or invisible characters; the same actor?`,
    county_unknown: (p, w) =>
      `county ${w.quote(p.value)}${w.others(p)} is not recognised; kept as an attribute`,
    county_differs: (p, w) =>
      `county ${w.quote(p.value)} differs from the reference data for ${w.quote(p.node)}; your value is used`,
    recognition: (p) =>
      p.enabled === 0
        ? 'recognition of municipalities and regional actors is switched off'
        : `municipalities recognised by code: ${p.codes ? 'yes' : 'no'} (${p.codeHits} of ${p.numeric} all-digit ids are municipality codes, ${p.zeroPadded} with a leading zero${p.codeColumn ? ', the column is named like a code' : ''}; needed at least ${p.codeShare}% codes, or at least 50% with a leading zero or a code column); by name: ${p.names ? 'yes' : 'no'} (${p.nameHits} of ${p.named} names recognised; needed at least ${p.nameShare}%)`,
    kind_from_name: (p, w) =>
      `kind ${kindName('en', p.kind)} guessed from a word in the name (such as ${w.quote(p.word)}): ${w.quote(p.value)}${w.others(p)}; a kind column in the node table takes precedence`,
    coordinates_invalid: (p, w) =>
      `coordinates ${w.quote(p.value)}${w.others(p)} are not degrees (latitude −90–90, longitude −180–180); kept as attributes`,
  },
};

const ROWS = {
  sv: { one: 'rad', many: 'rader', and: 'och', more: (n: number) => `och ${n} till` },
  en: { one: 'row', many: 'rows', and: 'and', more: (n: number) => `and ${n} more` },
};

/** Rows shown before "and N more". */
const SHOWN_RUNS = 8;

/**
 * Rows compactly: consecutive rows as a range, at most a few runs, the rest counted:
 * "rad 3", "rader 3, 7, 9–12 och 40 till".
 */
export function formatRows(rows: readonly number[], lang: Lang): string {
  const words = ROWS[lang];
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && row === last[1] + 1) last[1] = row;
    else runs.push([row, row]);
  }
  const shown = runs.slice(0, SHOWN_RUNS).map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`));
  const hidden = runs.slice(SHOWN_RUNS).reduce((n, [a, b]) => n + b - a + 1, 0);
  const head = `${sorted.length === 1 ? words.one : words.many} `;
  if (hidden > 0) return `${head}${shown.join(', ')} ${words.more(hidden)}`;
  if (shown.length === 1) return head + shown[0];
  return `${head}${shown.slice(0, -1).join(', ')} ${words.and} ${shown[shown.length - 1]}`;
}

/** "samarbeten.csv, kolumn ”Styrka”: styrkan ”x” är inget tal; raden hoppades över (rad 7)". */
export function formatWarning(warning: ImportWarning, lang: Lang): string {
  const where = formatLocation({ file: warning.file, column: warning.column }, lang);
  const text = warningText(warning, lang);
  if (warning.rows.length === 0) return `${where}: ${text}`;
  return `${where}: ${text} (${formatRows(warning.rows, lang)})`;
}

function warningText({ code, params }: ImportWarning, lang: Lang): string {
  if (isModelWarning(code)) return MODEL_MESSAGES[lang][code](params, WORDS[lang]);
  // A report read from a project file may hold any code: only our own are looked up.
  const io = IO_MESSAGES[lang];
  return Object.hasOwn(io, code) ? io[code]!(params) : code;
}

function isModelWarning(code: string): code is ModelWarningCode {
  return (MODEL_WARNING_CODES as readonly string[]).includes(code);
}

const SUMMARY = {
  sv: {
    role: { edges: 'samarbeten', nodes: 'aktörer' },
    rows: (n: number) => countOf('sv', n, { one: 'rad', other: 'rader' }),
    delimiter: { ',': 'komma', ';': 'semikolon', '\t': 'tabb', '|': 'lodstreck' },
    sheet: (s: string) => `bladet ”${s}”`,
    windows1252: (f: string) =>
      `OBS: ${f} var inte UTF-8 och lästes som Windows-1252 (äldre Excel). Kontrollera att å, ä och ö ser rätt ut.`,
    rowLine: (read: string, used: string, merged: string, skipped: string) =>
      `Rader: ${read} lästa, ${used} använda (varav ${merged} sammanslagna med ett tidigare band), ${skipped} överhoppade`,
    selfLoops: (n: string) => `Självslingor: ${n} (överhoppade, aktörerna finns kvar)`,
    network: (nodes: number, edges: number) =>
      `Nätverk: ${countOf('sv', nodes, { one: 'nod', other: 'noder' })}, ${countOf('sv', edges, { one: 'band', other: 'band' })}`,
    recognised: (m: number, r: number) =>
      `Igenkända i referensdata: ${countOf('sv', m, { one: 'kommun', other: 'kommuner' })}, ${countOf('sv', r, { one: 'regional aktör', other: 'regionala aktörer' })}`,
    nearMiss: (value: string, suggestion: string, where: string) =>
      `Liknar en kommun men känns inte igen: ”${value}” – menas ${suggestion}? (${where})`,
    notes: (n: string) => `Anmärkningar: ${n}`,
  },
  en: {
    role: { edges: 'collaborations', nodes: 'actors' },
    rows: (n: number) => countOf('en', n, { one: 'row', other: 'rows' }),
    delimiter: { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' },
    sheet: (s: string) => `sheet "${s}"`,
    windows1252: (f: string) =>
      `NOTE: ${f} was not UTF-8 and was read as Windows-1252 (older Excel). Check that å, ä and ö look right.`,
    rowLine: (read: string, used: string, merged: string, skipped: string) =>
      `Rows: ${read} read, ${used} used (${merged} of them merged into an earlier tie), ${skipped} skipped`,
    selfLoops: (n: string) => `Self-loops: ${n} (skipped, the actors kept)`,
    network: (nodes: number, edges: number) =>
      `Network: ${countOf('en', nodes, { one: 'node', other: 'nodes' })}, ${countOf('en', edges, { one: 'tie', other: 'ties' })}`,
    recognised: (m: number, r: number) =>
      `Recognised in the reference data: ${countOf('en', m, { one: 'municipality', other: 'municipalities' })}, ${countOf('en', r, { one: 'regional actor', other: 'regional actors' })}`,
    nearMiss: (value: string, suggestion: string, where: string) =>
      `Looks like a municipality but is not recognised: "${value}" – ${suggestion}? (${where})`,
    notes: (n: string) => `Notes: ${n}`,
  },
} satisfies Record<Lang, unknown>;

const FORMAT_NAMES: Record<TableFormat, string> = {
  csv: 'CSV',
  xlsx: 'XLSX',
  gexf: 'GEXF',
  graphml: 'GraphML',
};

/** The report's summary as lines: files, rows, network, recognition, near misses. */
export function formatReportSummary(report: ImportReport, lang: Lang): string[] {
  const t = SUMMARY[lang];
  const n = (value: number) => formatNumber(value, lang);
  const lines: string[] = [];
  for (const file of report.files) {
    const parts = [t.rows(file.rowsRead), FORMAT_NAMES[file.format]];
    if (file.sheet) parts.push(t.sheet(file.sheet));
    if (file.encoding) parts.push(ENCODING_NAMES[lang][file.encoding]);
    if (file.delimiter) parts.push(t.delimiter[file.delimiter satisfies Delimiter]);
    lines.push(`${file.file} (${t.role[file.role]}): ${parts.join(', ')}`);
    if (file.encoding === 'windows-1252') lines.push(t.windows1252(file.file));
  }
  lines.push(
    t.rowLine(n(report.rowsRead), n(report.rowsUsed), n(report.rowsMerged), n(report.rowsSkipped)),
  );
  if (report.selfLoops > 0) lines.push(t.selfLoops(n(report.selfLoops)));
  lines.push(t.network(report.nodes, report.edges));
  lines.push(t.recognised(report.recognised.municipalities, report.recognised.regionalActors));
  for (const miss of report.nearMisses) {
    const where = [miss.file, formatRows(miss.rows, lang)].filter(Boolean).join(', ');
    lines.push(t.nearMiss(miss.value, miss.suggestion, where));
  }
  if (report.warnings.length > 0) lines.push(t.notes(n(report.warnings.length)));
  return lines;
}
