import { describe, expect, it } from 'vitest';
import { fromBytes, fromText } from '../../../src/core/io/byte-source.ts';
import { openDelimited } from '../../../src/core/io/read-delimited.ts';
import { InputError } from '../../../src/core/errors.ts';
import { readRows } from './rows.ts';

const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)];

/** Windows-1252 bytes for text whose characters are all Latin-1. */
function latin1(text: string): number[] {
  return [...text].map((char) => {
    const code = char.charCodeAt(0);
    if (code > 0xff) throw new Error(`not Latin-1: ${char}`);
    return code;
  });
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + 2 * i, text.charCodeAt(i), littleEndian);
  return bytes;
}

describe('encodings', () => {
  it('reads Windows-1252 bytes (Swedish Excel) and says so', async () => {
    const bytes = new Uint8Array(
      latin1('kommun;aktör;vikt\r\nÖverkalix;Region Norrbotten;2,5\r\n'),
    );
    expect(bytes[19]).toBe(0xd6);
    const table = await openDelimited(fromBytes('k.csv', bytes));
    expect(table.info.encoding).toBe('windows-1252');
    expect(table.info.headers).toEqual(['kommun', 'aktör', 'vikt']);
    expect((await readRows(table)).rows).toEqual([
      { row: 2, values: ['Överkalix', 'Region Norrbotten', '2,5'] },
    ]);
  });

  it('switches to Windows-1252 when the first non-ASCII byte lies beyond the head', async () => {
    const ascii = Array.from({ length: 5000 }, (_, i) => `Kommun${i};Region;1\n`).join('');
    const bytes = new Uint8Array([
      ...latin1(`kommun;aktör;vikt\n`.replace('ö', 'o') + ascii),
      ...latin1('Överkalix;Region;2\n'),
    ]);
    expect(bytes.byteLength).toBeGreaterThan(1 << 16);
    const table = await openDelimited(fromBytes('k.csv', bytes, 4096));
    expect(table.info.encoding).toBe('utf-8');
    const { rows } = await readRows(table);
    expect(table.info.encoding).toBe('windows-1252');
    expect(rows).toHaveLength(5001);
    expect(rows.at(-1)).toEqual({ row: 5002, values: ['Överkalix', 'Region', '2'] });
  });

  it('falls back even when the only non-ASCII byte is the last byte of the file', async () => {
    const ascii = Array.from({ length: 5000 }, (_, i) => `Kommun${i};Region;1\n`).join('');
    const bytes = new Uint8Array(latin1(`kommun;partner\n${ascii}Region;Umeå`));
    const table = await openDelimited(fromBytes('k.csv', bytes, 4096));
    const { rows } = await readRows(table);
    expect(table.info.encoding).toBe('windows-1252');
    expect(rows.at(-1)!.values).toEqual(['Region', 'Umeå']);
  });

  it('refuses a file that mixes UTF-8 and Windows-1252 beyond the head', async () => {
    const ascii = Array.from({ length: 5000 }, (_, i) => `Kommun${i};Region;1\n`).join('');
    const bytes = new Uint8Array([
      ...utf8(`kommun;aktör;vikt\n${ascii}`),
      ...latin1('Överkalix;Region;2\n'),
    ]);
    const table = await openDelimited(fromBytes('k.csv', bytes, 4096));
    await expect(readRows(table)).rejects.toMatchObject({ code: 'mixed_encoding' });
  });

  it('reads UTF-16 LE with BOM and tabs (Excel "Unicode text")', async () => {
    const text = 'Kommun\tPartner\tAntal\r\nHärjedalen\tRegion Jämtland Härjedalen\t3\r\n';
    const table = await openDelimited(fromBytes('u.txt', utf16(text, true)));
    expect(table.info).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
    expect(table.sample).toEqual([['Härjedalen', 'Region Jämtland Härjedalen', '3']]);
  });

  it('reads UTF-16 BE with BOM, also in odd-sized chunks', async () => {
    const text = 'från;till\nÅre;Östersund\n';
    const table = await openDelimited(fromBytes('u.txt', utf16(text, false), 3));
    expect(table.info.encoding).toBe('utf-16be');
    expect((await readRows(table)).rows).toEqual([{ row: 2, values: ['Åre', 'Östersund'] }]);
  });

  it('reads UTF-8 with BOM, semicolons and CRLF, dropping the BOM from the first header', async () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...utf8('kommun;vikt\r\nUmeå;2,5\r\nLuleå;1\r\n'),
    ]);
    const table = await openDelimited(fromBytes('b.csv', bytes, 5));
    expect(table.info).toMatchObject({
      encoding: 'utf-8-bom',
      delimiter: ';',
      headers: ['kommun', 'vikt'],
    });
    expect((await readRows(table)).rows.map((r) => r.values)).toEqual([
      ['Umeå', '2,5'],
      ['Luleå', '1'],
    ]);
  });

  it('keeps multi-byte characters split across chunks intact', async () => {
    const table = await openDelimited(fromText('s.csv', 'a,b\nÅäö,€😀\n', 1));
    expect((await readRows(table)).rows[0]!.values).toEqual(['Åäö', '€😀']);
  });
});

