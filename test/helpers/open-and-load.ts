import type { ByteSource } from '../../src/core/io/types.ts';
import { openInput } from '../../src/core/run/open-input.ts';
import { loadNetwork } from '../../src/core/run/run.ts';

/** The run's first half on in-memory files: the opened tables and the loaded network. */
export async function openAndLoad(input: { edges: ByteSource; nodes?: ByteSource }) {
  const opened = await openInput(input);
  if (opened.kind !== 'tables') throw new Error('expected tables');
  const loaded = await loadNetwork(opened, {});
  if (!('graph' in loaded)) throw new Error('expected a network');
  return { opened, loaded };
}
