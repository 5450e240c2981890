import type { InputError } from '../core/errors.ts';
import type { Encoding } from '../core/io/types.ts';
import { CHANGE_TEXT } from './change.ts';
import { PROJECT_MESSAGES } from './export.ts';
import { formatNumber, type Lang } from './lang.ts';

type Params = Record<string, string | number>;
type Message = (params: Params) => string;

const MIB = 1 << 20;

function size(bytes: string | number | undefined, lang: Lang): string {
  return `${formatNumber(Number(bytes ?? 0) / MIB, lang, 1)} MB`;
}

const ROLE_NAMES: Record<Lang, Record<string, string>> = {
  sv: {
    source: 'källa (från)',
    target: 'mål (till)',
    strength: 'styrka',
    kind: 'typ',
    year: 'år',
    date: 'datum',
    id: 'id',
    label: 'namn',
    county: 'län',
    lat: 'latitud',
    lon: 'longitud',
  },
  en: {
    source: 'source (from)',
    target: 'target (to)',
    strength: 'strength',
    kind: 'kind',
    year: 'year',
    date: 'date',
    id: 'id',
    label: 'label',
    county: 'county',
    lat: 'latitude',
    lon: 'longitude',
  },
};

function roles(needed: string | number | undefined, lang: Lang): string {
  return String(needed ?? '')
    .split(', ')
    .map((role) => ROLE_NAMES[lang][role] ?? role)
    .join(', ');
}

const BINARY_KIND: Record<Lang, Record<string, string>> = {
  sv: {
    xls: 'en gammal Excel-fil (.xls); spara den som .xlsx eller CSV',
    pdf: 'en PDF; exportera tabellen som CSV eller XLSX',
    image: 'en bild; en tabell behövs (CSV eller XLSX)',
    archive: 'ett komprimerat arkiv; packa upp det först',
    xml: 'XML men varken GEXF eller GraphML',
    html: 'en webbsida (HTML), inte ett kalkylark; öppna den i Excel och spara som .xlsx eller CSV',
    other: 'inte text; spara tabellen som CSV eller XLSX',
  },
  en: {
    xls: 'an old Excel file (.xls); save it as .xlsx or CSV',
    pdf: 'a PDF; export the table as CSV or XLSX',
    image: 'an image; a table is needed (CSV or XLSX)',
    archive: 'a compressed archive; unpack it first',
    xml: 'XML but neither GEXF nor GraphML',
    html: 'a web page (HTML), not a spreadsheet; open it in Excel and save it as .xlsx or CSV',
    other: 'not text; save the table as CSV or XLSX',
  },
};

/**
 * Messages for every InputError code and RowIssue code raised in src/core/io. The sentence
 * follows the location prefix made by formatInputError.
 */
