import { countOf } from './plural.ts';
import type { Finding, PositionResult, Suggestion } from '../core/analysis/types.ts';
import type { ReportSource } from '../core/report/report-data.ts';
import type { ReportWords } from '../core/report/report-html.ts';
import { ANALYSIS_TEXT } from './analysis.ts';
import { APP_TEXT } from './app.ts';
import { findingSentence } from './finding-sentence.ts';
import { formatNumber, type Lang } from './lang.ts';
import { positionSentence } from './position-sentence.ts';
import { suggestionSentence } from './suggestion-sentence.ts';

/** How the report words a position's reasons, a finding and a suggestion: as everywhere else. */
export const SENTENCES = {
  position: (p: PositionResult, lang: Lang): string => positionSentence(p, lang),
  finding: (f: Finding, lang: Lang): string => findingSentence(f, lang),
  suggestion: (s: Suggestion, lang: Lang): string => suggestionSentence(s, lang),
};

/** Words of the scope, report and template commands on the command line. */
export const REPORT_CLI_TEXT = {
  sv: {
    wroteFiles: (files: string[]) => `skrev ${files.join(', ')}`,
    templateOut: 'ange --out mall.xlsx eller --out mall.csv',
    nodesSuffix: 'aktorer',
    instructionsSuffix: 'instruktioner',
    reportOut: 'ange --out rapport.html',
    countyOut: 'med --county skrivs nodtabellen som .csv eller .json',
    reportWhat: 'ange --municipality NAMN eller --county NAMN (inte båda)',
    notCounty: (v: string) =>
      `”${v}” är inget län (ange namn, t.ex. ”Västernorrlands län”, eller kod)`,
    scopeHeading: (county: string) =>
      `Urval: ${county} (positionerna är beräknade på hela nätverket; band över länsgränsen räknas)`,
    scopeRows: (inside: number, outside: number) =>
      `${countOf('sv', inside, { one: 'aktör', other: 'aktörer' })} i länet och ${outside} partner utanför (kolumnen in_scope = 0)`,
    noAlone: (county: string) => `Ingen kommun i ${county} är ensam samhällsbyggare.`,
  },
  en: {
    wroteFiles: (files: string[]) => `wrote ${files.join(', ')}`,
    templateOut: 'give --out template.xlsx or --out template.csv',
    nodesSuffix: 'nodes',
    instructionsSuffix: 'instructions',
    reportOut: 'give --out report.html',
    countyOut: 'with --county the node table is written as .csv or .json',
    reportWhat: 'give --municipality NAME or --county NAME (not both)',
    notCounty: (v: string) =>
      `“${v}” is not a county (give a name, e.g. “Västernorrlands län”, or a code)`,
    scopeHeading: (county: string) =>
      `Scope: ${county} (positions are computed on the whole network; ties across the county border count)`,
    scopeRows: (inside: number, outside: number) =>
      `${countOf('en', inside, { one: 'actor', other: 'actors' })} in the county and ${countOf('en', outside, { one: 'partner', other: 'partners' })} outside (column in_scope = 0)`,
    noAlone: (county: string) => `No municipality in ${county} is a lone builder.`,
  },
} satisfies Record<Lang, Record<string, unknown>>;

const SV_SECTORS = {
  region: 'Region',
  county_board: 'Länsstyrelse',
  higher_education: 'Lärosäte',
  business_support: 'Näringsliv',
  leader: 'Leader',
  national: 'Nationella',
  municipality: 'Kommuner',
  other: 'Övriga',
};

const EN_SECTORS = {
  region: 'Region',
  county_board: 'County board',
  higher_education: 'University',
  business_support: 'Business',
  leader: 'Leader',
  national: 'National',
  municipality: 'Municipalities',
  other: 'Other',
};

