import { formatNumber, type Lang } from './lang.ts';
import { countOf } from './plural.ts';
import type { FindingCode } from '../core/analysis/types.ts';

/** Every string the browser app shows, in Swedish and English. */
export interface AppText {
  appName: string;
  tagline: string;
  openFiles: string;
  openFilesHint: string;
  dropHere: string;
  edgeFile: string;
  nodeFile: string;
  /** A file field's own button and what it says before a file is chosen (the browser's own
   *  speak the browser's language, not the app's). */
  chooseFile: string;
  noFileChosen: string;
  demoName: string;
  language: string;
  otherLanguage: string;
  /** Names of the two side regions, so a screen reader can tell the landmarks apart. */
  sidebarLabel: string;
  panelLabel: string;
  /** Folds a finding group's list back to its first few after "+N" unfolded it. */
  fewerFindings: string;
  counts: (nodes: number, edges: number) => string;
  visibleCounts: (nodes: number, totalNodes: number, edges: number, totalEdges: number) => string;
  /** The header's link to the import report when it has remarks. */
  reportRemarks: (count: number) => string;
  loading: string;
  stages: Record<'read' | 'metrics' | 'refine' | 'analysis' | 'layout' | 'draw', string>;
  cancel: string;
  importFailed: string;
  editFailed: string;
  internalError: (message: string) => string;
  dismiss: string;
  views: Record<'graph' | 'tables' | 'quadrant' | 'change', string>;
  appearance: string;
  colourBy: string;
  colourOptions: Record<'position' | 'kind' | 'county' | 'community' | 'metric', string>;
  metric: string;
  sizeBy: string;
  sizeNone: string;
  legend: string;
  legendOther: string;
  legendMissing: string;
  legendUnknownCounty: string;
  noPosition: string;
  community: (id: string) => string;
  layout: string;
  layouts: Record<'forceatlas2' | 'geographic' | 'circular' | 'noverlap', string>;
  startLayout: string;
  stopLayout: string;
  unplaced: (count: string) => string;
  search: string;
  searchPlaceholder: string;
  noMatches: string;
  filters: string;
  clearFilters: string;
  kind: string;
  county: string;
  position: string;
  all: string;
  minStrength: string;
  years: string;
  yearFrom: string;
  yearTo: string;
  component: string;
  componentOption: (id: string, size: number) => string;
  minCore: string;
  nodeCard: string;
  close: string;
  positionHeading: string;
  /** `share` and `drop` formatted as percentages; `runs` the perturbed networks counted. */
  stability: (share: string, runs: number, drop: string) => string;
  /** Said when the runs stopped early: at most `most`, the share clearly above or below `threshold`. */
  stabilityStopped: (most: number, threshold: string, above: boolean) => string;
  uncertain: string;
  comparisonGroup: (group: string) => string;
  allMunicipalities: string;
  notClassified: string;
  keyMetrics: string;
  ties: string;
  noTies: string;
  partner: string;
  strength: string;
  kinds: string;
  yearsColumn: string;
  suggestions: string;
  noSuggestions: string;
  whatIf: string;
  whatIfHint: string;
  addTie: string;
  addTieTo: string;
  choosePartner: string;
  removeTie: string;
  undo: string;
  resetEdits: string;
  editsActive: (count: number) => string;
  positionChanged: (before: string, after: string) => string;
  before: string;
  after: string;
  overview: string;
  positionsSummary: string;
  weakLinks: string;
  noFindings: string;
  /** Shown where positions and findings go while the path metrics are still computed. */
  pendingAnalysis: string;
  findingGroups: Record<FindingCode, string>;
  importReport: string;
  /** The import report's switch for recognising municipalities and regional bodies. */
  recognise: string;
  showReport: string;
  hideReport: string;
  rows: (list: string) => string;
  tables: Record<'nodes' | 'edges' | 'findings', string>;
  exportCsv: string;
  copyTable: string;
  copied: string;
  rowsShown: (count: number) => string;
  sortBy: (column: string) => string;
  columns: Record<
    | 'label'
    | 'kind'
    | 'county'
    | 'position'
    | 'stability'
    | 'source'
    | 'target'
    | 'strength'
    | 'records'
    | 'kinds'
    | 'years'
    | 'severity'
    | 'finding'
    | 'score',
    string
  >;
  severities: Record<'high' | 'medium' | 'low', string>;
  yes: string;
  no: string;
  quadrant: string;
  quadrantHint: string;
  quadrantX: string;
  quadrantY: string;
  quadrantGroup: string;
  malbild: string;
  malbildNone: string;
  malbildHint: string;
  malbildHigh: string;
  malbildLow: string;
  networkAxis: string;
  threshold: (name: string) => string;
  /** The quadrant's vertical line: the rule's least number of regional actors. */
  quadrantActorsLine: (minimum: number) => string;
  median: string;
  upperQuartile: string;
  graphLabel: string;
  directed: string;
  undirected: string;
  ruleHeading: string;
  kindNames: Record<string, string>;
}

