import type { Lang } from './lang.ts';

/** Texts of the command line. The usage text is English and Swedish alike: flags are English. */
export const CLI_TEXT = {
  sv: {
    usage: `Användning:
  brobyggare analyze KANTER [--nodes NODER] [alternativ]   nätverksmått och position per nod
  brobyggare weak-links KANTER [--nodes NODER] [--out FIL]  svaga länkar som meningar
  brobyggare suggest KANTER [--nodes NODER] --municipality NAMN [--k 5] [--reach county|all]
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
Utdata:
  --out FIL.csv|FIL.json|FIL.xlsx   nodtabellen (annars CSV på stdout)
  --edges-out FIL          kantmått som CSV eller JSON
  --metrics a,b,c          bara dessa mått (id enligt 'brobyggare metrics')
  --project municipalities tvålägesprojektion på kommunerna (Newmans viktning)
  --lang sv|en             språk för sammanfattning och meningar (standard: sv)
  --seed N                 frö för slumpmoment (Louvain, stabilitet); standard 1
  --reach county|all       suggest: aktörer i kommunens län och nationella (standard) eller alla
  --county LÄN             analyze, weak-links, suggest, report: bara länets aktörer (namn eller kod);
                           positionerna beräknas ändå på hela nätverket
Slutkoder: 0 klart, 1 felaktig indata (fil, rad och kolumn anges), 2 felaktigt anrop.`,
    unknownCommand: (c: string) => `okänt kommando: ${c}`,
    missingInput: 'ange en kantfil',
    badOption: (detail: string) => `felaktigt alternativ: ${detail}`,
    badMerge: (v: string) => `--merge måste vara sum, count eller max (fick ”${v}”)`,
    badLang: (v: string) => `--lang måste vara sv eller en (fick ”${v}”)`,
    badOut: (v: string) => `okänt utdataformat för ${v} (använd .csv eller .json)`,
    unknownMetric: (v: string) => `okänt mått: ${v} (se 'brobyggare metrics')`,
    notFound: (f: string) => `${f}: filen finns inte`,
    wrote: (f: string, rows: number) => `skrev ${rows} rader till ${f}`,
    graphHeading: 'Nätverket',
    skippedLarge: (ids: string[]) =>
      `Nätverket är för stort för mått som går igenom alla par av noder inom rimlig tid; utelämnade: ${ids.join(', ')}. Ange dem med --metrics för att ändå beräkna dem.`,
    severity: { high: 'hög', medium: 'medel', low: 'låg' },
    noFindings: 'Inga svaga länkar hittades.',
    missingMunicipality: 'ange en kommun med --municipality NAMN',
    notMunicipality: (v: string) => `”${v}” är ingen kommun i nätverket (ange namn eller id)`,
    noSuggestions: 'Inga nya band till regionala aktörer att föreslå.',
    effectPosition: 'position',
    effectPaths: 'oberoende vägar',
    effectBridges: 'broar som inte längre är broar:',
    positionsHeading: 'Nätverksposition (kommuner)',
    noMunicipalities:
      'inga kommuner i datan (ingen nod är en igenkänd kommun eller har typ kommun)',
    uncertain: (n: number) => `${n} osäkra`,
    scope: { node: 'nod', edge: 'kant', graph: 'nätverk' },
    weighting: { unweighted: 'oviktat', weighted: 'viktat med styrka' },
    metricsHeading: 'Mått',
  },
  en: {
    usage: `Usage:
  brobyggare analyze EDGES [--nodes NODES] [options]     network metrics and position per node
  brobyggare weak-links EDGES [--nodes NODES] [--out FILE]  weak links as sentences
  brobyggare suggest EDGES [--nodes NODES] --municipality NAME [--k 5] [--reach county|all]
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
Output:
  --out FILE.csv|FILE.json|FILE.xlsx   the node table (else CSV on stdout)
  --edges-out FILE         edge metrics as CSV or JSON
  --metrics a,b,c          only these metrics (ids as in 'brobyggare metrics')
  --project municipalities two-mode projection onto municipalities (Newman weighting)
  --lang sv|en             language of the summary and sentences (default: sv)
  --seed N                 seed for randomness (Louvain, stability); default 1
  --reach county|all       suggest: actors of the municipality's county and national ones (default), or all
  --county COUNTY          analyze, weak-links, suggest, report: only the county's actors (name or code);
                           positions are still computed on the whole network
Exit codes: 0 done, 1 bad input (file, row and column named), 2 bad usage.`,
    unknownCommand: (c: string) => `unknown command: ${c}`,
    missingInput: 'give an edge file',
    badOption: (detail: string) => `bad option: ${detail}`,
    badMerge: (v: string) => `--merge must be sum, count or max (got "${v}")`,
    badLang: (v: string) => `--lang must be sv or en (got "${v}")`,
    badOut: (v: string) => `unknown output format for ${v} (use .csv or .json)`,
    unknownMetric: (v: string) => `unknown metric: ${v} (see 'brobyggare metrics')`,
    notFound: (f: string) => `${f}: no such file`,
    wrote: (f: string, rows: number) => `wrote ${rows} rows to ${f}`,
    graphHeading: 'Network',
    skippedLarge: (ids: string[]) =>
      `The network is too large for metrics that visit every pair of nodes in reasonable time; left out: ${ids.join(', ')}. Name them with --metrics to compute them anyway.`,
    severity: { high: 'high', medium: 'medium', low: 'low' },
    noFindings: 'No weak links found.',
    missingMunicipality: 'give a municipality with --municipality NAME',
    notMunicipality: (v: string) =>
      `"${v}" is not a municipality in the network (give its name or id)`,
    noSuggestions: 'No new ties to regional actors to suggest.',
    effectPosition: 'position',
    effectPaths: 'independent paths',
    effectBridges: 'bridges no longer bridges:',
    positionsHeading: 'Network position (municipalities)',
    noMunicipalities:
      'no municipalities in the data (no node is a recognised municipality or has kind municipality)',
    uncertain: (n: number) => `${n} uncertain`,
    scope: { node: 'node', edge: 'edge', graph: 'graph' },
    weighting: { unweighted: 'unweighted', weighted: 'weighted by strength' },
    metricsHeading: 'Metrics',
  },
} satisfies Record<Lang, unknown>;
