import { beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../../src/core/analysis/types.ts';
import type { BroGraph } from '../../../src/core/model/types.ts';
import { countyReport, municipalityReport } from '../../../src/core/report/report-data.ts';
import { reportHtml } from '../../../src/core/report/report-html.ts';
import { escapeXml } from '../../../src/core/export/xml.ts';
import { countyScope } from '../../../src/core/scope/scope.ts';
import { ANALYSIS_TEXT } from '../../../src/i18n/analysis.ts';
import { LANGS } from '../../../src/i18n/lang.ts';
import { reportWords, SENTENCES } from '../../../src/i18n/report.ts';
import { demoAnalysis } from '../../helpers/demo-analysis.ts';
import { analyzeNetwork } from '../../../src/core/analysis/index.ts';
import { fromText } from '../../../src/core/io/byte-source.ts';
import { loadProject } from '../../../src/core/load.ts';
import { computeMetrics } from '../../../src/core/metrics/index.ts';

let graph: BroGraph;
let analysis: Analysis;
beforeAll(async () => {
  ({ graph, analysis } = await demoAnalysis());
});

const OPTIONS = { date: '2026-12-04' };

/** A lone builder of Västernorrlands län in the demo: its report has suggestions to make. */
function aloneInVasternorrland(): string {
  const p = analysis.positions.find(
    (q) =>
      q.position === 'ensam' &&
      graph.getNodeAttribute(q.node, 'county') === '22' &&
      q.measures.degree > 0,
  );
  return p!.node;
}

describe.each(LANGS)('the municipality report (%s)', (lang) => {
  it('holds the position word, its reasons, a suggested regional actor and an SVG, and no URL', () => {
    const id = aloneInVasternorrland();
    const data = municipalityReport(graph, analysis, id, OPTIONS);
    const html = reportHtml(data, reportWords(lang));
    expect(html).toContain(ANALYSIS_TEXT[lang].positionNames[data.position.position]);
    expect(html).toContain(escapeXml(SENTENCES.position(data.position, lang)));
    expect(data.suggestions.length).toBeGreaterThan(0);
    const partner = data.suggestions[0]!.partner;
    expect(graph.getNodeAttribute(partner, 'kind')).not.toBe('municipality');
    expect(html).toContain(escapeXml(SENTENCES.suggestion(data.suggestions[0]!, lang)));
    expect(html).toMatch(/<svg [^>]*viewBox/);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('samarbeten.csv');
    expect(html).toContain('2026-12-04');
  });
});

describe('the report of a county', () => {
  it('counts and lists only the county’s municipalities, with names not codes', () => {
    const data = countyReport(graph, analysis, countyScope('22')!, OPTIONS);
    const html = reportHtml(data, reportWords('sv'));
    expect(html).toContain('<h1>Västernorrlands län</h1>');
    expect(data.positions.every((p) => graph.getNodeAttribute(p.node, 'county') === '22')).toBe(
      true,
    );
    expect(html).toContain('Kramfors');
    expect(html).not.toContain('Boden');
    expect(html).not.toMatch(/https?:\/\//);
  });
});

describe('text from files in the report', () => {
  it('is escaped, in the HTML and in the map', () => {
    const id = aloneInVasternorrland();
    const evil = '<img src=x onerror=alert(1)>&"';
    const copy = graph.copy();
    const partner = copy.neighbors(id)[0]!;
    copy.setNodeAttribute(partner, 'label', evil);
    const html = reportHtml(municipalityReport(copy, analysis, id, OPTIONS), reportWords('sv'));
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&amp;&quot;');
  });
});

describe('the suggestions of a county without lone builders', () => {
  it('are for its municipalities in mellanläge, the best measured effect first, and say so', async () => {
    // Västernorrland with no lone builder: every municipality has ties, two have regional ones.
    const text = [
      'från;till;styrka',
      'Kramfors;Härnösand;6',
      'Kramfors;Region Västernorrland;3',
      'Kramfors;Sollefteå;4',
      'Sollefteå;Härnösand;2',
      'Härnösand;Sundsvall;8',
      'Sundsvall;Timrå;9',
      'Timrå;Region Västernorrland;5',
      'Sundsvall;Länsstyrelsen Västernorrland;7',
      'Örnsköldsvik;Region Västernorrland;3',
      'Örnsköldsvik;Sollefteå;6',
      'Ånge;Sundsvall;2',
      'Ånge;Timrå;3',
      'Härnösand;Länsstyrelsen Västernorrland;4',
      'Kramfors;Höga Kusten Leader;2',
      'Sollefteå;Höga Kusten Leader;1',
    ].join('\n');
    const loaded = await loadProject({ edges: fromText('vn.csv', text) });
    const metrics = await computeMetrics(loaded.graph, { only: [] });
    const vn = analyzeNetwork(loaded.graph, metrics, { stabilityRuns: 10 });
    expect(vn.positions.some((p) => p.position === 'ensam')).toBe(false);
    const data = countyReport(loaded.graph, vn, countyScope('22')!, OPTIONS);
    expect(data.suggestionsFor).toBe('mellanlage');
    expect(data.suggestions.length).toBeGreaterThan(0);
    const position = new Map(vn.positions.map((p) => [p.node, p.position]));
    for (const s of data.suggestions) expect(position.get(s.municipality)).toBe('mellanlage');
    // A suggestion that moves its municipality up comes before any that does not.
    const moves = data.suggestions.map((s) => s.effects.positionAfter !== s.effects.positionBefore);
    expect(moves).toEqual([...moves].sort((a, b) => Number(b) - Number(a)));
    const words = reportWords('sv');
    expect(reportHtml(data, words)).toContain(escapeXml(words.suggestionsForMiddle));
  });

  it('with lone builders, are for them and carry no such note', () => {
    const data = countyReport(graph, analysis, countyScope('22')!, OPTIONS);
    expect(data.suggestionsFor).toBe('ensam');
    const words = reportWords('sv');
    expect(reportHtml(data, words)).not.toContain(escapeXml(words.suggestionsForMiddle));
  });
});
