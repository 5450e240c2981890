import type { EdgeRole, NodeRole } from '../core/io/types.ts';
import type { Lang } from './lang.ts';

/** The column-mapping dialog and the notices about what a load used or left out. */
export interface ColumnsText {
  title: string;
  hint: (reason: 'unsure' | 'change') => string;
  edgeTable: (file: string) => string;
  nodeTable: (file: string) => string;
  roleFor: (header: string) => string;
  edgeRoles: Record<EdgeRole, string>;
  nodeRoles: Record<NodeRole, string>;
  attribute: string;
  needEnds: string;
  needId: string;
  rowsShown: (shown: number) => string;
  load: string;
  cancel: string;
  changeColumns: string;
  skippedMetrics: (names: string) => string;
  /** Metrics estimated from a sample of sources: which, from how many, within what error. */
  sampledMetrics: (s: {
    names: string;
    sources: string;
    nodes: string;
    confidence: string;
    epsilon: string;
    refining: boolean;
  }) => string;
  /** The same metrics once refinement reached every node: exact. */
  sampledExact: (names: string, nodes: string) => string;
}

const sv: ColumnsText = {
  title: 'Vilka kolumner är vad?',
  hint: (reason) =>
    reason === 'unsure'
      ? 'Kolumnernas roller kunde inte avgöras säkert från rubrikerna. Välj vad varje kolumn innehåller. Valet sparas i den här webbläsaren och används nästa gång en fil med samma rubriker öppnas.'
      : 'Välj vad varje kolumn innehåller. Valet sparas i den här webbläsaren och används nästa gång en fil med samma rubriker öppnas.',
  edgeTable: (file) => `Samarbeten: ${file}`,
  nodeTable: (file) => `Aktörer: ${file}`,
  roleFor: (header) => `Roll för kolumnen ${header}`,
  edgeRoles: {
    source: 'Källa (från)',
    target: 'Mål (till)',
    strength: 'Styrka',
    kind: 'Typ av samarbete',
    year: 'År',
    date: 'Datum',
  },
  nodeRoles: {
    id: 'Id',
    label: 'Namn',
    kind: 'Typ av aktör',
    county: 'Län',
    lat: 'Latitud',
    lon: 'Longitud',
  },
  attribute: 'Övrigt (egenskap)',
  needEnds: 'Välj en kolumn för källa och en för mål.',
  needId: 'Välj en kolumn för id eller namn i aktörsfilen.',
  rowsShown: (n) => `De första ${n} raderna.`,
  load: 'Läs in',
  cancel: 'Avbryt',
  changeColumns: 'Ändra kolumner',
  skippedMetrics: (names) =>
    `Nätverket är för stort för mått som går igenom alla par av noder inom rimlig tid. Utelämnade: ${names}.`,
  sampledMetrics: (s) =>
    `Uppskattade från ${s.sources} av ${s.nodes} noder som startpunkter (slumpvis urval, Brandes och Pich 2007): ${s.names}. Med ${s.confidence} % sannolikhet ligger varje värde inom ±${s.epsilon} från det exakta (normaliserad skala).${s.refining ? ' Uppskattningen förfinas …' : ''}`,
  sampledExact: (names, nodes) =>
    `Först uppskattade, nu förfinade till exakta värden (alla ${nodes} noder som startpunkter): ${names}.`,
};

const en: ColumnsText = {
  title: 'Which column is which?',
  hint: (reason) =>
    reason === 'unsure'
      ? 'The roles of the columns could not be told for sure from their headers. Choose what each column holds. The choice is kept in this browser and used the next time a file with the same headers is opened.'
      : 'Choose what each column holds. The choice is kept in this browser and used the next time a file with the same headers is opened.',
  edgeTable: (file) => `Collaborations: ${file}`,
  nodeTable: (file) => `Actors: ${file}`,
  roleFor: (header) => `Role of the column ${header}`,
  edgeRoles: {
    source: 'Source (from)',
    target: 'Target (to)',
    strength: 'Strength',
    kind: 'Kind of collaboration',
    year: 'Year',
    date: 'Date',
  },
  nodeRoles: {
    id: 'Id',
    label: 'Name',
    kind: 'Kind of actor',
    county: 'County',
    lat: 'Latitude',
    lon: 'Longitude',
  },
  attribute: 'Other (attribute)',
  needEnds: 'Choose one column for the source and one for the target.',
  needId: 'Choose a column for the id or the name in the actor file.',
  rowsShown: (n) => `The first ${n} rows.`,
  load: 'Load',
  cancel: 'Cancel',
  changeColumns: 'Change columns',
  skippedMetrics: (names) =>
    `The network is too large for metrics that visit every pair of nodes in reasonable time. Left out: ${names}.`,
  sampledMetrics: (s) =>
    `Estimated from ${s.sources} of ${s.nodes} nodes as sources (random pivots, Brandes and Pich 2007): ${s.names}. With ${s.confidence} % probability every value lies within ±${s.epsilon} of the exact one (normalised scale).${s.refining ? ' The estimate is being refined …' : ''}`,
  sampledExact: (names, nodes) =>
    `First estimated, now refined to exact values (all ${nodes} nodes as sources): ${names}.`,
};

export const COLUMNS_TEXT: Record<Lang, ColumnsText> = { sv, en };
