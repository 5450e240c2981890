import { describe, expect, it } from 'vitest';
import { parseYearSpan } from '../../../src/core/change/index.ts';

describe('parseYearSpan', () => {
  it.each([
    ['2016', { from: 2016, to: 2016 }],
    ['2015-2016', { from: 2015, to: 2016 }],
    [' 2015 – 2018 ', { from: 2015, to: 2018 }],
    ['2015..2017', { from: 2015, to: 2017 }],
  ])('reads %j', (text, span) => {
    expect(parseYearSpan(text)).toEqual(span);
  });

  it.each(['', '16', '2018-2016', '2015-', 'år 2016', '2015/16'])('refuses %j', (text) => {
    expect(parseYearSpan(text)).toBeUndefined();
  });
});
