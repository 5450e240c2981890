import { budgeted, nextTask } from '../next-task.ts';
import type { Project } from '../state/project.ts';

/** What a link says about the data its view belongs to: names, counts and a fingerprint, never the data. */
export interface DataIdentity {
  files: string[];
  nodes: number;
  edges: number;
  /** A hash of the node ids and the tied pairs: equal for the same file opened anywhere. */
  fingerprint: string;
}

type Graph = Project['graph'];

/** By graph: a load's pending project and its complete one share it (and its fingerprint). */
const cache = new WeakMap<Graph, string>();
const computing = new WeakMap<Graph, Promise<string>>();

export function dataIdentity(project: Project): DataIdentity {
  const { graph } = project;
  let fingerprint = cache.get(graph);
  if (fingerprint === undefined) {
    fingerprint = atOnce(fingerprintSteps(graph));
    cache.set(graph, fingerprint);
  }
  return identity(project, fingerprint);
}

/** The identity if its fingerprint is known already, else null (without computing it). */
export function knownDataIdentity(project: Project): DataIdentity | null {
  const fingerprint = cache.get(project.graph);
  return fingerprint === undefined ? null : identity(project, fingerprint);
}

/**
 * The same identity, its fingerprint computed in slices of about a dozen milliseconds (through
 * `pause`): sorting and hashing the 50,000 pairs of a large network at once took 40–80 ms.
 */
export async function dataIdentityInSlices(
  project: Project,
  pause: () => Promise<void> = nextTask,
): Promise<DataIdentity> {
  const { graph } = project;
  const known = cache.get(graph);
  if (known !== undefined) return identity(project, known);
  let running = computing.get(graph);
  if (!running) {
    running = inSlices(fingerprintSteps(graph), budgeted(pause));
    computing.set(graph, running);
  }
  const fingerprint = await running;
  cache.set(graph, fingerprint);
  computing.delete(graph);
  return identity(project, fingerprint);
}

function identity(project: Project, fingerprint: string): DataIdentity {
  const { graph } = project;
  return { files: project.files, nodes: graph.order, edges: graph.size, fingerprint };
}

const pairOf = (s: string, t: string) => (s < t ? `${s}\u0001${t}` : `${t}\u0001${s}`);

/** Items handled between the points where a sliced run may pause. */
const STEP = 1024;

/** Work that yields every STEP items or so: run at once, or in slices between tasks. */
type Steps<T> = Generator<void, T, void>;

function atOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

async function inSlices<T>(steps: Steps<T>, breathe: () => Promise<void>): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await breathe();
  }
}

/** The fingerprint: the sorted node ids, a separator, the sorted tied pairs, hashed. */
function* fingerprintSteps(graph: Graph): Steps<string> {
  const nodes = yield* sortSteps(graph.nodes());
  const pairs: string[] = [];
  for (const { source, target } of graph.edgeEntries()) {
    pairs.push(pairOf(source, target));
    if (pairs.length % STEP === 0) yield;
  }
  const sorted = yield* sortSteps(pairs);
  const hash = fnv1a();
  let n = 0;
  for (const part of [nodes, ['\u0002'], sorted])
    for (const item of part) {
      hash.add(item);
      if (++n % STEP === 0) yield;
    }
  return hash.hex();
}

/**
 * The order of `Array.prototype.sort` (UTF-16 code units), made in steps: runs sorted a few
 * thousand at a time, then merged two by two.
 */
function* sortSteps(items: string[], run = 4 * STEP): Steps<string[]> {
  let runs: string[][] = [];
  for (let from = 0; from < items.length; from += run) {
    runs.push(items.slice(from, from + run).sort());
    yield;
  }
  if (runs.length === 0) return [];
  while (runs.length > 1) {
    const next: string[][] = [];
    for (let i = 0; i < runs.length; i += 2) {
      const a = runs[i]!;
      const b = runs[i + 1];
      if (!b) {
        next.push(a);
        continue;
      }
      const out: string[] = new Array<string>(a.length + b.length);
      let x = 0;
      let y = 0;
      let k = 0;
      while (x < a.length && y < b.length) {
        // Equal items are taken from the first run first, as a stable sort keeps them.
        out[k++] = b[y]! < a[x]! ? b[y++]! : a[x++]!;
        if (k % STEP === 0) yield;
      }
      while (x < a.length) out[k++] = a[x++]!;
      while (y < b.length) out[k++] = b[y++]!;
      next.push(out);
      yield;
    }
    runs = next;
  }
  return runs[0]!;
}

/** sortSteps in slices (for the tests: the order the fingerprint hashes). */
export function sortInSlices(
  items: string[],
  breathe: () => Promise<void>,
  run?: number,
): Promise<string[]> {
  return inSlices(sortSteps(items, run), breathe);
}

/**
 * 32-bit FNV-1a over the UTF-16 code units of the parts joined by U+0000, as 8 hex digits: to
 * tell data sets apart, not to secure them. Fed part by part.
 */
function fnv1a() {
  let hash = 0x811c9dc5;
  let first = true;
  const code = (c: number) => {
    hash ^= c;
    hash = Math.imul(hash, 0x01000193);
  };
  return {
    add(part: string) {
      if (!first) code(0);
      first = false;
      for (let i = 0; i < part.length; i++) code(part.charCodeAt(i));
    },
    hex: () => (hash >>> 0).toString(16).padStart(8, '0'),
  };
}
