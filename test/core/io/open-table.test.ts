import { describe, expect, it } from 'vitest';
import { fromBytes, fromText } from '../../../src/core/io/byte-source.ts';
import { MAX_BYTES, openTable } from '../../../src/core/io/open-table.ts';
import type { ByteSource } from '../../../src/core/io/types.ts';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13];

describe('openTable', () => {
  it('opens a delimited table', async () => {
    const table = await openTable(fromText('k.csv', 'från;till\nA;B\n'));
    expect(table.info).toMatchObject({ format: 'csv', delimiter: ';', headers: ['från', 'till'] });
  });

  it.each([
    ['a PNG image', PNG, 'image'],
    ['NUL bytes', [0x61, 0x2c, 0x62, 0x0a, 0x00, 0x01, 0x02], 'other'],
    ['a PDF', [...new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n')], 'pdf'],
    ['an old .xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0], 'xls'],
  ])('refuses %s as binary', async (_what, bytes, kind) => {
    await expect(openTable(fromBytes('data.csv', new Uint8Array(bytes)))).rejects.toMatchObject({
      code: 'binary_file',
      location: { file: 'data.csv' },
      params: { kind },
    });
  });

  it('refuses an empty file', async () => {
    await expect(openTable(fromText('tom.csv', ''))).rejects.toMatchObject({ code: 'empty_file' });
  });

  it('refuses a file over the limit before reading a byte', async () => {
    let read = false;
    const huge: ByteSource = {
      name: 'stor.csv',
      size: MAX_BYTES + 1,
      async *chunks() {
        read = true;
        yield new Uint8Array(0);
      },
    };
    await expect(openTable(huge)).rejects.toMatchObject({
      code: 'file_too_large',
      params: { size: MAX_BYTES + 1, limit: MAX_BYTES },
    });
    expect(read).toBe(false);
  });

  it('sends XLSX, GEXF and GraphML to their own readers', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    await expect(openTable(fromBytes('x.csv', zip))).rejects.toMatchObject({
      code: 'not_delimited',
      params: { format: 'xlsx' },
    });
  });
});
