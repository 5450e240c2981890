import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SWEDEN_DIR, swedenData } from '../../../scripts/reference-data.ts';
import { SWEDEN_DATA } from '../../../src/core/model/sweden-data.ts';

describe('the generated reference module', () => {
  it('matches data/sweden/*.csv (regenerate with scripts/reference-data.ts)', () => {
    expect(SWEDEN_DATA).toEqual(swedenData());
  });

  it('holds every municipality, county and pilot of the CSVs, codes as strings', () => {
    const lines = (file: string) =>
      readFileSync(join(SWEDEN_DIR, file), 'utf8').trimEnd().split('\n').length - 1;
    expect(SWEDEN_DATA.municipalities).toHaveLength(lines('municipalities.csv'));
    expect(SWEDEN_DATA.counties).toHaveLength(lines('counties.csv'));
    expect(SWEDEN_DATA.pilots).toHaveLength(lines('pilots.csv'));
    expect(SWEDEN_DATA.municipalities.find((m) => m.name === 'Stockholm')?.code).toBe('0180');
    expect(SWEDEN_DATA.counties.find((c) => c.code === '01')?.seatCode).toBe('0180');
  });
});
