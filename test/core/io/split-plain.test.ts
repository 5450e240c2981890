import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { fromBytes } from '../../../src/core/io/byte-source.ts';
import { detectEncoding } from '../../../src/core/io/decode.ts';
import { isKeptAt } from '../../../src/core/io/plain-cell.ts';
import { scanRecords, splitPlain } from '../../../src/core/io/scan-records.ts';
import { sniffLayout } from '../../../src/core/io/sniff-layout.ts';
import type { Delimiter, RowIssue } from '../../../src/core/io/types.ts';
import { seededRandom } from '../../../src/core/seeded-random.ts';

const DELIMITERS: Delimiter[] = [',', ';', '\t', '|'];
const NEWLINES = ['\n', '\r'] as const;

/** What papaparse's parser gives, as scanRecords calls it. */
function papa(input: string, newline: '\n' | '\r', delimiter: Delimiter, ignoreLastRow: boolean) {
  const parser = new Papa.Parser({ delimiter, newline });
  const { data, errors, meta } = parser.parse(input, 0, ignoreLastRow) as {
    data: string[][];
    errors: unknown[];
    meta: { cursor: number };
  };
  return { data, errors, meta: { cursor: meta.cursor } };
}

describe('splitPlain, the parser for text without quotes', () => {
  it('gives what papaparse gives on text without quotes, also at the edges', () => {
    const cases = [
      '',
      '\n',
      '\n\n',
      'a',
      'a,b',
      'a,b\n',
      'a,b\nc',
      ',,\n,',
      'a;b;c\r\n1;2;3\r\n',
      'x\ty\n\n\t\n',
      'only|one|row',
      '\r\r\n\n',
    ];
    for (const text of cases)
      for (const delimiter of DELIMITERS)
        for (const newline of NEWLINES)
          for (const ignoreLastRow of [true, false])
            expect(
              splitPlain(text, newline, delimiter, ignoreLastRow),
              JSON.stringify(text),
            ).toEqual(papa(text, newline, delimiter, ignoreLastRow));
  });

  it('gives what papaparse gives on random text of delimiters, line breaks, spaces and letters', () => {
    const rand = seededRandom(14);
    const alphabet = ['a', 'Ö', '1', ',', ';', '\t', '|', '\n', '\r', ' ', '\u00a0', "'", '='];
    for (let n = 0; n < 2000; n++) {
      const length = Math.floor(rand() * 40);
      let text = '';
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(rand() * alphabet.length)];
      const delimiter = DELIMITERS[n % DELIMITERS.length]!;
      const newline = NEWLINES[n % 2]!;
      const ignoreLastRow = n % 3 !== 0;
      expect(splitPlain(text, newline, delimiter, ignoreLastRow), JSON.stringify(text)).toEqual(
        papa(text, newline, delimiter, ignoreLastRow),
      );
    }
  });
});

