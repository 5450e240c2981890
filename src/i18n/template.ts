import type { KnownKind } from '../core/model/types.ts';
import type { TemplateText } from '../core/template/template.ts';
import type { Lang } from './lang.ts';

/** The word a template user writes in the kind column for each kind the importer knows. */
export const TEMPLATE_KIND_WORDS: Record<Lang, Record<Exclude<KnownKind, 'unknown'>, string>> = {
  sv: {
    municipality: 'Kommun',
    region: 'Region',
    county_board: 'Länsstyrelse',
    business_support: 'Näringsliv',
    higher_education: 'Lärosäte',
    tourism: 'Turism',
    leader: 'Leader',
    national: 'Nationell myndighet',
    other: 'Övrig',
  },
  en: {
    municipality: 'Municipality',
    region: 'Region',
    county_board: 'County board',
    business_support: 'Business support',
    higher_education: 'University',
    tourism: 'Tourism',
    leader: 'Leader',
    national: 'National agency',
    other: 'Other',
  },
};

const kindList = (lang: Lang) => Object.values(TEMPLATE_KIND_WORDS[lang]).join(', ');

export const TEMPLATE_TEXT: Record<Lang, TemplateText> = {
  sv: {
    edgeSheet: 'Samarbeten',
    nodeSheet: 'Aktörer',
    instructionSheet: 'Instruktioner',
    edgeHeaders: ['Från', 'Till', 'Styrka', 'Samarbetsform', 'År', 'Kommentar'],
    edgeExample: [
      'Kramfors',
      'Region Västernorrland',
      2.5,
      'Gemensamt projekt',
      2024,
      'Exempelrad – skriv över den',
    ],
    nodeHeaders: ['Id', 'Namn', 'Typ', 'Län'],
    nodeExamples: [
      ['Kramfors', 'Kramfors kommun', 'Kommun', 'Västernorrlands län'],
      ['Region Västernorrland', 'Region Västernorrland', 'Region', 'Västernorrlands län'],
    ],
    instructions: [
      'Mall för samarbetsdata till Brobyggare',
      '',
      'Samarbeten (krävs): en rad per samarbete mellan två aktörer, eller per par om ni redan har räknat ihop.',
      '  Från, Till: aktörernas namn. En kommun känns igen på namn eller kommunkod (t.ex. "Kramfors" eller "2282"), med eller utan "kommun".',
      '  Styrka: hur starkt samarbetet är, ett positivt tal (t.ex. antal möten, projekt eller avtal). Mer = starkare. Tom cell räknas som 1.',
      '  Flera rader för samma par slås ihop till ett band; styrkan summeras.',
      '  Samarbetsform och År är frivilliga; Kommentar och andra egna kolumner följer med.',
      '',
      'Aktörer (frivilligt): en rad per aktör i Samarbeten, så att den får rätt namn, typ och län (en kommun känns igen även utan rad).',
      '  Id: samma namn som i Samarbeten. Namn: det namn som visas.',
      `  Typ: ${kindList('sv')}. Annan text behålls som en egen typ.`,
      '  Län: länets namn eller tvåsiffriga kod (t.ex. "Västernorrlands län" eller "22"). Lämna tomt för nationella aktörer.',
      '',
      'Exempelraderna (ett samarbete och dess två aktörer) visar formen: skriv över dem med era egna uppgifter.',
    ],
  },
  en: {
    edgeSheet: 'Edges',
    nodeSheet: 'Nodes',
    instructionSheet: 'Instructions',
    edgeHeaders: ['From', 'To', 'Strength', 'Type', 'Year', 'Comment'],
    edgeExample: [
      'Kramfors',
      'Region Västernorrland',
      2.5,
      'Joint project',
      2024,
      'Example row – overwrite it',
    ],
    nodeHeaders: ['Id', 'Name', 'Kind', 'County'],
    nodeExamples: [
      ['Kramfors', 'Kramfors kommun', 'Kommun', 'Västernorrlands län'],
      ['Region Västernorrland', 'Region Västernorrland', 'Region', 'Västernorrlands län'],
    ],
    instructions: [
      'Collaboration data template for Brobyggare',
      '',
      'Edges (required): one row per collaboration between two actors, or per pair if you have already added them up.',
      '  From, To: the actors\u2019 names. A municipality is recognised by name or code (e.g. "Kramfors" or "2282"), with or without "kommun".',
      '  Strength: how strong the collaboration is, a positive number (e.g. meetings, projects or agreements). More = stronger. An empty cell counts as 1.',
      '  Several rows for the same pair are merged into one tie; their strengths are added up.',
      '  Type and Year are optional; Comment and any other columns of your own are kept.',
      '',
      'Nodes (optional): one row per actor in Edges, so it gets the right name, kind and county (a municipality is recognised even without a row).',
      '  Id: the same name as in Edges. Name: the name shown.',
      `  Kind: ${kindList('en')}. Other text is kept as a kind of its own.`,
      '  County: the county\u2019s name or 2-digit code (e.g. "Västernorrlands län" or "22"). Leave empty for national actors.',
      '',
      'The example rows (one collaboration and its two actors) show the shape: overwrite them with your own data.',
    ],
  },
};