/** The words of a report (and its municipality map) in one language. */
export function reportWords(lang: Lang): ReportWords {
  const a = ANALYSIS_TEXT[lang];
  const kinds = new Map(Object.entries(APP_TEXT[lang].kindNames));
  const num = (v: number, digits = 3) => (Number.isFinite(v) ? formatNumber(v, lang, digits) : '–');
  const sv = lang === 'sv';
  return {
    lang,
    number: num,
    map: {
      sectorNames: sv ? SV_SECTORS : EN_SECTORS,
      noTieTo: (label) => (sv ? `inget band till ${label}` : `no tie to ${label}`),
      legend: sv
        ? {
            strong: 'starkt band (hög frekvens), nära',
            weak: 'svagt band (låg frekvens), längre ut',
            secondRing: 'partnernas partner',
            missing: 'typisk partner utan band',
            barrier: 'barriär: bro eller nod allt hänger på',
          }
        : {
            strong: 'strong tie (high frequency), close',
            weak: 'weak tie (low frequency), further out',
            secondRing: 'partners’ partners',
            missing: 'typical partner with no tie',
            barrier: 'barrier: bridge or node everything hangs on',
          },
    },
    mentalMap: sv
      ? {
          elements: {
            landmark: 'Landmärke',
            destination: 'Målpunkt',
            district: 'Distrikt',
            barrier: 'Barriär',
            path: 'Stråk',
          },
          purposes: {
            trade: 'handel',
            service: 'service',
            work: 'arbete',
            recreation: 'rekreation',
          },
          high: 'hög frekvens',
          low: 'låg',
        }
      : {
          elements: {
            landmark: 'Landmark',
            destination: 'Destination',
            district: 'District',
            barrier: 'Barrier',
            path: 'Path',
          },
          purposes: { trade: 'trade', service: 'service', work: 'work', recreation: 'recreation' },
          high: 'high frequency',
          low: 'low',
        },
    mentalMapHeading: sv ? 'Mental karta' : 'Mental map',
    mentalMapSource: (file) => (sv ? `Platser från ${file}` : `Places from ${file}`),
    // Swedish: the name as the data gives it ("Kramfors" or "Kramfors kommun") — adding "kommun"
    // doubled it in the second case and cannot make the genitive of the first ("Sundsvalls
    // kommun"). English: "municipality" unless the name already says it.
    municipalityTitle: (name, county) =>
      `${name}${sv || /kommun|municipality/i.test(name) ? '' : ' municipality'}${county ? ` · ${county}` : ''}`,
    countyTitle: (name) => name,
    positionName: (p) => a.positionNames[p],
    positionGist: (p) => a.positionGists[p],
    positionSentence: (p) => SENTENCES.position(p, lang),
    criterionName: (code) => a.criterionNames[code],
    held: (held) => (held ? (sv ? 'uppfyllt' : 'holds') : sv ? 'ej uppfyllt' : 'does not hold'),
    stability: (share, runs, uncertain) =>
      sv
        ? `Stabilitet ${num(share, 2)}: ${num(share * 100, 0)} % av ${runs} störda nätverk ger samma position${uncertain ? ' – positionen är osäker' : ''}.`
        : `Stability ${num(share, 2)}: ${num(share * 100, 0)} % of ${runs} perturbed networks give the same position${uncertain ? ' – the position is uncertain' : ''}.`,
    kindName: (kind) => kinds.get(kind) ?? kind,
    findingSentence: (f) => SENTENCES.finding(f, lang),
    suggestionSentence: (s) => SENTENCES.suggestion(s, lang),
    suggestionEffects: (s) => {
      const e = s.effects;
      const parts = [
        `${a.positionNames[e.positionBefore]} → ${a.positionNames[e.positionAfter]}`,
        `${sv ? 'begränsning' : 'constraint'} ${num(e.constraintBefore, 2)} → ${num(e.constraintAfter, 2)}`,
        `${sv ? 'harmonisk närhet' : 'harmonic closeness'} ${num(e.harmonicBefore, 1)} → ${num(e.harmonicAfter, 1)}`,
        `${sv ? 'oberoende vägar' : 'independent paths'} ${e.pathsBefore} → ${e.pathsAfter}`,
        ...(e.bridgesRemoved > 0
          ? [
              sv
                ? `${e.bridgesRemoved} ${e.bridgesRemoved === 1 ? 'bro' : 'broar'} färre`
                : `${e.bridgesRemoved} fewer ${e.bridgesRemoved === 1 ? 'bridge' : 'bridges'}`,
            ]
          : []),
      ];
      return (sv ? 'Mätt effekt: ' : 'Measured effect: ') + parts.join('; ');
    },
    headings: sv
      ? {
          position: 'Nätverksposition',
          map: 'Kommunens karta',
          countyMap: 'Länets nätverk',
          ties: 'Band',
          weakLinks: 'Svaga länkar',
          suggestions: 'Förslag på nya band',
          positions: 'Kommunernas positioner',
          about: 'Om rapporten',
        }
      : {
          position: 'Network position',
          map: 'The municipality’s map',
          countyMap: 'The county’s network',
          ties: 'Ties',
          weakLinks: 'Weak links',
          suggestions: 'Suggested new ties',
          positions: 'Positions of the municipalities',
          about: 'About this report',
        },
    columns: sv
      ? {
          partner: 'Partner',
          kind: 'Typ',
          strength: 'Styrka',
          records: 'Rader',
          municipality: 'Kommun',
          position: 'Position',
          stability: 'Stabilitet',
        }
      : {
          partner: 'Partner',
          kind: 'Kind',
          strength: 'Strength',
          records: 'Rows',
          municipality: 'Municipality',
          position: 'Position',
          stability: 'Stability',
        },
    none: sv
      ? {
          ties: 'Inga band i datan.',
          findings: 'Inga svaga länkar.',
          suggestions: 'Inga nya band att föreslå.',
        }
      : {
          ties: 'No ties in the data.',
          findings: 'No weak links.',
          suggestions: 'No new ties to suggest.',
        },
    suggestionsForMiddle: sv
      ? 'Ingen kommun i länet är ensam samhällsbyggare; förslagen gäller kommuner i mellanläge, störst mätt effekt först.'
      : 'No municipality in the county is a lone builder; the suggestions are for municipalities in mellanläge, largest measured effect first.',
    more: (n) => (sv ? `… och ${n} till.` : `… and ${n} more.`),
    partnersOutside: (n) =>
      sv
        ? `${n} partner utanför länet är inte ritade.`
        : `${n} partners outside the county are not drawn.`,
    scopeNote: sv
      ? 'Positionerna är beräknade på hela nätverket (band över länsgränsen räknas); rapporten visar bara det som rör urvalet.'
      : 'Positions are computed on the whole network (ties across the county border count); the report shows only what concerns its scope.',
    source: (s: ReportSource) => `Brobyggare · ${s.date} · data: ${s.files.join(', ') || '–'}`,
    method: sv
      ? 'Metod: nätverksposition enligt Brobyggares standardregel – band till minst två olika regionala aktörer och en mäklarposition (Burts constraint, viktad med styrka) eller närhet till hela nätverket (harmonisk närhet) jämfört med länets kommuner ger nätverksaktör; regional åtkomst som hänger på ett band eller en nod med hög constraint ger ensam samhällsbyggare. Förslagen är mätta genom att lägga till bandet och räkna om regeln. Nätverksdata mäter bara genomförandeaxeln, inte målbilden.'
      : 'Method: network position by Brobyggare’s default rule – ties to at least two distinct regional actors and a broker position (Burt’s constraint, weighted by strength) or closeness to the whole network (harmonic closeness) compared with the county’s municipalities give network actor; regional access that hangs on one tie or node with high constraint gives lone builder. Suggestions are measured by adding the tie and recomputing the rule. Network data measures only the implementation axis, not the goal image.',
  };
}