export const IO_MESSAGES: Record<Lang, Record<string, Message>> = {
  sv: {
    binary_file: (p) => `filen är ${BINARY_KIND.sv[String(p.kind)] ?? BINARY_KIND.sv.other}`,
    empty_file: () => 'filen är tom',
    no_data_rows: () => 'filen har en rubrikrad men inga datarader',
    xlsx_too_many_cells: (p) =>
      `bladen packas upp till ${size(p.size, 'sv')} XML, mer än gränsen ${size(p.limit, 'sv')} (omkring 7 miljoner celler); spara tabellen som CSV`,
    record_too_long: (p) =>
      `raden är längre än gränsen ${p.limit} tecken; dela upp den eller spara tabellen som XLSX`,
    file_too_large: (p) =>
      `filen är ${size(p.size, 'sv')}, större än gränsen ${size(p.limit, 'sv')}`,
    not_delimited: (p) => `filen är ${String(p.format).toUpperCase()}, inte en texttabell`,
    single_column: (p) =>
      `hittade bara en kolumn (rubrik ”${p.header}”); kolumnerna ska skiljas med komma, semikolon, tabb eller |`,
    mixed_encoding: () =>
      'filen blandar UTF-8 med en annan teckenkodning; spara den på nytt som UTF-8',
    unclosed_quote: () =>
      'ett citattecken (") öppnas här men stängs aldrig, så resten av filen blir ett enda fält',
    xlsx_unreadable: () => 'Excel-filen går inte att läsa (skadad eller inte en .xlsx-fil)',
    graph_unreadable: (p) =>
      `${String(p.format).toUpperCase()}-filen går inte att läsa (${p.reason})`,
    roles_not_found: (p) =>
      `hittar inte kolumnerna för ${roles(p.needed, 'sv')}; rubrikerna är: ${p.headers}. Ange kolumnerna för hand.`,
    unknown_column: (p) => `kolumnen finns inte; rubrikerna är: ${p.headers}`,
    place_columns_missing: (p) =>
      `platsfilen saknar kolumnerna ${p.needed}; rubrikerna är: ${p.headers}`,
    place_crs_unknown: (p) =>
      `platsfilens koordinatsystem (${p.crs}) känns inte igen; spara den i WGS 84 (EPSG:4326) eller SWEREF 99 (TM eller en lokal zon)`,
    not_two_mode: () =>
      'nätverket är inte tvåläges (varje band ska gå mellan en kommun och en annan sorts aktör), så det kan inte projiceras på kommunerna',
    extra_cells: (p) =>
      `raden har ${p.count} ifyllda celler utöver rubrikens kolumner; de har lästs bort`,
    malformed_quotes: () =>
      'ett citattecken inne i ett citerat fält är inte dubblerat; kontrollera raden',
    file_not_found: () => 'filen finns inte',
    json_not_project: () =>
      'filen är JSON men ingen Brobyggare-projektfil (.brobyggare.json); JSON-utdata från analyze och convert läses inte in igen — använd en projektfil, CSV, XLSX, GEXF eller GraphML',
    not_a_file: () => 'är en mapp, inte en fil',
    project_with_nodes: () => 'en projektfil innehåller redan sina noder; öppna den utan en nodfil',
    roles_guessed: (p) =>
      `ingen rubrik känns igen för ${roles(p.needed, 'sv')}, så kolumnerna ${p.columns} togs i den ordningen (de första som inte är fritext, text före tal); ange kolumnerna för hand om det är fel`,
    strength_candidate: () =>
      'kolumnen innehåller mest tal och kan vara styrkan, men ingen rubrik säger det, så varje rad räknas som 1; ange den som styrka om den är det',
    xml_errors: (p) =>
      `XML-tolken hoppade över ${p.count} fel (det första: ${p.first}); resten av filen lästes`,
    computed_columns_left_out: (p) =>
      `filen är skriven av Brobyggare; dess ${p.count} beräknade kolumner (mått, nätverksposition, igenkänning, ritning: ${p.columns}) lästes inte som egna attribut utan räknas om`,
    too_many_cells: (p) =>
      `tabellen blir ${p.rows} rader × ${p.columns} kolumner = ${p.cells} celler, fler än gränsen ${p.limit}`,
  },
  en: {
    binary_file: (p) => `the file is ${BINARY_KIND.en[String(p.kind)] ?? BINARY_KIND.en.other}`,
    empty_file: () => 'the file is empty',
    no_data_rows: () => 'the file has a header row but no data rows',
    xlsx_too_many_cells: (p) =>
      `the sheets unpack to ${size(p.size, 'en')} of XML, more than the limit of ${size(p.limit, 'en')} (about 7 million cells); save the table as CSV`,
    record_too_long: (p) =>
      `the row is longer than the limit of ${p.limit} characters; split it or save the table as XLSX`,
    file_too_large: (p) =>
      `the file is ${size(p.size, 'en')}, larger than the limit of ${size(p.limit, 'en')}`,
    not_delimited: (p) => `the file is ${String(p.format).toUpperCase()}, not a text table`,
    single_column: (p) =>
      `found only one column (header "${p.header}"); columns must be separated by comma, semicolon, tab or |`,
    mixed_encoding: () =>
      'the file mixes UTF-8 with another character encoding; save it again as UTF-8',
    unclosed_quote: () =>
      'a quote (") opens here but never closes, so the rest of the file would be one field',
    xlsx_unreadable: () => 'the Excel file cannot be read (damaged, or not an .xlsx file)',
    graph_unreadable: (p) =>
      `the ${String(p.format).toUpperCase()} file cannot be read (${p.reason})`,
    roles_not_found: (p) =>
      `cannot find the columns for ${roles(p.needed, 'en')}; the headers are: ${p.headers}. Give the columns by hand.`,
    unknown_column: (p) => `no such column; the headers are: ${p.headers}`,
    place_columns_missing: (p) =>
      `the place file lacks the columns ${p.needed}; the headers are: ${p.headers}`,
    place_crs_unknown: (p) =>
      `the place file's coordinate system (${p.crs}) is not known; save it in WGS 84 (EPSG:4326) or SWEREF 99 (TM or a local zone)`,
    not_two_mode: () =>
      'the network is not two-mode (every tie must join a municipality and another kind of actor), so it cannot be projected onto the municipalities',
    extra_cells: (p) =>
      `the row has ${p.count} filled cells beyond the header's columns; they were left out`,
    malformed_quotes: () => 'a quote inside a quoted field is not doubled; check the row',
    file_not_found: () => 'no such file',
    json_not_project: () =>
      'the file is JSON but not a Brobyggare project file (.brobyggare.json); JSON output of analyze and convert is not read back — use a project file, CSV, XLSX, GEXF or GraphML',
    not_a_file: () => 'is a folder, not a file',
    project_with_nodes: () => 'a project file holds its own nodes; open it without a node file',
    roles_guessed: (p) =>
      `no header is recognised for ${roles(p.needed, 'en')}, so the columns ${p.columns} were taken in that order (the first that are not free text, text before numbers); give the columns by hand if that is wrong`,
    strength_candidate: () =>
      'the column holds mostly numbers and could be the strength, but no header says so, so every row counts as 1; give it as the strength if it is',
    xml_errors: (p) =>
      `the XML parser skipped ${p.count} errors (the first: ${p.first}); the rest of the file was read`,
    computed_columns_left_out: (p) =>
      `the file was written by Brobyggare; its ${p.count} computed columns (metrics, network position, recognition, drawing: ${p.columns}) were not read as your own attributes but are computed again`,
    too_many_cells: (p) =>
      `the table would be ${p.rows} rows × ${p.columns} columns = ${p.cells} cells, more than the limit of ${p.limit}`,
  },
};