const ACTORS_SV = { one: 'aktör', other: 'aktörer' };
const TIES_SV = { one: 'band', other: 'band' };
const ACTORS_EN = { one: 'actor', other: 'actors' };
const TIES_EN = { one: 'tie', other: 'ties' };

const sv: AppText = {
  appName: 'Brobyggare',
  tagline: 'Nätverksanalys av samverkan mellan kommuner och regionala aktörer',
  openFiles: 'Öppna filer…',
  openFilesHint:
    'En fil med samarbeten (CSV, XLSX, GEXF, GraphML) och valfritt en fil med aktörer. Inget lämnar din dator.',
  dropHere: 'Släpp filerna här',
  edgeFile: 'Samarbeten',
  nodeFile: 'Aktörer (valfritt)',
  chooseFile: 'Välj fil…',
  noFileChosen: 'Ingen fil vald',
  demoName: 'Exempeldata',
  language: 'Språk',
  otherLanguage: 'English',
  sidebarLabel: 'Sök, utseende och filter',
  panelLabel: 'Detaljer',
  fewerFindings: 'Visa färre',
  counts: (n, m) => `${countOf('sv', n, ACTORS_SV)} · ${countOf('sv', m, TIES_SV)}`,
  visibleCounts: (n, tn, m, tm) =>
    `Visar ${formatNumber(n, 'sv', 0)} av ${countOf('sv', tn, ACTORS_SV)} och ${formatNumber(m, 'sv', 0)} av ${countOf('sv', tm, TIES_SV)}`,
  reportRemarks: (count) =>
    `${countOf('sv', count, { one: 'anmärkning', other: 'anmärkningar' })} i importen`,
  loading: 'Läser in',
  stages: {
    read: 'Läser filen',
    metrics: 'Beräknar mått',
    refine: 'Förfinar uppskattade mått',
    analysis: 'Bedömer nätverkslägen',
    layout: 'Placerar noderna',
    draw: 'Ritar nätverket',
  },
  cancel: 'Avbryt',
  importFailed: 'Filen kunde inte läsas in. Det tidigare nätverket är kvar.',
  editFailed: 'Ändringen kunde inte räknas om. Nätverket är som före ändringen.',
  internalError: (m) => `Ett oväntat fel inträffade: ${m}`,
  dismiss: 'Stäng',
  views: { graph: 'Nätverk', tables: 'Tabeller', quadrant: 'Kvadrant', change: 'Förändring' },
  appearance: 'Utseende',
  colourBy: 'Färg efter',
  colourOptions: {
    position: 'Nätverksläge',
    kind: 'Typ av aktör',
    county: 'Län',
    community: 'Grupp (Louvain)',
    metric: 'Mått',
  },
  metric: 'Mått',
  sizeBy: 'Storlek efter',
  sizeNone: 'Lika stora',
  legend: 'Teckenförklaring',
  legendOther: 'Övriga',
  legendMissing: 'Saknar värde',
  legendUnknownCounty: 'Okänt län',
  noPosition: 'Regional aktör (inget läge)',
  community: (id) => `Grupp ${id}`,
  layout: 'Placering',
  layouts: {
    forceatlas2: 'ForceAtlas2',
    geographic: 'Karta',
    circular: 'Cirkel per län',
    noverlap: 'Utan överlapp',
  },
  startLayout: 'Kör ForceAtlas2',
  stopLayout: 'Stoppa',
  unplaced: (n) => `Okänd plats (${n})`,
  search: 'Sök',
  searchPlaceholder: 'Sök kommun eller aktör',
  noMatches: 'Ingen träff',
  filters: 'Filter',
  clearFilters: 'Rensa filter',
  kind: 'Typ',
  county: 'Län',
  position: 'Nätverksläge',
  all: 'Alla',
  minStrength: 'Minsta styrka',
  years: 'År',
  yearFrom: 'Från år',
  yearTo: 'Till år',
  component: 'Sammanhängande del',
  componentOption: (id, size) => `Del ${id} (${countOf('sv', size, ACTORS_SV)})`,
  minCore: 'Minsta k-kärna',
  nodeCard: 'Aktör',
  close: 'Stäng',
  positionHeading: 'Nätverksläge',
  stability: (s, runs, drop) =>
    `Stabilitet ${s}: så stor andel av ${countOf('sv', runs, { one: 'stört nätverk', other: 'störda nätverk' })} (${drop} av banden borttagna) ger samma läge.`,
  stabilityStopped: (most, threshold, above) =>
    `Räkningen stannade före högst ${most} nätverk, när andelen säkert låg ${above ? 'på eller över' : 'under'} ${threshold}.`,
  uncertain: 'Osäkert läge',
  comparisonGroup: (g) => `Jämförs med ${g}.`,
  allMunicipalities: 'alla kommuner i datan',
  notClassified: 'Nätverksläge bedöms bara för kommuner.',
  keyMetrics: 'Mått',
  ties: 'Band',
  noTies: 'Inga band.',
  partner: 'Partner',
  strength: 'Styrka',
  kinds: 'Slag',
  yearsColumn: 'År',
  suggestions: 'Förslag på nya band',
  noSuggestions: 'Inga förslag.',
  whatIf: 'Tänk om',
  whatIfHint:
    'Lägg till eller ta bort ett band och se hur lägen och mått ändras. Originaldatan ändras inte.',
  addTie: 'Lägg till band',
  addTieTo: 'Nytt band till',
  choosePartner: 'Välj partner',
  removeTie: 'Ta bort',
  undo: 'Ångra',
  resetEdits: 'Återställ',
  editsActive: (n) => `Tänk om: ${countOf('sv', n, { one: 'ändring', other: 'ändringar' })}`,
  positionChanged: (b, a) => `Före: ${b} → nu: ${a}`,
  before: 'Före',
  after: 'Efter',
  overview: 'Översikt',
  positionsSummary: 'Nätverkslägen',
  weakLinks: 'Svaga länkar',
  noFindings: 'Inga svaga länkar hittades.',
  pendingAnalysis: 'Nätverkslägen och svaga länkar beräknas …',
  findingGroups: {
    isolated_municipality: 'Kommuner utan band',
    no_regional_tie: 'Kommuner utan regionalt band',
    single_regional_tie: 'Kommuner med ett enda regionalt band',
    bridge: 'Broar',
    local_bridge: 'Lokala broar',
    cut_vertex_separates: 'Avgörande mellanhänder',
    weak_critical_tie: 'Svaga band på kritiska vägar',
    county_poorly_tied: 'Län med svag inbördes samverkan',
    bridges_more: 'Fler broar (i kanttabellen)',
    local_bridges_more: 'Fler lokala broar (i kanttabellen)',
  },
  importReport: 'Importrapport',
  recognise: 'Känn igen kommuner och regionala organ i namn och koder',
  showReport: 'Visa importrapport',
  hideReport: 'Dölj importrapport',
  rows: (list) => `rad ${list}`,
  tables: { nodes: 'Aktörer', edges: 'Band', findings: 'Svaga länkar' },
  exportCsv: 'Exportera CSV',
  copyTable: 'Kopiera',
  copied: 'Kopierat',
  rowsShown: (n) => countOf('sv', n, { one: 'rad', other: 'rader' }),
  sortBy: (c) => `Sortera efter ${c}`,
  columns: {
    label: 'Namn',
    kind: 'Typ',
    county: 'Län',
    position: 'Nätverksläge',
    stability: 'Stabilitet',
    source: 'Från',
    target: 'Till',
    strength: 'Styrka',
    records: 'Poster',
    kinds: 'Slag',
    years: 'År',
    severity: 'Allvar',
    finding: 'Iakttagelse',
    score: 'Vikt',
  },
  severities: { high: 'Hög', medium: 'Medel', low: 'Låg' },
  yes: 'ja',
  no: 'nej',
  quadrant: 'Kvadrant',
  quadrantHint:
    'Regelns två huvudmått: band till regionala aktörer och begränsning (Burts constraint, viktad). Linjerna är regelns trösklar för den valda jämförelsegruppen.',
  quadrantX: 'Antal regionala aktörer kommunen har band till',
  quadrantY: 'Begränsning (constraint, viktad) – lägre är friare',
  quadrantGroup: 'Jämförelsegrupp',
  malbild: 'Målbildsattribut',
  malbildNone: 'Inget',
  malbildHint: 'Med ett målbildsattribut visas målbild × nätverksläge som fyra rutor.',
  malbildHigh: 'Tydlig målbild',
  malbildLow: 'Otydlig målbild',
  networkAxis: 'Nätverksläge',
  threshold: (n) => `Tröskel: ${n}`,
  quadrantActorsLine: (n) =>
    `≥ ${countOf('sv', n, { one: 'regional aktör', other: 'regionala aktörer' })}`,
  median: 'median',
  upperQuartile: 'övre kvartil',
  graphLabel: 'Nätverksgraf. Klicka på en nod för att se dess kort.',
  directed: 'riktat',
  undirected: 'oriktat',
  ruleHeading: 'Regeln',
  kindNames: {
    municipality: 'Kommun',
    region: 'Region',
    county_board: 'Länsstyrelse',
    business_support: 'Näringslivsfrämjare',
    higher_education: 'Lärosäte',
    tourism: 'Turismorganisation',
    leader: 'Leaderområde',
    national: 'Nationell aktör',
    other: 'Annan aktör',
    unknown: 'Okänd typ',
  },
};