describe('delimiters and quoting', () => {
  it.each([
    [',', 'a,b,c\n1,2,3\n'],
    [';', 'a;b;c\n1;2,5;3\n4;5,5;6\n'],
    ['\t', 'a\tb\n1,5\t2;3\n'],
    ['|', 'a|b\nx, y|z\n'],
  ])('sniffs %j from the content', async (delimiter, text) => {
    const table = await openDelimited(fromText('data.txt', text));
    expect(table.info.delimiter).toBe(delimiter);
  });

  it('does not count delimiters inside quotes when sniffing', async () => {
    const text = 'namn;kommentar\n"Flen";"bra, men långsamt, tyvärr"\n"Gotland";"ja, ja"\n';
    const table = await openDelimited(fromText('q.csv', text));
    expect(table.info.delimiter).toBe(';');
    expect(table.sample[0]).toEqual(['Flen', 'bra, men långsamt, tyvärr']);
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks, numbering records', async () => {
    const text = [
      'source,target,note',
      'A,B,"one, two"',
      'C,D,"she said ""hej"""',
      'E,F,"line 1',
      'line 2',
      'line 3"',
      'G,H,after',
      '',
      'I,J,after blank',
    ].join('\r\n');
    const { rows } = await readRows(await openDelimited(fromText('q.csv', text, 7)));
    expect(rows).toEqual([
      { row: 2, values: ['A', 'B', 'one, two'] },
      { row: 3, values: ['C', 'D', 'she said "hej"'] },
      { row: 4, values: ['E', 'F', 'line 1\r\nline 2\r\nline 3'] },
      { row: 5, values: ['G', 'H', 'after'] },
      { row: 7, values: ['I', 'J', 'after blank'] },
    ]);
  });

  it("honours Excel's sep= line, and the header becomes row 2", async () => {
    const table = await openDelimited(fromText('s.csv', 'sep=;\r\nfrån;till;vikt\r\nA;B;2,5\r\n'));
    expect(table.info).toMatchObject({ delimiter: ';', headers: ['från', 'till', 'vikt'] });
    expect((await readRows(table)).rows).toEqual([{ row: 3, values: ['A', 'B', '2,5'] }]);
  });

  it('sep= overrides what the content suggests', async () => {
    const table = await openDelimited(fromText('s.csv', 'sep=|\na,b|c\n1,2|3\n'));
    expect(table.info.headers).toEqual(['a,b', 'c']);
  });

  it('reads old Mac line breaks (CR only)', async () => {
    const table = await openDelimited(fromText('m.csv', 'a;b\rA;B\rC;D\r'));
    expect((await readRows(table)).rows.map((r) => r.values)).toEqual([
      ['A', 'B'],
      ['C', 'D'],
    ]);
  });

  it('refuses an unclosed quote instead of swallowing the rest of the file', async () => {
    const source = fromText('u.csv', 'a,b\nx,y\n"z,w\nq,r\n');
    const error = await openDelimited(source)
      .then(readRows)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'unclosed_quote', location: { file: 'u.csv', row: 3 } });
  });

  it('reports a malformed quote and still delivers the row', async () => {
    const table = await openDelimited(fromText('m.csv', 'a,b\n"x"y",z\nc,d\n'));
    const { rows, issues } = await readRows(table);
    expect(issues).toEqual([{ code: 'malformed_quotes', row: 2, params: {} }]);
    expect(rows).toEqual([
      { row: 2, values: ['x"y', 'z'] },
      { row: 3, values: ['c', 'd'] },
    ]);
  });
});

