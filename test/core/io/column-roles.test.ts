import { describe, expect, it } from 'vitest';
import { detectEdgeRoles, detectNodeRoles } from '../../../src/core/io/column-roles.ts';
import type { TableInfo } from '../../../src/core/io/types.ts';
import { InputError } from '../../../src/core/errors.ts';
import { formatInputError } from '../../../src/i18n/io.ts';

const info = (headers: string[]): TableInfo => ({ file: 'kanter.csv', format: 'csv', headers });

describe('detectEdgeRoles', () => {
  it.each([
    [
      ['Kommun', 'Aktör', 'Vikt', 'Typ', 'År'],
      { source: 0, target: 1, strength: 2, kind: 3, year: 4 },
    ],
    [
      ['Från', 'Till', 'Antal', 'Samarbetsform', 'Datum'],
      { source: 0, target: 1, strength: 2, kind: 3, date: 4 },
    ],
    [
      ['source', 'target', 'weight', 'type', 'year'],
      { source: 0, target: 1, strength: 2, kind: 3, year: 4 },
    ],
    [['FROM', 'TO', 'Count'], { source: 0, target: 1, strength: 2 }],
    [['Aktör 1', 'Aktör 2', 'Styrka'], { source: 0, target: 1, strength: 2 }],
    [['node1', 'node2'], { source: 0, target: 1 }],
    [
      ['Kommunnamn', 'Samarbetspartner', 'Årtal', 'Kategori'],
      { source: 0, target: 1, year: 2, kind: 3 },
    ],
    [['kommun_kod', 'partner', 'vikt (antal möten)'], { source: 0, target: 1, strength: 2 }],
    [['Partner', 'Kommun'], { source: 1, target: 0 }],
  ])('recognises %j', (headers, roles) => {
    const sample = [headers.map((_, i) => (i === 2 ? '1' : `v${i}`))];
    const mapping = detectEdgeRoles(info(headers), sample);
    expect(mapping.roles).toEqual(roles);
    expect(mapping.confidence).toBe('sure');
  });

  it('never takes a free-text column as the strength', () => {
    const headers = ['Kommun', 'Aktör', 'Antal', 'Kommentar'];
    const sample = [
      [
        'Flen',
        'Region Sörmland',
        'två möten under våren och ett i höst',
        'bra samarbete med regionen',
      ],
      ['Gotland', 'Region Gotland', 'flera gånger per år enligt avtal', 'nytt avtal'],
    ];
    const mapping = detectEdgeRoles(info(headers), sample);
    expect(mapping.roles.strength).toBeUndefined();
    expect(mapping.attributes).toEqual([
      { column: 2, name: 'Antal', type: 'text' },
      { column: 3, name: 'Kommentar', type: 'text' },
    ]);
  });

  it('guesses source and target from content when no header says, and says it is unsure', () => {
    const headers = ['Beskrivning', 'Nummer', 'A', 'B'];
    const sample = [
      ['ett långt samarbete om turism och kultur', '1', 'Flen', 'Region Sörmland'],
      ['ett annat projekt med många ord i', '2', 'Gotland', 'Region Gotland'],
    ];
    const mapping = detectEdgeRoles(info(headers), sample);
    expect(mapping.roles).toMatchObject({ source: 2, target: 3 });
    expect(mapping.confidence).toBe('unsure');
  });

  it('takes the left column as source when both headers name a partner', () => {
    const sample = [
      ['Region Norrbotten', 'Boden'],
      ['Luleå', 'Region Norrbotten'],
    ];
    expect(detectEdgeRoles(info(['Organisation', 'Samarbetspart']), sample).roles).toEqual({
      source: 0,
      target: 1,
    });
    expect(detectEdgeRoles(info(['Partner', 'Kommun']), sample).roles).toEqual({
      source: 1,
      target: 0,
    });
  });

  it('lets an explicit mapping win, by name (any case and accents) or by index', () => {
    const headers = ['Kommun', 'Aktör', 'Vikt', 'Belopp'];
    const sample = [['Flen', 'Region Sörmland', '1', '1 000,50']];
    const mapping = detectEdgeRoles(info(headers), sample, {
      strength: 'belopp',
      target: 0,
      source: 'AKTOR',
    });
    expect(mapping.roles).toEqual({ source: 1, target: 0, strength: 3 });
    expect(mapping.attributes).toEqual([{ column: 2, name: 'Vikt', type: 'number' }]);
  });

  it('refuses an explicit column that does not exist, naming the headers', () => {
    const call = () => detectEdgeRoles(info(['a', 'b']), [], { strength: 'vikt' });
    expect(call).toThrow(InputError);
    expect(call).toThrow(
      expect.objectContaining({ code: 'unknown_column', params: { headers: 'a, b' } }),
    );
    expect(() => detectEdgeRoles(info(['a', 'b']), [], { source: 5 })).toThrow(
      expect.objectContaining({ code: 'unknown_column' }),
    );
  });

  it('says which headers it saw and which roles it needs when it cannot find them', () => {
    const headers = ['Kommentar', 'Antal'];
    const sample = [['ett långt samarbete om turism och kultur', '3']];
    let error: unknown;
    try {
      detectEdgeRoles(info(headers), sample);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({
      code: 'roles_not_found',
      location: { file: 'kanter.csv' },
      params: { headers: 'Kommentar, Antal', needed: 'source, target' },
    });
    expect(formatInputError(error as InputError, 'sv')).toBe(
      'kanter.csv: hittar inte kolumnerna för källa (från), mål (till); rubrikerna är: Kommentar, Antal. Ange kolumnerna för hand.',
    );
    expect(formatInputError(error as InputError, 'en')).toBe(
      'kanter.csv: cannot find the columns for source (from), target (to); the headers are: Kommentar, Antal. Give the columns by hand.',
    );
  });

  it('infers attribute types: number, category, text; codes stay text', () => {
    const headers = ['Från', 'Till', 'Budget', 'Län', 'Kod', 'Not'];
    const sample = Array.from({ length: 10 }, (_, i) => [
      `K${i}`,
      `A${i}`,
      `${i},5`,
      i % 2 ? 'Gotland' : 'Jämtland',
      `0${i}80`,
      `anteckning nummer ${i}`,
    ]);
    const { attributes } = detectEdgeRoles(info(headers), sample);
    expect(attributes).toEqual([
      { column: 2, name: 'Budget', type: 'number' },
      { column: 3, name: 'Län', type: 'category' },
      { column: 4, name: 'Kod', type: 'text' },
      { column: 5, name: 'Not', type: 'text' },
    ]);
  });
});

describe('detectNodeRoles', () => {
  it('recognises Swedish node headers', () => {
    const headers = ['Kommunkod', 'Namn', 'Aktörstyp', 'Län', 'Latitud', 'Longitud', 'Målbild'];
    const sample = [['0180', 'Stockholm', 'kommun', '01', '59,33', '18,07', '3']];
    const mapping = detectNodeRoles(info(headers), sample);
    expect(mapping.roles).toEqual({ id: 0, label: 1, kind: 2, county: 3, lat: 4, lon: 5 });
    expect(mapping.attributes).toEqual([{ column: 6, name: 'Målbild', type: 'number' }]);
  });

  it('uses the name as id when there is no id column', () => {
    const mapping = detectNodeRoles(info(['name', 'type', 'county']), [
      ['Flen', 'municipality', '04'],
    ]);
    expect(mapping.roles).toEqual({ id: 0, label: 0, kind: 1, county: 2 });
  });

  it('takes x and y as coordinates only when they are degrees', () => {
    const degrees = detectNodeRoles(info(['id', 'x', 'y']), [['a', '18,07', '59,33']]);
    expect(degrees.roles).toEqual({ id: 0, lon: 1, lat: 2 });
    const sweref = detectNodeRoles(info(['id', 'x', 'y']), [['a', '674032', '6580821']]);
    expect(sweref.roles).toEqual({ id: 0 });
  });

  it('falls back to the first column for the id, unsure', () => {
    const mapping = detectNodeRoles(info(['Vem', 'Storlek']), [['Flen', '3']]);
    expect(mapping.roles.id).toBe(0);
    expect(mapping.confidence).toBe('unsure');
  });
});
