import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.ts';
import { fromBytes, fromText } from '../../../src/core/io/byte-source.ts';
import type { ByteSource } from '../../../src/core/io/types.ts';
import { createProject } from '../../../src/core/project/create-project.ts';
import { writeProject } from '../../../src/core/project/write-project.ts';
import { openInput } from '../../../src/core/run/open-input.ts';
import { run } from '../../../src/core/run/run.ts';

/** A source that counts how often it is read through to its end. */
function counted(source: ByteSource) {
  const counts = { opened: 0, readWhole: 0 };
  const wrapped: ByteSource = {
    name: source.name,
    size: source.size,
    async *chunks() {
      counts.opened++;
      for await (const chunk of source.chunks()) yield chunk;
      counts.readWhole++;
    },
  };
  return { source: wrapped, counts };
}

async function workbook(rows: (string | number)[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Blad1');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('the core run', () => {
  it('reads an XLSX with a column question once: the answer resumes from the opened tables', async () => {
    const bytes = await workbook([
      ['Alfa', 'Beta', 'Gamma'],
      ['Flen', 'Region Sörmland', 2],
      ['Flen', 'Almi Mälardalen', 1],
      ['Vimmerby', 'Almi Mälardalen', 3],
    ]);
    const { source, counts } = counted(fromBytes('mall.xlsx', bytes));
    const opened = await openInput({ edges: source });
    const asked = await run(opened, { askRoles: true });
    expect(asked.kind).toBe('question');
    if (asked.kind !== 'question') return;
    expect(asked.columns.edges.headers).toEqual(['Alfa', 'Beta', 'Gamma']);
    const answered = await run(opened, {
      askRoles: true,
      edgeRoles: { source: 'Alfa', target: 'Beta', strength: 'Gamma' },
    });
    expect(answered.kind).toBe('result');
    if (answered.kind !== 'result') return;
    expect(answered.result.loaded.report.edges).toBe(3);
    expect(answered.result.graph.getEdgeAttribute('Flen', 'Region Sörmland', 'strength')).toBe(2);
    expect(counts.readWhole).toBe(1);
  });

  it('applies a project file’s edits, and refuses an edit that names no node', async () => {
    const opened = await openInput({
      edges: fromText('e.csv', 'Kommun;Partner\nFlen;Almi\nVimmerby;Almi\n'),
    });
    const first = await run(opened, {});
    if (first.kind !== 'result') throw new Error('no result');
    const project = createProject(first.result.graph, { report: first.result.loaded.report });
    const withEdits = (edits: unknown) =>
      fromText('p.brobyggare.json', writeProject({ ...project, settings: { edits } } as never));

    const edited = await run(
      await openInput({
        edges: withEdits([{ op: 'add', source: 'Flen', target: 'Vimmerby', strength: 2 }]),
      }),
      {},
    );
    if (edited.kind !== 'result') throw new Error('no result');
    expect(edited.result.graph.size).toBe(3);
    expect(edited.result.changes).toHaveLength(1);

    const bad = await openInput({
      edges: withEdits([{ op: 'add', source: 'Flen', target: 'Nowhere', strength: 2 }]),
    });
    await expect(run(bad, {})).rejects.toMatchObject({
      code: 'project_invalid',
      params: { field: 'settings.edits[0]', problem: 'unknown_node' },
    });
    const malformed = await openInput({ edges: withEdits([{ op: 'grow', source: 'Flen' }]) });
    await expect(run(malformed, {})).rejects.toBeInstanceOf(InputError);
  });

  it('refuses JSON that is not a project file, naming the file', async () => {
    await expect(
      openInput({ edges: fromText('out.json', '{"graph":{},"nodes":[]}') }),
    ).rejects.toMatchObject({
      code: 'json_not_project',
      location: { file: 'out.json' },
    });
  });
});