describe('rows and cells', () => {
  it('skips blank lines (also lines of only delimiters) but counts them in row numbers', async () => {
    const text = '\n\na;b\n\n1;2\n;;\n   \n3;4';
    const table = await openDelimited(fromText('b.csv', text));
    expect((await readRows(table)).rows).toEqual([
      { row: 5, values: ['1', '2'] },
      { row: 8, values: ['3', '4'] },
    ]);
  });

  it('pads short rows, drops trailing empty cells silently and reports filled extra cells', async () => {
    const text = 'a;b;c;\n1;2;3;\n4\n5;6;7;;\n8;9;10;x;y\n';
    const table = await openDelimited(fromText('x.csv', text));
    expect(table.info.headers).toEqual(['a', 'b', 'c']);
    const { rows, issues } = await readRows(table);
    expect(rows.map((r) => r.values)).toEqual([
      ['1', '2', '3'],
      ['4', '', ''],
      ['5', '6', '7'],
      ['8', '9', '10'],
    ]);
    expect(issues).toEqual([{ code: 'extra_cells', row: 5, params: { count: 2 } }]);
  });

  it('keeps every value a string: leading zeros, decimals and long digit strings exact', async () => {
    const text = 'kod;v;nr\n0180;1.0;123456789012345678901234\n0001;2,50;007\n';
    const table = await openDelimited(fromText('z.csv', text));
    expect((await readRows(table)).rows.map((r) => r.values)).toEqual([
      ['0180', '1.0', '123456789012345678901234'],
      ['0001', '2,50', '007'],
    ]);
  });

  it('NFC-normalises decomposed names, also across chunk boundaries', async () => {
    const decomposed = 'Ume\u0061\u030a';
    for (const chunk of [1, 2, 3, 4, 1 << 20]) {
      const table = await openDelimited(
        fromText('n.csv', `kommun,aktör\n${decomposed},x\n`, chunk),
      );
      expect((await readRows(table)).rows[0]!.values[0]).toBe('Umeå');
      expect(table.info.headers[1]).toBe('aktör');
    }
  });

  it('trims spaces, tabs and no-break spaces around headers and values', async () => {
    const text = ' kommun\u00a0;\u202faktör ;vikt\n\u00a0Flen\u00a0;  Region Sörmland\t; 2 \n';
    const table = await openDelimited(fromText('t.csv', text));
    expect(table.info.headers).toEqual(['kommun', 'aktör', 'vikt']);
    expect(table.sample[0]).toEqual(['Flen', 'Region Sörmland', '2']);
  });

  it('keeps hostile labels verbatim', async () => {
    const hostile = [
      '<img src=x onerror=alert(1)>',
      '=HYPERLINK("http://x","y")',
      '+1+1',
      '@SUM(A1)',
      "'; DROP TABLE--",
    ];
    const text = `från,till\n${hostile.map((h) => `"${h.replaceAll('"', '""')}",B`).join('\n')}\n`;
    const { rows } = await readRows(await openDelimited(fromText('h.csv', text)));
    expect(rows.map((r) => r.values[0])).toEqual(hostile);
  });

  it('names empty and repeated headers deterministically', async () => {
    const table = await openDelimited(fromText('h.csv', 'namn;;namn;namn;kolumn 2\n1;2;3;4;5\n'));
    expect(table.info.headers).toEqual([
      'namn',
      'kolumn 2',
      'namn (2)',
      'namn (3)',
      'kolumn 2 (2)',
    ]);
  });

  it('keeps up to 200 sample rows, and forEachRow delivers all rows again', async () => {
    const text = `a,b\n${Array.from({ length: 450 }, (_, i) => `n${i},m${i}`).join('\n')}\n`;
    const table = await openDelimited(fromText('s.csv', text, 100));
    expect(table.sample).toHaveLength(200);
    expect(table.sample[199]).toEqual(['n199', 'm199']);
    const { rows } = await readRows(table);
    expect(rows).toHaveLength(450);
    expect(rows[449]).toEqual({ row: 451, values: ['n449', 'm449'] });
  });

  it('hints at how many rows a file holds from the lines of its head', async () => {
    const line = (i: number) => `${1000 + i},${2000 + i},3`;
    const text = `a,b,c\n${Array.from({ length: 50_000 }, (_, i) => line(i)).join('\n')}\n`;
    const table = await openDelimited(fromText('many.csv', text));
    expect(table.rowsHint).toBeGreaterThan(40_000);
    expect(table.rowsHint).toBeLessThan(70_000);
  });

  it('refuses a table with only one column', async () => {
    await expect(
      openDelimited(fromText('one.csv', 'kommun\nFlen\nGotland\n')),
    ).rejects.toMatchObject({
      code: 'single_column',
      params: { header: 'kommun' },
    });
  });

  it('refuses a file with nothing but blank lines', async () => {
    await expect(openDelimited(fromText('e.csv', '\r\n \r\n;;\r\n'))).rejects.toMatchObject({
      code: 'empty_file',
    });
  });
});

describe('a Swedish Excel export with every problem at once', () => {
  it('reads it exactly', async () => {
    const text = [
      'sep=;',
      'Kommunkod;Kommun\u00a0;Aktör;Vikt;Kommentar;;',
      '0180;Stockholm;Region Stockholm;2,5;;;',
      '',
      '2480; Umeå ;"Region Västerbotten; RUS";1 234,5;"rad ett',
      'rad två";;',
      ';;;;;;',
      '2521;Överkalix;"<img src=x onerror=alert(1)>";-2;"=HYPERLINK(""http://x"")";;extra',
    ].join('\r\n');
    const table = await openDelimited(fromBytes('export.csv', new Uint8Array(latin1(text)), 16));
    expect(table.info).toMatchObject({
      encoding: 'windows-1252',
      delimiter: ';',
      headers: ['Kommunkod', 'Kommun', 'Aktör', 'Vikt', 'Kommentar'],
    });
    const { rows, issues } = await readRows(table);
    expect(rows).toEqual([
      { row: 3, values: ['0180', 'Stockholm', 'Region Stockholm', '2,5', ''] },
      {
        row: 5,
        values: ['2480', 'Umeå', 'Region Västerbotten; RUS', '1 234,5', 'rad ett\r\nrad två'],
      },
      {
        row: 7,
        values: [
          '2521',
          'Överkalix',
          '<img src=x onerror=alert(1)>',
          '-2',
          '=HYPERLINK("http://x")',
        ],
      },
    ]);
    expect(issues).toEqual([{ code: 'extra_cells', row: 7, params: { count: 1 } }]);
  });
});
