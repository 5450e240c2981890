import type { SampledMetrics } from '../core/metrics/paths/pivot-sample.ts';
import type { RefinedRound } from '../core/run/refine.ts';
import { formatNumber, type Lang } from './lang.ts';
import { countOf } from './plural.ts';

/** A refinement round, as the CLI words it. */
type RefinedRoundText = Pick<RefinedRound, 'round' | 'rounds' | 'sampled'>;

/** The error bound, or that the values are exact (every node a source). */
function epsilonText(s: SampledMetrics, lang: Lang): string {
  if (s.epsilon === 0)
    return lang === 'sv' ? 'exakta värden (alla noder)' : 'exact values (every node)';
  const pct = formatNumber(s.confidence * 100, lang);
  const eps = formatNumber(s.epsilon, lang, 4);
  return lang === 'sv' ? `felgräns ε = ${eps} (${pct} %)` : `error bound ε = ${eps} (${pct} %)`;
}

/** A file name ending for an output format. */
const extension = (format: string) => (format === 'project' ? '.brobyggare.json' : `.${format}`);

/** Texts of the command line. The usage text is English and Swedish alike: flags are English. */
export const CLI_TEXT = {
  sv: {
    usage: `Användning:
  brobyggare analyze KANTER [--nodes NODER] [alternativ]   nätverksmått och position per nod
  brobyggare weak-links KANTER [--nodes NODER] [--out FIL]  svaga länkar som meningar
  brobyggare suggest KANTER [--nodes NODER] --municipality NAMN [--k 5] [--reach county|all]
  brobyggare compare KANTER [--nodes NODER] --from ÅR[-ÅR] --to ÅR[-ÅR]   förändring mellan två perioder
  brobyggare compare FÖRE EFTER [--nodes NODER]               förändring mellan två filer
  brobyggare convert IN UT                                    byt format (csv, json, gexf, graphml, xlsx)
  brobyggare metrics [--lang sv|en]                           lista alla mått med definition
  brobyggare report KANTER [--nodes NODER] (--municipality NAMN [--places PLATSFIL] | --county LÄN) --out rapport.html
                                                              en utskrivbar A4-sida (HTML); --places lägger till en mental karta
  brobyggare template --out mall.xlsx|mall.csv                tom datamall med exempelrad och instruktioner

Alternativ för inläsning:
  --nodes FIL              nodtabell (id, namn, typ, län, lat, lon, …)
  --directed               riktat nätverk (annars oriktat)
  --source KOL --target KOL --strength KOL --kind KOL --year KOL
                           ange kolumner för hand (rubrik eller 0-baserat index)
  --merge sum|count|max    hur upprepade rader för samma par slås ihop (standard: sum)
  --no-recognise           känn inte igen kommuner och regionala organ i namn och koder
Utdata:
  --out FIL.csv|FIL.json|FIL.xlsx   nodtabellen (annars CSV på stdout)
  --edges-out FIL          kantmått som CSV eller JSON
  --metrics a,b,c          bara dessa mått (id enligt 'brobyggare metrics')
  --error ε                analyze, convert: på ett nätverk för stort för alla par förfinas de uppskattade
                           måtten (mellanhet, närhet) i omgångar tills felgränsen är högst ε (0 = exakt)
  --project municipalities tvålägesprojektion på kommunerna (Newmans viktning)
  --lang sv|en             språk för sammanfattning och meningar (standard: sv)
  --seed N                 frö för slumpmoment (Louvain, stabilitet); standard 1
  --reach county|all       suggest: aktörer i kommunens län och nationella (standard) eller alla
  --thresholds baseline|own  compare: första periodens gränser för båda (standard) eller varje periods egna
  --undated both|none      compare: samarbeten utan år räknas i båda perioderna eller utelämnas (standard)
  --version                visa versionen
  --county LÄN             analyze, weak-links, suggest, report: bara länets aktörer (namn eller kod);
                           positionerna beräknas ändå på hela nätverket
Slutkoder: 0 klart, 1 felaktig indata (fil, rad och kolumn anges), 2 felaktigt anrop, 3 internt fel.`,
    unknownCommand: (c: string) => `okänt kommando: ${c}`,
    missingInput: 'ange en kantfil',
    badOption: (detail: string) => `felaktigt alternativ: ${detail}`,
    unknownOption: (option: string) => `okänt alternativ: ${option}`,
    badChoice: (option: string, value: string, allowed: readonly string[]) =>
      `${option} måste vara ${allowed.join(' eller ')} (fick ”${value}”)`,
    internalError: (detail: string) =>
      `ett internt fel stoppade körningen (${detail}). Det är ett fel i Brobyggare, inte i dina data; rapportera det gärna.`,
    optionNeedsValue: (option: string) => `${option} behöver ett värde`,
    optionNotFor: (option: string, command: string) => `${option} gäller inte kommandot ${command}`,
    badMerge: (v: string) => `--merge måste vara sum, count eller max (fick ”${v}”)`,
    badLang: (v: string) => `--lang måste vara sv eller en (fick ”${v}”)`,
    badOut: (v: string, allowed: readonly string[]) =>
      `okänt utdataformat för ${v} (använd ${allowed.map(extension).join(', ')})`,
    outFolderMissing: (v: string) => `${v}: mappen finns inte`,
    outIsFolder: (v: string) => `${v} är en mapp; ange ett filnamn`,
    unknownMetric: (v: string) => `okänt mått: ${v} (se 'brobyggare metrics')`,
    notFound: (f: string) => `${f}: filen finns inte`,
    wrote: (f: string, rows: number) =>
      `skrev ${countOf('sv', rows, { one: 'rad', other: 'rader' })} till ${f}`,
    graphHeading: 'Nätverket',
    skippedLarge: (ids: readonly string[]) =>
      `Nätverket är för stort för mått som går igenom alla par av noder inom rimlig tid; utelämnade: ${ids.join(', ')}. Ange dem med --metrics för att ändå beräkna dem.`,
    sampledLarge: (s: SampledMetrics) =>
      `Uppskattade från ${formatNumber(s.sources, 'sv')} av ${formatNumber(s.nodes, 'sv')} noder som startpunkter (slumpvis urval med fast frö, Brandes och Pich 2007): ${s.ids.join(', ')}. Med ${formatNumber(s.confidence * 100, 'sv')} % sannolikhet ligger varje nods normaliserade mellanhet och normaliserade harmoniska närhet inom ±${formatNumber(s.epsilon, 'sv', 4)} från det exakta värdet (Hoeffdings olikhet); närhetens medelavstånd inom ±${formatNumber(s.epsilon, 'sv', 4)} × diametern. Ange dem med --metrics för exakta värden, eller förfina uppskattningen med --error ε.`,
    refinedRound: (r: RefinedRoundText) =>
      `Förfinad uppskattning, omgång ${r.round} av ${r.rounds}: ${formatNumber(r.sampled.sources, 'sv')} av ${formatNumber(r.sampled.nodes, 'sv')} noder som startpunkter, ${epsilonText(r.sampled, 'sv')}`,
    sampledSummary: (s: SampledMetrics) =>
      `Uppskattade från slumpvisa startpunkter (pivots): ${s.ids.join(', ')}; ${formatNumber(s.sources, 'sv')} av ${formatNumber(s.nodes, 'sv')} noder, ${epsilonText(s, 'sv')}`,
    badError: (v: string) => `--error måste vara ett tal mellan 0 och 1 (fick ”${v}”)`,
    severity: { high: 'hög', medium: 'medel', low: 'låg' },
    noFindings: 'Inga svaga länkar hittades.',
    missingMunicipality: 'ange en kommun med --municipality NAMN',
    notMunicipality: (v: string) => `”${v}” är ingen kommun i nätverket (ange namn eller id)`,
    noSuggestions: 'Inga nya band till regionala aktörer att föreslå.',
    effectPosition: 'position',
    effectPaths: (cap: number) => `oberoende vägar (räknade upp till ${cap})`,
    projected: (kept: number, ties: number, dropped: number) =>
      `Projektion på kommunsidan (noder av typ kommun): ${kept} kommuner och ${ties} band genom gemensamma partner; de ${dropped} noderna på andra sidan ingår inte`,
    csvNodesOnly: 'CSV-filen innehåller nodtabellen; kanterna skrivs med analyze --edges-out',
    effectBridges: 'broar som inte längre är broar:',
    positionsHeading: 'Nätverksposition (kommuner)',
    noMunicipalities:
      'inga kommuner i datan (ingen nod är en igenkänd kommun eller har typ kommun)',
    uncertain: (n: number) => `${n} osäkra`,
    stabilityRuns: (networks: number, most: number, mean: string) =>
      `stabilitet: ${networks} av högst ${most} störda nätverk dragna, i snitt ${mean} räknade per kommun`,
    scope: { node: 'nod', edge: 'kant', graph: 'nätverk' },
    weighting: { unweighted: 'oviktat', weighted: 'viktat med styrka' },
    metricsHeading: 'Mått',
    stage: {
      read: 'läser',
      metrics: 'mått',
      refine: 'förfinar uppskattningen',
      analysis: 'position och svaga länkar',
      suggest: 'mäter förslag',
      write: 'skriver',
    },
  },
  en: {
    usage: `Usage:
  brobyggare analyze EDGES [--nodes NODES] [options]     network metrics and position per node
  brobyggare weak-links EDGES [--nodes NODES] [--out FILE]  weak links as sentences
  brobyggare suggest EDGES [--nodes NODES] --municipality NAME [--k 5] [--reach county|all]
  brobyggare compare EDGES [--nodes NODES] --from YEAR[-YEAR] --to YEAR[-YEAR]   change between two periods
  brobyggare compare OLD NEW [--nodes NODES]              change between two files
  brobyggare convert IN OUT                               change format (csv, json, gexf, graphml, xlsx)
  brobyggare metrics [--lang sv|en]                       list every metric with its definition
  brobyggare report EDGES [--nodes NODES] (--municipality NAME [--places PLACEFILE] | --county COUNTY) --out report.html
                                                          one printable A4 page (HTML); --places adds a mental map
  brobyggare template --out template.xlsx|template.csv    empty data template with an example row and instructions

Input options:
  --nodes FILE             node table (id, name, kind, county, lat, lon, …)
  --directed               directed network (default: undirected)
  --source COL --target COL --strength COL --kind COL --year COL
                           give columns by hand (header or 0-based index)
  --merge sum|count|max    how repeated rows for the same pair merge (default: sum)
  --no-recognise           do not recognise municipalities and regional bodies in names and codes
Output:
  --out FILE.csv|FILE.json|FILE.xlsx   the node table (else CSV on stdout)
  --edges-out FILE         edge metrics as CSV or JSON
  --metrics a,b,c          only these metrics (ids as in 'brobyggare metrics')
  --error ε                analyze, convert: on a network too large for all pairs, refine the estimated metrics
                           (betweenness, closeness) in rounds until their error bound is at most ε (0 = exact)
  --project municipalities two-mode projection onto municipalities (Newman weighting)
  --lang sv|en             language of the summary and sentences (default: sv)
  --seed N                 seed for randomness (Louvain, stability); default 1
  --reach county|all       suggest: actors of the municipality's county and national ones (default), or all
  --thresholds baseline|own  compare: the first period's thresholds for both (default), or each period's own
  --undated both|none      compare: collaborations without a year count in both periods, or are left out (default)
  --version                print the version
  --county COUNTY          analyze, weak-links, suggest, report: only the county's actors (name or code);
                           positions are still computed on the whole network
Exit codes: 0 done, 1 bad input (file, row and column named), 2 bad usage, 3 internal error.`,
    unknownCommand: (c: string) => `unknown command: ${c}`,
    missingInput: 'give an edge file',
    badOption: (detail: string) => `bad option: ${detail}`,
    unknownOption: (option: string) => `unknown option: ${option}`,
    badChoice: (option: string, value: string, allowed: readonly string[]) =>
      `${option} must be ${allowed.join(' or ')} (got "${value}")`,
    internalError: (detail: string) =>
      `an internal error stopped the run (${detail}). This is a fault in Brobyggare, not in your data; please report it.`,
    optionNeedsValue: (option: string) => `${option} needs a value`,
    optionNotFor: (option: string, command: string) =>
      `${option} does not apply to the command ${command}`,
    badMerge: (v: string) => `--merge must be sum, count or max (got "${v}")`,
    badLang: (v: string) => `--lang must be sv or en (got "${v}")`,
    badOut: (v: string, allowed: readonly string[]) =>
      `unknown output format for ${v} (use ${allowed.map(extension).join(', ')})`,
    outFolderMissing: (v: string) => `${v}: the folder does not exist`,
    outIsFolder: (v: string) => `${v} is a folder; give a file name`,
    unknownMetric: (v: string) => `unknown metric: ${v} (see 'brobyggare metrics')`,
    notFound: (f: string) => `${f}: no such file`,
    wrote: (f: string, rows: number) =>
      `wrote ${countOf('en', rows, { one: 'row', other: 'rows' })} to ${f}`,
    graphHeading: 'Network',
    skippedLarge: (ids: readonly string[]) =>
      `The network is too large for metrics that visit every pair of nodes in reasonable time; left out: ${ids.join(', ')}. Name them with --metrics to compute them anyway.`,
    sampledLarge: (s: SampledMetrics) =>
      `Estimated from ${formatNumber(s.sources, 'en')} of ${formatNumber(s.nodes, 'en')} nodes as sources (seeded random pivots, Brandes and Pich 2007): ${s.ids.join(', ')}. With ${formatNumber(s.confidence * 100, 'en')} % probability every node's normalised betweenness and normalised harmonic closeness lie within ±${formatNumber(s.epsilon, 'en', 4)} of the exact value (Hoeffding's inequality); closeness's mean distance within ±${formatNumber(s.epsilon, 'en', 4)} × the diameter. Name them with --metrics for exact values, or refine the estimate with --error ε.`,
    refinedRound: (r: RefinedRoundText) =>
      `Refined estimate, round ${r.round} of ${r.rounds}: ${formatNumber(r.sampled.sources, 'en')} of ${formatNumber(r.sampled.nodes, 'en')} nodes as sources, ${epsilonText(r.sampled, 'en')}`,
    sampledSummary: (s: SampledMetrics) =>
      `Estimated from random sources (pivots): ${s.ids.join(', ')}; ${formatNumber(s.sources, 'en')} of ${formatNumber(s.nodes, 'en')} nodes, ${epsilonText(s, 'en')}`,
    badError: (v: string) => `--error must be a number from 0 to 1 (got "${v}")`,
    severity: { high: 'high', medium: 'medium', low: 'low' },
    noFindings: 'No weak links found.',
    missingMunicipality: 'give a municipality with --municipality NAME',
    notMunicipality: (v: string) =>
      `"${v}" is not a municipality in the network (give its name or id)`,
    noSuggestions: 'No new ties to regional actors to suggest.',
    effectPosition: 'position',
    effectPaths: (cap: number) => `independent paths (counted up to ${cap})`,
    projected: (kept: number, ties: number, dropped: number) =>
      `Projection onto the municipality side (nodes of kind municipality): ${kept} municipalities and ${ties} ties through shared partners; the ${dropped} nodes of the other side are left out`,
    csvNodesOnly: 'the CSV file holds the node table; write the edges with analyze --edges-out',
    effectBridges: 'bridges no longer bridges:',
    positionsHeading: 'Network position (municipalities)',
    noMunicipalities:
      'no municipalities in the data (no node is a recognised municipality or has kind municipality)',
    uncertain: (n: number) => `${n} uncertain`,
    stabilityRuns: (networks: number, most: number, mean: string) =>
      `stability: ${networks} of at most ${most} perturbed networks drawn, ${mean} counted per municipality on average`,
    scope: { node: 'node', edge: 'edge', graph: 'graph' },
    weighting: { unweighted: 'unweighted', weighted: 'weighted by strength' },
    metricsHeading: 'Metrics',
    stage: {
      read: 'reading',
      metrics: 'metrics',
      refine: 'refining the estimate',
      analysis: 'positions and weak links',
      suggest: 'measuring suggestions',
      write: 'writing',
    },
  },
} satisfies Record<Lang, unknown>;
