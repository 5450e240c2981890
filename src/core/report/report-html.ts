import type {
  CriterionCode,
  Finding,
  Position,
  PositionResult,
  Suggestion,
} from '../analysis/types.ts';
import { escapeXml } from '../export/xml.ts';
import { placeLabels, type Box, type LabelCandidate } from '../layout/label-placement.ts';
import { mapSvg, type MapWords } from './map-svg.ts';
import { mentalMapSvg, type MentalMapWords } from './mental-map-svg.ts';
import { estimatedTextWidth } from './text-width.ts';
import type {
  CountyNode,
  CountyReport,
  MunicipalityReport,
  ReportData,
  ReportSource,
} from './report-data.ts';

/**
 * Every word a report needs, in the reader's language (src/i18n/report.ts supplies them):
 * core builds the page, the caller says it.
 */
export interface ReportWords {
  /** BCP 47 language of the page. */
  lang: string;
  map: MapWords;
  mentalMap: MentalMapWords;
  mentalMapHeading: string;
  mentalMapSource: (file: string) => string;
  number: (value: number, digits?: number) => string;
  municipalityTitle: (name: string, county?: string) => string;
  countyTitle: (name: string) => string;
  positionName: (p: Position) => string;
  positionGist: (p: Position) => string;
  positionSentence: (p: PositionResult) => string;
  criterionName: (code: CriterionCode) => string;
  held: (held: boolean) => string;
  stability: (share: number, runs: number, uncertain: boolean) => string;
  kindName: (kind: string) => string;
  findingSentence: (f: Finding) => string;
  suggestionSentence: (s: Suggestion) => string;
  suggestionEffects: (s: Suggestion) => string;
  headings: {
    position: string;
    map: string;
    countyMap: string;
    ties: string;
    weakLinks: string;
    suggestions: string;
    positions: string;
    about: string;
  };
  columns: {
    partner: string;
    kind: string;
    strength: string;
    records: string;
    municipality: string;
    position: string;
    stability: string;
  };
  none: { ties: string; findings: string; suggestions: string };
  /** Said above a county's suggestions when it has no lone builder to suggest for. */
  suggestionsForMiddle: string;
  more: (count: number) => string;
  partnersOutside: (count: number) => string;
  scopeNote: string;
  source: (s: ReportSource) => string;
  method: string;
}

const TIES_SHOWN = 9;
const FINDINGS_SHOWN = 5;
/** Beside a mental map the weak links have half the width, so fewer fit on the page. */
const FINDINGS_BESIDE_MAP = 3;
const POSITIONS_SHOWN = 24;

const POSITION_COLOURS: Record<Position, string> = {
  natverksaktor: '#1b7f3b',
  mellanlage: '#b07a00',
  ensam: '#b3261e',
};

/**
 * The report as one self-contained HTML page for A4: inline CSS and SVG, no script and no
 * external reference, every text from the data escaped.
 */
export function reportHtml(data: ReportData, words: ReportWords): string {
  const title =
    data.kind === 'municipality'
      ? words.municipalityTitle(data.label, data.county?.name)
      : words.countyTitle(data.county.name);
  const body =
    data.kind === 'municipality' ? municipalityBody(data, words) : countyBody(data, words);
  return `<!doctype html>
<html lang="${escapeXml(words.lang)}"><head><meta charset="utf-8">
<title>${escapeXml(title)}</title>
<style>${CSS}</style></head>
<body><main>
<header><h1>${escapeXml(title)}</h1><p class="meta">${escapeXml(words.source(data.source))}</p></header>
${body}
<footer><h2>${escapeXml(words.headings.about)}</h2><p>${escapeXml(words.method)} ${escapeXml(words.scopeNote)}</p></footer>
</main></body></html>
`;
}

const CSS = `@page{size:A4;margin:11mm}
*{box-sizing:border-box}
html{font-family:"DejaVu Sans","Liberation Sans",Arial,sans-serif;font-size:8.6pt;line-height:1.3;color:#1a1a1a}
body{margin:0}
main{width:188mm;margin:0 auto}
h1{font-size:15pt;margin:0 0 1mm}
h2{font-size:9.5pt;margin:2.5mm 0 1mm;border-bottom:0.3mm solid #ccc;padding-bottom:0.5mm}
p{margin:0 0 1mm}
.meta{color:#555}
.top{display:grid;grid-template-columns:100mm 1fr;gap:4mm;align-items:start}
.top svg{width:100mm;height:auto;display:block}
.pair{display:grid;grid-template-columns:72mm 1fr;gap:4mm;align-items:start}
.pair svg{width:72mm;height:auto;display:block}
.word{font-size:13pt;font-weight:700;margin:0.5mm 0}
.gist{color:#444;font-style:italic}
table{border-collapse:collapse;width:100%}
td,th{text-align:left;padding:0.35mm 1.2mm 0.35mm 0;vertical-align:top}
th{font-weight:600;border-bottom:0.2mm solid #999}
td.n,th.n{text-align:right;white-space:nowrap}
.crit td:nth-child(3){white-space:nowrap}
.crit td{font-size:8pt}
ol,ul{margin:0;padding-left:4.5mm}
li{margin:0 0 0.8mm}
.effects{color:#444;font-size:8pt}
.pos{font-weight:600}
footer{color:#444;font-size:7.8pt}
@media screen{main{margin:8mm auto}}`;

