import { countOf } from './plural.ts';
import type { ExportWords, ReportItem } from '../core/export/types.ts';
import { findingSentence } from './finding-sentence.ts';
import type { Lang } from './lang.ts';

type Params = Record<string, string | number>;
type Message = (params: Params) => string;

export interface ExportText {
  reportItems: Record<ReportItem, string>;
  reportHeadings: ExportWords['reportHeadings'];
  /** Messages of `brobyggare convert`. */
  wroteFile: (file: string, nodes: number, edges: number) => string;
  unknownOutput: (file: string) => string;
  missingConvertArgs: string;
}

/** What an export writes in `lang`: finding sentences and the report sheet's words. */
export function exportWords(lang: Lang): ExportWords {
  const t = EXPORT_TEXT[lang];
  return {
    lang,
    finding: (finding) => findingSentence(finding, lang),
    reportItems: t.reportItems,
    reportHeadings: t.reportHeadings,
  };
}

export const EXPORT_TEXT: Record<Lang, ExportText> = {
  sv: {
    reportItems: {
      rowsRead: 'rader lästa',
      rowsUsed: 'rader använda',
      rowsMerged: 'rader sammanslagna med en tidigare länk',
      rowsSkipped: 'rader överhoppade',
      nodes: 'noder',
      edges: 'länkar',
      selfLoops: 'självlänkar',
      municipalities: 'igenkända kommuner',
      regionalActors: 'igenkända regionala aktörer',
    },
    reportHeadings: {
      summary: 'Sammanfattning',
      files: 'Filer',
      warnings: 'Varningar',
      nearMisses: 'Nästan igenkända namn',
    },
    wroteFile: (file, nodes, edges) =>
      `skrev ${file} (${countOf('sv', nodes, { one: 'nod', other: 'noder' })}, ${countOf('sv', edges, { one: 'länk', other: 'länkar' })})`,
    unknownOutput: (file) =>
      `${file}: okänt utdataformat (använd .gexf, .graphml, .xlsx, .csv, .json eller .brobyggare.json)`,
    missingConvertArgs: 'convert behöver en indatafil och en utdatafil: brobyggare convert IN UT',
  },
  en: {
    reportItems: {
      rowsRead: 'rows read',
      rowsUsed: 'rows used',
      rowsMerged: 'rows merged into an earlier link',
      rowsSkipped: 'rows skipped',
      nodes: 'nodes',
      edges: 'links',
      selfLoops: 'self-loops',
      municipalities: 'recognised municipalities',
      regionalActors: 'recognised regional actors',
    },
    reportHeadings: {
      summary: 'Summary',
      files: 'Files',
      warnings: 'Warnings',
      nearMisses: 'Nearly recognised names',
    },
    wroteFile: (file, nodes, edges) =>
      `wrote ${file} (${countOf('en', nodes, { one: 'node', other: 'nodes' })}, ${countOf('en', edges, { one: 'link', other: 'links' })})`,
    unknownOutput: (file) =>
      `${file}: unknown output format (use .gexf, .graphml, .xlsx, .csv, .json or .brobyggare.json)`,
    missingConvertArgs: 'convert needs an input file and an output file: brobyggare convert IN OUT',
  },
};

const FIELD_PROBLEMS: Record<Lang, Record<string, string>> = {
  sv: {
    missing: 'saknas',
    not_object: 'ska vara ett objekt',
    not_array: 'ska vara en lista',
    not_string: 'ska vara text',
    not_number: 'ska vara ett ändligt tal',
    not_integer: 'ska vara ett heltal',
    not_boolean: 'ska vara true eller false',
    not_allowed: 'har ett värde som inte är tillåtet',
    duplicate: 'förekommer två gånger',
    unknown_node: 'pekar på en nod som inte finns i filen',
    self_loop: 'är samma nod som källan (ett band till sig själv)',
    parallel_edge: 'är ett andra band mellan samma två noder',
    out_of_range:
      'ligger utanför det tillåtna intervallet (styrka 1e-15–1e15, latitud ±90, longitud ±180)',
    too_deep: 'är nästlad djupare än 64 nivåer',
  },
  en: {
    missing: 'is missing',
    not_object: 'must be an object',
    not_array: 'must be a list',
    not_string: 'must be text',
    not_number: 'must be a finite number',
    not_integer: 'must be a whole number',
    not_boolean: 'must be true or false',
    not_allowed: 'has a value that is not allowed',
    duplicate: 'occurs twice',
    unknown_node: 'refers to a node that is not in the file',
    self_loop: 'is the same node as the source (a tie to itself)',
    parallel_edge: 'is a second tie between the same two nodes',
    out_of_range:
      'is outside the allowed range (strength 1e-15 to 1e15, latitude ±90, longitude ±180)',
    too_deep: 'is nested deeper than 64 levels',
  },
};

/** Messages for the InputError codes raised when a project file is opened (src/core/project). */
export const PROJECT_MESSAGES: Record<Lang, Record<string, Message>> = {
  sv: {
    project_not_json: (p) => `filen är inte giltig JSON (${p.reason})`,
    project_wrong_format: () => 'filen är inte en Brobyggare-projektfil',
    project_newer_version: (p) =>
      `projektfilen har version ${p.version}, nyare än den här versionen av Brobyggare kan läsa (högst ${p.supported}); uppdatera Brobyggare`,
    project_invalid: (p) =>
      `projektfilen är skadad: fältet ”${p.field}” ${FIELD_PROBLEMS.sv[String(p.problem)] ?? p.problem}`,
  },
  en: {
    project_not_json: (p) => `the file is not valid JSON (${p.reason})`,
    project_wrong_format: () => 'the file is not a Brobyggare project file',
    project_newer_version: (p) =>
      `the project file has version ${p.version}, newer than this version of Brobyggare can read (at most ${p.supported}); update Brobyggare`,
    project_invalid: (p) =>
      `the project file is damaged: the field "${p.field}" ${FIELD_PROBLEMS.en[String(p.problem)] ?? p.problem}`,
  },
};