const LOCATION = {
  sv: { row: 'rad', column: 'kolumn', quote: (s: string) => `”${s}”` },
  en: { row: 'row', column: 'column', quote: (s: string) => `"${s}"` },
};

/** "kommuner.csv, rad 7, kolumn ”vikt”" — the parts of a location that are known. */
export function formatLocation(
  location: { file: string; row?: number; column?: string },
  lang: Lang,
): string {
  const words = LOCATION[lang];
  const parts = [location.file];
  if (location.row) parts.push(`${words.row} ${location.row}`);
  if (location.column) parts.push(`${words.column} ${words.quote(location.column)}`);
  return parts.join(', ');
}

/** One line naming file, row and column: "kommuner.csv, rad 7, kolumn ”vikt”: …". */
export function formatInputError(error: InputError, lang: Lang): string {
  const message =
    IO_MESSAGES[lang][error.code] ??
    PROJECT_MESSAGES[lang][error.code] ??
    CHANGE_TEXT[lang].errors[error.code];
  const text = message ? message(error.params) : error.code;
  return `${formatLocation(error.location, lang)}: ${text}`;
}

export const ENCODING_NAMES: Record<Lang, Record<Encoding, string>> = {
  sv: {
    'utf-8': 'UTF-8',
    'utf-8-bom': 'UTF-8 med BOM',
    'utf-16le': 'UTF-16 LE (Excels ”Unicode-text”)',
    'utf-16be': 'UTF-16 BE',
    'windows-1252': 'Windows-1252 (äldre Excel/Windows)',
  },
  en: {
    'utf-8': 'UTF-8',
    'utf-8-bom': 'UTF-8 with BOM',
    'utf-16le': 'UTF-16 LE (Excel\'s "Unicode text")',
    'utf-16be': 'UTF-16 BE',
    'windows-1252': 'Windows-1252 (older Excel/Windows)',
  },
};