/** Every record scanRecords delivers, with its row, and the issues, read one way or the other. */
async function scan(
  bytes: Uint8Array,
  chunk: number,
  papaparseOnly: boolean,
  reuse = false,
  plain?: 'decline' | 'take',
) {
  const head = bytes.subarray(0, 1 << 16);
  const encoding = detectEncoding(head, 't.csv');
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  const complete = head.byteLength >= bytes.byteLength;
  const layout = sniffLayout(new TextDecoder(label).decode(head, { stream: !complete }), complete);
  const records: { row: number; cells: string[] }[] = [];
  const issues: RowIssue[] = [];
  let fellBack = false;
  await scanRecords(
    fromBytes('t.csv', bytes, chunk),
    encoding,
    { ...layout, delimiter: layout.delimiter ?? layout.splitBy },
    (cells, row) => {
      records.push({ row, cells: [...cells] });
    },
    {
      papaparseOnly,
      reuse,
      // Offered rows declined, or taken (as their cells) when the general path would keep
      // every cell as written and the row is not blank.
      ...(plain && {
        plainRow: (text: string, bounds: Int32Array, count: number, row: number) => {
          const ends = Array.from({ length: count }, (_, c) => [bounds[c]!, bounds[c + 1]! - 1]);
          const kept = ends.every(([from, to]) => from === to || isKeptAt(text, from!, to!));
          if (plain === 'decline' || !kept || ends.every(([from, to]) => from === to)) return false;
          records.push({ row, cells: ends.map(([from, to]) => text.slice(from, to)) });
          return true;
        },
      }),
      onIssue: (issue) => issues.push(issue),
      onFallback: () => {
        fellBack = true;
      },
    },
  );
  return { encoding, layout, records, issues, fellBack };
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

describe('scanRecords reads the same with and without the plain-text path, and refilling one row array', () => {
  const files: [string, Uint8Array][] = [
    ['commas, LF', utf8('source,target,strength\n1,2,3\n2,3,4\n')],
    ['no final line break', utf8('source,target,strength\n1,2,3\n2,3,4')],
    ['CRLF and semicolons', utf8('Från;Till;Vikt\r\nUmeå;Luleå;2,5\r\nKiruna;Gällivare;1\r\n')],
    ['BOM', utf8('\uFEFFkommun;aktör\r\nFlen;Region Sörmland\r\n')],
    ['empty lines and lines of delimiters', utf8('a,b\n\n1,2\n,,\n\n3,4\n\n')],
    ['lone CR mixed into LF', utf8('a,b\n1,2\r3,4\n5,6\r\n7,8\n')],
    ['old Mac line breaks', utf8('a;b\r1;2\r3;4\r')],
    ['tabs and pipes', utf8('a\tb\tc\n1\t2|x\t3\n')],
    ['pipes', utf8('a|b|c\n1|2|3\n')],
    ['spaces, no-break spaces, apostrophes', utf8("a ; b\n 1\u00a0;'=2 \n'x;  \n")],
    ['short and long rows', utf8('a,b,c\n1\n1,2,3,4,5\n1,2,3,,\n')],
    ['decomposed letters', utf8('namn;ort\nUme\u0061\u030a;O\u0308rebro\n')],
    ['sep= line', utf8('sep=;\na;b\n1;2\n')],
    ['Windows-1252', latin1('Från;Till;Vikt\r\nVäxjö;Örebro;2,5\r\nÅre;Malmö;1\r\n')],
    ['hostile ids', utf8('source,target\nconstructor,__proto__\ntoString,hasOwnProperty\n')],
    ['quotes in some lines', utf8('a,b\n1,2\n"3,x",4\n5,"6\n7"\n8,9\n')],
    ['a stray quote', utf8('a,b\n1,x"y\n2,3\n')],
  ];
  // The same texts long enough to span slices and chunks, with quotes in only some slices.
  const long = ['a;b;c'];
  for (let i = 0; i < 60_000; i++) {
    if (i % 7919 === 0) long.push(`"q ${i}; ""x""\r\ny";${i};z`);
    else if (i % 101 === 0) long.push('');
    else long.push(`Ort ${i % 290};Akt\u00f6r ${i};${i % 7},5`);
  }
  files.push(['long, with quotes in some slices', utf8(long.join('\r\n') + '\r\n')]);
  files.push(['long, no quotes', utf8(long.filter((l) => !l.includes('"')).join('\n'))]);

  for (const [name, bytes] of files) {
    it(name, async () => {
      for (const chunk of [3, 64, 1 << 20]) {
        if (chunk === 3 && bytes.byteLength > 10_000) continue;
        const fast = await scan(bytes, chunk, false);
        const general = await scan(bytes, chunk, true);
        expect(fast).toEqual(general);
        expect(await scan(bytes, chunk, false, true)).toEqual(general);
        expect(fast.records.length).toBeGreaterThan(0);
        expect(await scan(bytes, chunk, false, true, 'decline')).toEqual(general);
        const taken = await scan(bytes, chunk, false, true, 'take');
        taken.records.sort((a, b) => a.row - b.row);
        expect(taken).toEqual(general);
      }
    });
  }
});
