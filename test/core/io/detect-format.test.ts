import { describe, expect, it } from 'vitest';
import { binaryKind, detectFormat } from '../../../src/core/io/detect-format.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('detectFormat', () => {
  it('goes by content, not by the file name', () => {
    expect(detectFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]), 'data.csv')).toBe('xlsx');
    expect(detectFormat(bytes('a;b\n1;2\n'), 'data.xlsx')).toBe('csv');
    expect(detectFormat(bytes('<?xml version="1.0"?>\n<gexf xmlns="x">'), 'graph.xml')).toBe(
      'gexf',
    );
    expect(detectFormat(bytes('<?xml version="1.0"?><graphml>'), 'graph.gexf')).toBe('graphml');
    expect(
      detectFormat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'x.csv'),
    ).toBe('binary');
  });

  it('uses the name only to break a tie: XML whose root lies beyond the head', () => {
    const xml = bytes(`<?xml version="1.0"?>\n<!-- ${'x'.repeat(100)} -->`);
    expect(detectFormat(xml, 'network.graphml')).toBe('graphml');
    expect(detectFormat(xml, 'network.xml')).toBe('binary');
    expect(binaryKind(xml, 'network.xml')).toBe('xml');
  });

  it('refuses an HTML table posing as a spreadsheet, but not a CSV whose header has brackets', () => {
    const html = bytes('<html><body><table><tr><td>Kommun</td></tr></table></body></html>');
    expect(detectFormat(html, 'export.xls')).toBe('binary');
    expect(binaryKind(html, 'export.xls')).toBe('html');
    expect(detectFormat(bytes('<namn>;<typ>\nA;B\n'), 'x.csv')).toBe('csv');
  });

  it('does not take UTF-16 text (full of NUL bytes) for binary', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x09, 0x00, 0x62, 0x00]);
    expect(detectFormat(utf16, 'unicode.txt')).toBe('csv');
    expect(binaryKind(utf16, 'unicode.txt')).toBeUndefined();
  });

  it('finds GEXF in a UTF-16 XML file', () => {
    const text = '<?xml version="1.0" encoding="UTF-16"?><gexf version="1.3">';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    [...text].forEach((char, i) => (utf16[2 + 2 * i] = char.charCodeAt(0)));
    expect(detectFormat(utf16, 'g.gexf')).toBe('gexf');
  });
});
