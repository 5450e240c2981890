import { describe, expect, it } from 'vitest';
import { neutralise, toCsv } from '../../../src/core/io/write-csv.ts';
import { seededRandom } from '../../../src/core/seeded-random.ts';

// Quoting and neutralising as written with regular expressions, before the character loops.
const slowNeutralise = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
const slowQuote = (text: string, delimiter: string) =>
  text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;

describe('toCsv', () => {
  it('quotes and neutralises cells as the regular expressions did', () => {
    const rand = seededRandom(9);
    const alphabet = ['a', '1', ',', ';', '\t', '"', '\r', '\n', '=', '+', '-', '@', ' ', 'å'];
    const cells = ['', '=SUM(A1)', '-3', 'constructor', '"', 'a;b', 'a,b'];
    for (let n = 0; n < 5000; n++) {
      let text = '';
      const length = Math.floor(rand() * 6);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(rand() * alphabet.length)];
      cells.push(text);
    }
    for (const text of cells) expect(neutralise(text)).toBe(slowNeutralise(text));
    for (const delimiter of [',', ';', '\t'] as const) {
      const expected = cells.map((c) => slowQuote(slowNeutralise(c), delimiter)).join('\n');
      const written = toCsv(
        ['h'],
        cells.map((c) => [c]),
        { delimiter },
      );
      expect(written).toBe(`h\n${expected}\n`);
    }
  });
});