function list(items: string[], empty: string, tag: 'ol' | 'ul' = 'ol'): string {
  return items.length ? `<${tag}>${items.join('')}</${tag}>` : `<p>${escapeXml(empty)}</p>`;
}

function findingsSection(
  findings: readonly Finding[],
  words: ReportWords,
  limit = FINDINGS_SHOWN,
): string {
  const shown = findings
    .slice(0, limit)
    .map((f) => `<li>${escapeXml(words.findingSentence(f))}</li>`);
  const more =
    findings.length > limit ? `<p>${escapeXml(words.more(findings.length - limit))}</p>` : '';
  return `<h2>${escapeXml(words.headings.weakLinks)}</h2>${list(shown, words.none.findings)}${more}`;
}

function suggestionsSection(
  suggestions: readonly Suggestion[],
  words: ReportWords,
  note?: string,
): string {
  const items = suggestions.map(
    (s) =>
      `<li>${escapeXml(words.suggestionSentence(s))}<div class="effects">${escapeXml(words.suggestionEffects(s))}</div></li>`,
  );
  return `<h2>${escapeXml(words.headings.suggestions)}</h2>${note ? `<p>${escapeXml(note)}</p>` : ''}${list(items, words.none.suggestions)}`;
}

function municipalityBody(data: MunicipalityReport, words: ReportWords): string {
  const p = data.position;
  const criteria = p.criteria
    .map(
      (c) =>
        `<tr><td>${escapeXml(words.criterionName(c.code))}</td><td class="n">${escapeXml(Number.isFinite(c.value) ? words.number(c.value, 2) : '–')}</td><td>${escapeXml(c.comparison === '>=' ? '≥' : '<')} ${escapeXml(words.number(c.threshold, 2))}</td><td>${escapeXml(words.held(c.held))}</td></tr>`,
    )
    .join('');
  const ties = data.ties
    .slice(0, TIES_SHOWN)
    .map(
      (t) =>
        `<tr><td>${escapeXml(t.label)}</td><td>${escapeXml(words.kindName(t.kind))}</td><td class="n">${escapeXml(words.number(t.strength, 2))}</td><td class="n">${t.records}</td></tr>`,
    )
    .join('');
  const c = words.columns;
  const tieTable = data.ties.length
    ? `<table><thead><tr><th>${escapeXml(c.partner)}</th><th>${escapeXml(c.kind)}</th><th class="n">${escapeXml(c.strength)}</th><th class="n">${escapeXml(c.records)}</th></tr></thead><tbody>${ties}</tbody></table>` +
      (data.ties.length > TIES_SHOWN
        ? `<p>${escapeXml(words.more(data.ties.length - TIES_SHOWN))}</p>`
        : '')
    : `<p>${escapeXml(words.none.ties)}</p>`;
  return `<section class="top">
<div><h2>${escapeXml(words.headings.map)}</h2>${mapSvg(data.map, words.map)}</div>
<div><h2>${escapeXml(words.headings.position)}</h2>
<p class="word" style="color:${POSITION_COLOURS[p.position]}">${escapeXml(words.positionName(p.position))}</p>
<p class="gist">${escapeXml(words.positionGist(p.position))}</p>
<p>${escapeXml(words.positionSentence(p))}</p>
<table class="crit"><tbody>${criteria}</tbody></table>
<p>${escapeXml(words.stability(p.stability, p.stabilityRuns, p.uncertain))}</p>
<h2>${escapeXml(words.headings.ties)}</h2>${tieTable}</div>
</section>
${
  data.mentalMap
    ? `<section class="pair"><div><h2>${escapeXml(words.mentalMapHeading)}</h2>${mentalMapSvg(data.mentalMap.places, data.mentalMap.outline, words.mentalMap)}<p class="meta">${escapeXml(words.mentalMapSource(data.mentalMap.file))}</p></div><div>${findingsSection(data.findings, words, FINDINGS_BESIDE_MAP)}</div></section>`
    : findingsSection(data.findings, words)
}
${suggestionsSection(data.suggestions, words)}`;
}

