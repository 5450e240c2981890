import { describe, expect, it } from 'vitest';
import { foldKey, placeKey } from '../../../src/core/model/place-key.ts';
import { seededRandom } from '../../../src/core/seeded-random.ts';

// The keys as written before plain ASCII ids skipped the regular expressions.
const SEPARATORS = /[\s\u00a0\u2009\u202f_\-\u2010-\u2013]+/g;
const MARKS = /[\p{M}\p{Cf}]+/gu;
const slowPlace = (text: string) =>
  text.normalize('NFC').toLowerCase().replace(SEPARATORS, ' ').trim();
const slowFold = (text: string) =>
  slowPlace(text.normalize('NFD').replace(MARKS, '')).normalize('NFC');

describe('placeKey and foldKey', () => {
  it('give what the regular expressions give, also for ids read by the million', () => {
    const cases = ['', '17', '0180', 'aktör 3', 'Upplands-Bro', 'upplands_bro', ' x ', 'a\tb'];
    cases.push('constructor', '__proto__', 'ABC', 'a-b', 'x\u00ad', 'Umea\u030a', '\u007f', '~!');
    const rand = seededRandom(5);
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      const length = Math.floor(rand() * 8);
      for (let i = 0; i < length; i++) text += String.fromCharCode(Math.floor(rand() * 0x90));
      cases.push(text);
    }
    for (const text of cases) {
      expect(placeKey(text), JSON.stringify(text)).toBe(slowPlace(text));
      expect(foldKey(text), JSON.stringify(text)).toBe(slowFold(text));
    }
  });
});
