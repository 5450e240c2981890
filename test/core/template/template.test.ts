import { describe, expect, it } from 'vitest';
import { fromBytes, fromText } from '../../../src/core/io/byte-source.ts';
import { loadProject } from '../../../src/core/load.ts';
import { normaliseKind } from '../../../src/core/model/kinds.ts';
import { templateCsv, templateXlsx } from '../../../src/core/template/template.ts';
import { LANGS } from '../../../src/i18n/lang.ts';
import { TEMPLATE_KIND_WORDS, TEMPLATE_TEXT } from '../../../src/i18n/template.ts';

describe.each(LANGS)('the data template (%s)', (lang) => {
  const text = TEMPLATE_TEXT[lang];

  it('round-trips as XLSX through the importer with no column question and no warning', async () => {
    const bytes = await templateXlsx(text);
    const loaded = await loadProject({ edges: fromBytes('mall.xlsx', bytes) });
    expect(loaded.edgeMapping.confidence).toBe('sure');
    expect(loaded.nodeMapping?.confidence).toBe('sure');
    // Only the statement of how names were recognised, which every import carries: no warning.
    expect(loaded.report.warnings.filter((w) => w.severity !== 'info')).toEqual([]);
    expect(loaded.report.warnings.map((w) => w.code)).toEqual(['recognition']);
    expect(loaded.report.nearMisses).toEqual([]);
    expect(loaded.report.rowsSkipped).toBe(0);
    const { graph } = loaded;
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(1);
    expect(graph.getNodeAttributes('Kramfors')).toMatchObject({
      kind: 'municipality',
      county: '22',
    });
    expect(graph.getNodeAttributes('Region Västernorrland')).toMatchObject({
      kind: 'region',
      county: '22',
    });
    expect(graph.getEdgeAttribute(graph.edges()[0]!, 'strength')).toBe(2.5);
  });

  it('round-trips as CSV files with no column question and no warning', async () => {
    const files = templateCsv(text);
    const loaded = await loadProject({
      edges: fromText('mall.csv', files.edges),
      nodes: fromText('mall-aktorer.csv', files.nodes),
    });
    expect(loaded.edgeMapping.confidence).toBe('sure');
    expect(loaded.nodeMapping?.confidence).toBe('sure');
    // Only the statement of how names were recognised, which every import carries: no warning.
    expect(loaded.report.warnings.filter((w) => w.severity !== 'info')).toEqual([]);
    expect(loaded.report.warnings.map((w) => w.code)).toEqual(['recognition']);
    expect(loaded.graph.getEdgeAttribute(loaded.graph.edges()[0]!, 'strength')).toBe(2.5);
    expect(files.instructions).toContain(TEMPLATE_KIND_WORDS[lang].county_board);
  });

  it('names in its instructions exactly the kind words the importer knows', () => {
    for (const [kind, word] of Object.entries(TEMPLATE_KIND_WORDS[lang])) {
      expect(normaliseKind(word)).toBe(kind);
      expect(text.instructions.join('\n')).toContain(word);
    }
  });
});