/** Words of the app's municipality map, print and template buttons. */
export const REPORT_APP_TEXT = {
  sv: {
    mapHeading: 'Kommunens karta',
    scopeLabel: 'Mitt län',
    scopeAll: 'Hela nätverket',
    scopeNote:
      'Visar bara det som rör länet. Positionerna är beräknade på hela nätverket (band över länsgränsen räknas).',
    scopeActors: (inside: number, outside: number) =>
      `${countOf('sv', inside, { one: 'aktör', other: 'aktörer' })} i länet, ${outside} partner utanför`,
    print: 'Skriv ut rapport',
    printHint: 'En A4-sida: position och skäl, kartan, band, svaga länkar och förslag',
    template: 'Ladda ner mall',
    templateHint: 'En Excel-mall med rätt kolumner, en exempelrad och instruktioner',
    templateFile: 'brobyggare-mall.xlsx',
  },
  en: {
    mapHeading: 'The municipality’s map',
    scopeLabel: 'My county',
    scopeAll: 'The whole network',
    scopeNote:
      'Shows only what concerns the county. Positions are computed on the whole network (ties across the county border count).',
    scopeActors: (inside: number, outside: number) =>
      `${countOf('en', inside, { one: 'actor', other: 'actors' })} in the county, ${countOf('en', outside, { one: 'partner', other: 'partners' })} outside`,
    print: 'Print report',
    printHint: 'One A4 page: position and reasons, the map, ties, weak links and suggestions',
    template: 'Download template',
    templateHint: 'An Excel template with the right columns, an example row and instructions',
    templateFile: 'brobyggare-template.xlsx',
  },
} satisfies Record<Lang, Record<string, string | ((inside: number, outside: number) => string)>>;
