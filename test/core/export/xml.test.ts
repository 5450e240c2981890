import { describe, expect, it } from 'vitest';
import { escapeXml, tag } from '../../../src/core/export/xml.ts';

describe('escapeXml', () => {
  it('escapes markup characters and both quotes', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
    expect(escapeXml(']]>')).toBe(']]&gt;');
  });

  it('writes TAB, LF and CR as character references so attribute values keep them', () => {
    expect(escapeXml('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
  });

  it('replaces what XML cannot hold and keeps every other character, astral ones included', () => {
    expect(escapeXml('x\u0000y\u001Fz\uFFFE')).toBe('x\uFFFDy\uFFFDz\uFFFD');
    expect(escapeXml('lone \uD800 high, lone \uDC00 low')).toBe(
      'lone \uFFFD high, lone \uFFFD low',
    );
    expect(escapeXml('Åre 😀 ∑')).toBe('Åre 😀 ∑');
  });
});

describe('tag', () => {
  it('writes escaped attributes, leaves out undefined ones, and can close itself', () => {
    expect(tag('node', { id: '"1"', label: undefined, x: 2.5 })).toBe(
      '<node id="&quot;1&quot;" x="2.5">',
    );
    expect(tag('viz:size', { value: 3 }, true)).toBe('<viz:size value="3"/>');
  });
});
