import { describe, expect, it } from 'vitest';
import { parseNumber, parseYear } from '../../../src/core/io/parse-number.ts';

describe('parseNumber', () => {
  it.each([
    ['2,5', 2.5],
    ['2.5', 2.5],
    [' 3 ', 3],
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    ['1\u202f234,5', 1234.5],
    ['1 234 567', 1234567],
    ['1,234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['1,234,567', 1234567],
    ['1,234', 1.234],
    ['-2', -2],
    ['+3', 3],
    ['\u22122,5', -2.5],
    ['1e3', 1000],
    ['2,5E-1', 0.25],
    [',5', 0.5],
    ['0180', 180],
    ['0', 0],
    ['-0', 0],
  ])('reads %j as %d', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    'abc',
    'NaN',
    'Infinity',
    '-Infinity',
    '1,2,3',
    '1.2.3',
    '0x10',
    '1e400',
    '12 34',
    '2,5 st',
    '1,234.5.6',
    '--1',
    'e3',
    '1e',
    ',',
  ])('refuses %j', (text) => {
    expect(parseNumber(text)).toBeUndefined();
  });

  it('never returns NaN or Infinity for any of many odd inputs', () => {
    const odd = ['.', '-', '+', '1e+', '1..2', '٣', '１２', '1_000', '∞', 'Inf', '1/2', '50 %'];
    for (const text of odd) {
      const value = parseNumber(text);
      expect(value === undefined || Number.isFinite(value)).toBe(true);
    }
  });
});

describe('parseYear', () => {
  it.each([
    ['2017', '2017'],
    ['2017-05-03', '2017'],
    ['3/5/2017', '2017'],
    ['2017-05', '2017'],
    ['2017/18', '2017'],
    [' 2018 ', '2018'],
  ])('finds the year in %j', (text, year) => {
    expect(parseYear(text)).toBe(year);
  });

  it.each(['', 'okänt', '42856', '17', '20170503', '3017'])('finds none in %j', (text) => {
    expect(parseYear(text)).toBeUndefined();
  });
});
