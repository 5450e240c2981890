import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.ts';
import { fromBytes } from '../../../src/core/io/byte-source.ts';
import { buildGraph } from '../../../src/core/model/build-graph.ts';
import type { BroGraph } from '../../../src/core/model/types.ts';
import { createProject, projectGraph } from '../../../src/core/project/create-project.ts';
import { readProject } from '../../../src/core/project/read-project.ts';
import { writeProject } from '../../../src/core/project/write-project.ts';
import { edgeInput } from '../model/tables.ts';
import { importFile } from './open.ts';

// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Pieces that have broken readers: delimiters, quotes, line ends, odd bytes and words. */
const PIECES = [
  ';',
  ',',
  '\t',
  '|',
  '"',
  '\n',
  '\r',
  '\r\n',
  '\u0000',
  '\u0007',
  ' ',
  '\u00a0',
  '\u200b',
  'A',
  'b',
  'Flen',
  '0180',
  '1280',
  '12',
  '-1',
  '1e308',
  '0x10',
  '2,5',
  'NaN',
  'Infinity',
  'constructor',
  '__proto__',
  'toString',
  'från',
  'till',
  'vikt',
  'typ',
  'år',
  'Överkalix',
  'Region Sörmland',
  'sep=;',
];

const bytesOf = (parts: (string | number)[]) => {
  const out: number[] = [];
  for (const part of parts) {
    if (typeof part === 'number') out.push(part);
    else out.push(...new TextEncoder().encode(part));
  }
  return new Uint8Array(out);
};

/** Tables of 2–4 columns from the pieces, with now and then a raw byte (Windows-1252, stray). */
const csvBytes = fc
  .array(
    fc.oneof(
      { weight: 20, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 1, arbitrary: fc.constantFrom(0xe9, 0xf6, 0xc3, 0x96, 0xff) },
    ),
    { maxLength: 80 },
  )
  .map((parts) => bytesOf(['från;till;vikt\n', ...parts]));

async function outcome(open: () => Promise<{ graph: BroGraph }>): Promise<string> {
  try {
    const { graph } = await open();
    return JSON.stringify(graph.export());
  } catch (error) {
    if (error instanceof InputError) return `InputError ${error.code}`;
    throw error;
  }
}

/**
 * No number that is not finite anywhere in the graph, and with `clean`, no id or label with a
 * control character (a project file keeps the ids it was saved with).
 */
function checkGraph(graph: BroGraph, clean: boolean): void {
  graph.forEachNode((id, a) => {
    if (!clean) return;
    expect(CONTROL.test(id), JSON.stringify(id)).toBe(false);
    expect(CONTROL.test(a.label)).toBe(false);
  });
  const finite = (value: unknown): void => {
    if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
    else if (value && typeof value === 'object') Object.values(value).forEach(finite);
  };
  finite(graph.export());
  graph.forEachEdge((_e, a) => expect(a.strength).toBeGreaterThan(0));
}

describe('fuzzed input never escapes as anything but an InputError', () => {
  it('CSV: only InputError, clean ids, finite numbers, the same bytes the same graph', async () => {
    await fc.assert(
      fc.asyncProperty(csvBytes, async (bytes) => {
        const open = () => importFile(fromBytes('fuzz.csv', bytes));
        const first = await outcome(async () => {
          const built = await open();
          checkGraph(built.graph, true);
          return built;
        });
        expect(await outcome(open)).toBe(first);
      }),
      { numRuns: 300, seed: 20261204 },
    );
  });

  it('project files: only InputError, finite numbers, the same text the same graph', async () => {
    const { graph } = await buildGraph({
      edges: edgeInput([
        ['Flen', 'Region Sörmland', '2', 'Projekt', '2017'],
        ['Flen', 'constructor', '1'],
      ]),
    });
    const valid = JSON.parse(writeProject(createProject(graph))) as Record<string, unknown>;
    const paths = [
      ['data', 'graph', 'options'],
      ['data', 'graph', 'nodes', 0, 'attributes'],
      ['data', 'graph', 'nodes', 1, 'attributes', 'label'],
      ['data', 'graph', 'nodes', 1, 'attributes', 'lat'],
      ['data', 'graph', 'edges', 0],
      ['data', 'graph', 'edges', 0, 'attributes', 'strength'],
      ['data', 'graph', 'edges', 1, 'source'],
      ['data', 'graph', 'edges', 1, 'attributes', 'byKind'],
      ['settings'],
      ['positions'],
      ['views'],
    ] as const;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.string({ unit: 'binary' })),
        async (path, value) => {
          const raw = structuredClone(valid);
          let at = raw as Record<string | number, unknown>;
          for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
          at[path[path.length - 1]!] = value;
          const text = JSON.stringify(raw);
          const open = async () => {
            const opened = projectGraph(readProject(text, 'fuzz.brobyggare.json'));
            checkGraph(opened, false);
            return { graph: opened };
          };
          expect(await outcome(open)).toBe(await outcome(open));
        },
      ),
      { numRuns: 300, seed: 20261204 },
    );
  });
});