const en: AppText = {
  appName: 'Brobyggare',
  tagline: 'Network analysis of collaboration between municipalities and regional actors',
  openFiles: 'Open files…',
  openFilesHint:
    'A file of collaborations (CSV, XLSX, GEXF, GraphML) and optionally a file of actors. Nothing leaves your computer.',
  dropHere: 'Drop the files here',
  edgeFile: 'Collaborations',
  nodeFile: 'Actors (optional)',
  chooseFile: 'Choose file…',
  noFileChosen: 'No file chosen',
  demoName: 'Demo data',
  language: 'Language',
  otherLanguage: 'Svenska',
  sidebarLabel: 'Search, appearance and filters',
  panelLabel: 'Details',
  fewerFindings: 'Show fewer',
  counts: (n, m) => `${countOf('en', n, ACTORS_EN)} · ${countOf('en', m, TIES_EN)}`,
  visibleCounts: (n, tn, m, tm) =>
    `Showing ${formatNumber(n, 'en', 0)} of ${countOf('en', tn, ACTORS_EN)} and ${formatNumber(m, 'en', 0)} of ${countOf('en', tm, TIES_EN)}`,
  reportRemarks: (count) => countOf('en', count, { one: 'import remark', other: 'import remarks' }),
  loading: 'Loading',
  stages: {
    read: 'Reading the file',
    metrics: 'Computing metrics',
    refine: 'Refining estimated metrics',
    analysis: 'Assessing network positions',
    layout: 'Placing the nodes',
    draw: 'Drawing the network',
  },
  cancel: 'Cancel',
  importFailed: 'The file could not be loaded. The previous network is still open.',
  editFailed: 'The change could not be recomputed. The network is as it was before it.',
  internalError: (m) => `An unexpected error occurred: ${m}`,
  dismiss: 'Close',
  views: { graph: 'Network', tables: 'Tables', quadrant: 'Quadrant', change: 'Change' },
  appearance: 'Appearance',
  colourBy: 'Colour by',
  colourOptions: {
    position: 'Network position',
    kind: 'Kind of actor',
    county: 'County',
    community: 'Community (Louvain)',
    metric: 'Metric',
  },
  metric: 'Metric',
  sizeBy: 'Size by',
  sizeNone: 'Same size',
  legend: 'Legend',
  legendOther: 'Other',
  legendMissing: 'No value',
  legendUnknownCounty: 'Unknown county',
  noPosition: 'Regional actor (no position)',
  community: (id) => `Community ${id}`,
  layout: 'Layout',
  layouts: {
    forceatlas2: 'ForceAtlas2',
    geographic: 'Map',
    circular: 'Circle by county',
    noverlap: 'No overlap',
  },
  startLayout: 'Run ForceAtlas2',
  stopLayout: 'Stop',
  unplaced: (n) => `Unknown place (${n})`,
  search: 'Search',
  searchPlaceholder: 'Search municipality or actor',
  noMatches: 'No match',
  filters: 'Filters',
  clearFilters: 'Clear filters',
  kind: 'Kind',
  county: 'County',
  position: 'Network position',
  all: 'All',
  minStrength: 'Minimum strength',
  years: 'Years',
  yearFrom: 'From year',
  yearTo: 'To year',
  component: 'Connected component',
  componentOption: (id, size) => `Component ${id} (${countOf('en', size, ACTORS_EN)})`,
  minCore: 'Minimum k-core',
  nodeCard: 'Actor',
  close: 'Close',
  positionHeading: 'Network position',
  stability: (s, runs, drop) =>
    `Stability ${s}: the share of ${countOf('en', runs, { one: 'perturbed network', other: 'perturbed networks' })} (${drop} of ties removed) that give the same position.`,
  stabilityStopped: (most, threshold, above) =>
    `Counting stopped before the most of ${most} networks, once the share was clearly ${above ? 'at or above' : 'below'} ${threshold}.`,
  uncertain: 'Uncertain position',
  comparisonGroup: (g) => `Compared with ${g}.`,
  allMunicipalities: 'all municipalities in the data',
  notClassified: 'Network positions are assessed for municipalities only.',
  keyMetrics: 'Metrics',
  ties: 'Ties',
  noTies: 'No ties.',
  partner: 'Partner',
  strength: 'Strength',
  kinds: 'Kinds',
  yearsColumn: 'Years',
  suggestions: 'Suggested new ties',
  noSuggestions: 'No suggestions.',
  whatIf: 'What if',
  whatIfHint:
    'Add or remove a tie and see how positions and metrics change. The original data is not changed.',
  addTie: 'Add tie',
  addTieTo: 'New tie to',
  choosePartner: 'Choose partner',
  removeTie: 'Remove',
  undo: 'Undo',
  resetEdits: 'Reset',
  editsActive: (n) => `What if: ${countOf('en', n, { one: 'change', other: 'changes' })}`,
  positionChanged: (b, a) => `Before: ${b} → now: ${a}`,
  before: 'Before',
  after: 'After',
  overview: 'Overview',
  positionsSummary: 'Network positions',
  weakLinks: 'Weak links',
  noFindings: 'No weak links found.',
  pendingAnalysis: 'Network positions and weak links are being computed …',
  findingGroups: {
    isolated_municipality: 'Municipalities without ties',
    no_regional_tie: 'Municipalities without a regional tie',
    single_regional_tie: 'Municipalities with a single regional tie',
    bridge: 'Bridges',
    local_bridge: 'Local bridges',
    cut_vertex_separates: 'Critical intermediaries',
    weak_critical_tie: 'Weak ties on critical paths',
    county_poorly_tied: 'Counties with weak internal collaboration',
    bridges_more: 'More bridges (in the edge table)',
    local_bridges_more: 'More local bridges (in the edge table)',
  },
  importReport: 'Import report',
  recognise: 'Recognise municipalities and regional bodies in names and codes',
  showReport: 'Show import report',
  hideReport: 'Hide import report',
  rows: (list) => `row ${list}`,
  tables: { nodes: 'Actors', edges: 'Ties', findings: 'Weak links' },
  exportCsv: 'Export CSV',
  copyTable: 'Copy',
  copied: 'Copied',
  rowsShown: (n) => countOf('en', n, { one: 'row', other: 'rows' }),
  sortBy: (c) => `Sort by ${c}`,
  columns: {
    label: 'Name',
    kind: 'Kind',
    county: 'County',
    position: 'Network position',
    stability: 'Stability',
    source: 'From',
    target: 'To',
    strength: 'Strength',
    records: 'Records',
    kinds: 'Kinds',
    years: 'Years',
    severity: 'Severity',
    finding: 'Finding',
    score: 'Score',
  },
  severities: { high: 'High', medium: 'Medium', low: 'Low' },
  yes: 'yes',
  no: 'no',
  quadrant: 'Quadrant',
  quadrantHint:
    "The rule's two main measures: ties to regional actors and constraint (Burt's, weighted). The lines are the rule's thresholds for the chosen comparison group.",
  quadrantX: 'Number of regional actors the municipality has ties to',
  quadrantY: 'Constraint (weighted) – lower is freer',
  quadrantGroup: 'Comparison group',
  malbild: 'Goal-image (målbild) attribute',
  malbildNone: 'None',
  malbildHint: 'With a målbild attribute, målbild × network position is shown as a 2×2.',
  malbildHigh: 'Clear målbild',
  malbildLow: 'Unclear målbild',
  networkAxis: 'Network position',
  threshold: (n) => `Threshold: ${n}`,
  quadrantActorsLine: (n) =>
    `≥ ${countOf('en', n, { one: 'regional actor', other: 'regional actors' })}`,
  median: 'median',
  upperQuartile: 'upper quartile',
  graphLabel: 'Network graph. Click a node to open its card.',
  directed: 'directed',
  undirected: 'undirected',
  ruleHeading: 'The rule',
  kindNames: {
    municipality: 'Municipality',
    region: 'Region',
    county_board: 'County administrative board',
    business_support: 'Business support',
    higher_education: 'Higher education',
    tourism: 'Tourism organisation',
    leader: 'LEADER area',
    national: 'National actor',
    other: 'Other actor',
    unknown: 'Unknown kind',
  },
};

export const APP_TEXT: Record<Lang, AppText> = { sv, en };