function countyBody(data: CountyReport, words: ReportWords): string {
  const counts = [...data.counts]
    .map(
      ([position, n]) =>
        `<li><span class="pos" style="color:${POSITION_COLOURS[position]}">${escapeXml(words.positionName(position))}</span>: ${n}</li>`,
    )
    .join('');
  const c = words.columns;
  const rows = [...data.positions]
    .sort((a, b) => a.label.localeCompare(b.label, 'sv'))
    .slice(0, POSITIONS_SHOWN)
    .map(
      (p) =>
        `<tr><td>${escapeXml(p.label)}</td><td style="color:${POSITION_COLOURS[p.position]}">${escapeXml(words.positionName(p.position))}</td><td class="n">${escapeXml(words.number(p.stability, 2))}</td></tr>`,
    )
    .join('');
  return `<section class="top">
<div><h2>${escapeXml(words.headings.countyMap)}</h2>${countySvg(data)}<p>${escapeXml(words.partnersOutside(data.partnersOutside))}</p></div>
<div><h2>${escapeXml(words.headings.positions)}</h2><ul>${counts}</ul>
<table><thead><tr><th>${escapeXml(c.municipality)}</th><th>${escapeXml(c.position)}</th><th class="n">${escapeXml(c.stability)}</th></tr></thead><tbody>${rows}</tbody></table>
${data.positions.length > POSITIONS_SHOWN ? `<p>${escapeXml(words.more(data.positions.length - POSITIONS_SHOWN))}</p>` : ''}</div>
</section>
${findingsSection(data.findings, words)}
${suggestionsSection(data.suggestions, words, data.suggestionsFor === 'mellanlage' ? words.suggestionsForMiddle : undefined)}`;
}

/** The county's network at its municipalities' coordinates, municipalities coloured by position. */
function countySvg(data: CountyReport): string {
  const size = 340;
  const pad = 40;
  const fontSize = 11;
  // Room at the sides for the labels of places near the edges; the drawing keeps what is used.
  const side = 70;
  const atX = (v: number) => side + pad + v * (size - 2 * pad);
  const at = (v: number) => pad + v * (size - 2 * pad);
  const pxX = (v: number) => atX(v).toFixed(1);
  const px = (v: number) => at(v).toFixed(1);
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const lines = data.ties
    .map((t) => {
      const a = byId.get(t.from)!;
      const b = byId.get(t.to)!;
      return `<line x1="${pxX(a.x)}" y1="${px(a.y)}" x2="${pxX(b.x)}" y2="${px(b.y)}" stroke="#b5b5b5" stroke-width="${Math.min(4, 0.6 + Math.sqrt(t.strength) / 2).toFixed(1)}"/>`;
    })
    .join('');
  // Actors at one point (a region and a länsstyrelse at the county seat) share one mark; each
  // has its own label around it.
  const groups = new Map<string, CountyNode[]>();
  for (const n of data.nodes) {
    const key = n.kind === 'municipality' ? `m\u0000${n.id}` : `a\u0000${pxX(n.x)},${px(n.y)}`;
    groups.set(key, [...(groups.get(key) ?? []), n]);
  }
  const marks: string[] = [];
  const candidates: LabelCandidate[] = [];
  const obstacles: (Box & { id: string })[] = [];
  for (const [key, group] of groups) {
    const n = group[0]!;
    const [x, y] = [atX(n.x), at(n.y)];
    const municipality = n.kind === 'municipality';
    const colour = n.position ? POSITION_COLOURS[n.position] : '#555';
    marks.push(
      municipality
        ? `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="4.5" fill="${colour}"/>`
        : `<rect x="${(x - 3.5).toFixed(1)}" y="${(y - 3.5).toFixed(1)}" width="7" height="7" fill="#fff" stroke="#333"/>`,
    );
    obstacles.push({ id: key, x: x - 4.5, y: y - 4.5, w: 9, h: 9 });
    for (const g of group)
      candidates.push({
        id: key,
        text: g.label,
        x,
        y,
        r: 4.5,
        width: estimatedTextWidth(g.label, fontSize),
        size: fontSize,
        // Municipalities first; then the regional actors.
        priority: municipality ? 2 : 1,
      });
  }
  const regional = new Set(
    [...groups].filter(([, g]) => g[0]!.kind !== 'municipality').map(([key]) => key),
  );
  const placed = placeLabels(candidates, { width: size + 2 * side, height: size }, obstacles);
  const left = Math.floor(Math.min(side, ...placed.map((l) => l.box.x - 2)));
  const right = Math.ceil(Math.max(side + size, ...placed.map((l) => l.box.x + l.box.w + 2)));
  const labels = placed
    .map(
      (l) =>
        `<text x="${l.textX.toFixed(1)}" y="${l.baseline.toFixed(1)}"${regional.has(l.id) ? ' class="actor"' : ''}>${escapeXml(l.text)}</text>`,
    )
    .join('');
  return `<svg viewBox="${left} 0 ${right - left} ${size}" role="img"><style>text{font-size:${fontSize}px;fill:#222;paint-order:stroke;stroke:#fff;stroke-width:2.5px}.actor{fill:#555;font-style:italic}</style>${lines}${marks.join('')}${labels}</svg>`;
}
