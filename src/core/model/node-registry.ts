import { normaliseKind } from './kinds.ts';
import { recogniseWith, type RecognitionPolicy } from './recognition-policy.ts';
import type { Recognition, SwedenIndex } from './sweden.ts';
import type { WarningLog } from './warning-log.ts';

/** What a node table row says about a node. */
export interface NodeDetails {
  label: string;
  kindText: string;
  countyText: string;
  latText: string;
  lonText: string;
  attributes: Record<string, string | number>;
}

/** Where ids were read: the edge file, and the node file when there is one. */
export interface RegistryFiles {
  edges: string;
  nodes?: string;
}

/**
 * Every node of an import, by index: its id, the row it was first seen in, what the node
 * table says about it, and what it was recognised as. Edge endpoints are looked up through
 * `endpoint`, the importer's hot path: one Map lookup per id once the id is known.
 *
 * An edge endpoint that is not a known id but is the label of exactly one node table row
 * (edges by name, nodes by code), or names the same municipality or regional body as an
 * existing node ("Region Gotland" when the node table has "Gotland", "Stockholm" when it has
 * "0180"), is taken as that node, and reported.
 */
export class NodeRegistry {
  readonly ids: string[] = [];
  /** First row the node was seen in, in the node file for table nodes, else the edge file. */
  readonly rows: number[] = [];
  readonly details: (NodeDetails | undefined)[] = [];
  readonly recognition: (Recognition | undefined)[] = [];
  /** Near misses among edge endpoints, with every edge row they occur in. */
  readonly nearMisses = new Map<number, { suggestion: string; rows: number[] }>();
  /** Nodes by id, but for the numbered ones (kept in `numbered` alone). */
  private readonly index = new Map<string, number>();
  /**
   * The index + 1 of nodes whose id is a plain decimal number below NUMBERED_LIMIT, by that
   * number (0: none): files of numbered ids are looked up without hashing each id again,
   * which on millions of rows is most of the lookup's time, nor storing it in `index`.
   */
  private numbered = new Int32Array(0);
  private readonly aliases = new Map<string, { target: number; code: AliasCode }>();
  private readonly byPlace = new Map<string, number>();
  /** Node table labels that differ from their id; AMBIGUOUS when several nodes share one. */
  private readonly byLabel = new Map<string, number>();

  constructor(
    private readonly sweden: SwedenIndex,
    private readonly warnings: WarningLog,
    private readonly files: RegistryFiles,
    private readonly policy: RecognitionPolicy,
  ) {}

  private recognise(text: string): Recognition | undefined {
    return recogniseWith(this.sweden, this.policy, text);
  }

  get size(): number {
    return this.ids.length;
  }

  /** Endpoints that were taken as another node (its label, or the same place). */
  aliasIds(): Iterable<string> {
    return this.aliases.keys();
  }

  /** The index of a node by its own id (not an alias), or undefined. */
  indexOf(id: string): number | undefined {
    const number = plainNumber(id);
    if (number < 0) return this.index.get(id);
    const stored = number < this.numbered.length ? this.numbered[number]! : 0;
    return stored > 0 ? stored - 1 : undefined;
  }

  fromTable(index: number): boolean {
    return this.details[index] !== undefined;
  }

  /** Adds a node table row; undefined when the id was already in the table (first wins). */
  addTableNode(id: string, row: number, details: NodeDetails): number | undefined {
    if (this.indexOf(id) !== undefined) return undefined;
    const recognition =
      this.recognise(id) ?? (details.label !== id ? this.recognise(details.label) : undefined);
    const i = this.create(id, row, details, recognition);
    if (details.label !== id) {
      this.byLabel.set(details.label, this.byLabel.has(details.label) ? AMBIGUOUS : i);
    }
    const kind = details.kindText === '' ? undefined : normaliseKind(details.kindText);
    if (recognition && (kind === undefined || kind === recognition.kind)) {
      const place = placeOf(recognition);
      const earlier = this.byPlace.get(place);
      if (earlier === undefined) this.byPlace.set(place, i);
      else {
        this.warnings.add({
          code: 'same_place',
          severity: 'warning',
          file: this.files.nodes ?? this.files.edges,
          row,
          value: id,
          params: { other: this.ids[earlier]! },
          group: place,
        });
      }
    }
    return i;
  }

  /** The node index of an edge endpoint, creating (or aliasing) the node on first sight. */
  endpoint(id: string, row: number): number {
    const known = this.indexOf(id);
    if (known !== undefined) {
      if (this.nearMisses.size > 0) this.nearMisses.get(known)?.rows.push(row);
      return known;
    }
    const alias = this.aliases.get(id);
    if (alias !== undefined) {
      this.reportAlias(id, alias.target, row, alias.code);
      return alias.target;
    }
    return this.introduce(id, row);
  }

  /**
   * endpoint for the id text[start, end) (trimmed, without control characters) whose
   * plainNumberAt is `number`: a numbered id already known is found without making its string.
   */
  endpointAt(text: string, start: number, end: number, number: number, row: number): number {
    const known = this.knownNumber(number);
    if (known < 0) return this.endpoint(text.slice(start, end), row);
    if (this.nearMisses.size > 0) this.nearMisses.get(known)?.rows.push(row);
    return known;
  }

  /**
   * The index of the node whose id is the plain number `number` (plainNumberAt, -1 for none)
   * when known, else -1; nothing is noted (see readEdges' batches).
   */
  knownNumber(number: number): number {
    return number >= 0 && number < this.numbered.length ? this.numbered[number]! - 1 : -1;
  }

  private introduce(id: string, row: number): number {
    const labelled = this.byLabel.get(id);
    if (labelled !== undefined && labelled !== AMBIGUOUS)
      return this.alias(id, labelled, row, 'endpoint_is_label');
    const recognition = this.recognise(id);
    if (recognition) {
      const place = placeOf(recognition);
      const existing = this.byPlace.get(place);
      if (existing !== undefined) return this.alias(id, existing, row, 'same_place_merged');
      const i = this.create(id, row, undefined, recognition);
      this.byPlace.set(place, i);
      return i;
    }
    const i = this.create(id, row, undefined, undefined);
    const suggestion = this.sweden.nearMiss(id);
    if (suggestion) this.nearMisses.set(i, { suggestion: suggestion.name, rows: [row] });
    return i;
  }

  private create(
    id: string,
    row: number,
    details: NodeDetails | undefined,
    recognition: Recognition | undefined,
  ): number {
    const i = this.ids.length;
    this.ids.push(id);
    this.rows.push(row);
    this.details.push(details);
    this.recognition.push(recognition);
    const number = plainNumber(id);
    // A numbered id is kept by its number alone (see indexOf).
    if (number < 0) this.index.set(id, i);
    else {
      if (number >= this.numbered.length) {
        let length = Math.max(this.numbered.length, 1024);
        while (length <= number) length *= 2;
        const grown = new Int32Array(length);
        grown.set(this.numbered);
        this.numbered = grown;
      }
      this.numbered[number] = i + 1;
    }
    return i;
  }

  private alias(id: string, target: number, row: number, code: AliasCode): number {
    this.aliases.set(id, { target, code });
    this.reportAlias(id, target, row, code);
    return target;
  }

  private reportAlias(id: string, target: number, row: number, code: AliasCode): void {
    this.warnings.add({
      code,
      severity: 'info',
      file: this.files.edges,
      row,
      value: id,
      params: { target: this.ids[target]! },
      group: id,
    });
  }
}

const AMBIGUOUS = -1;

/** Numbered ids up to about four million take a slot each (16 MB at most). */
const NUMBERED_LIMIT = 1 << 22;

/**
 * The number an id spells in plain decimal digits ("0", "17", not "017", "+1" or "1.0"), when
 * below NUMBERED_LIMIT; else -1. Only such ids are the same text as the number written back.
 */
function plainNumber(id: string): number {
  return plainNumberAt(id, 0, id.length);
}

/** plainNumber of text[start, end). */
export function plainNumberAt(text: string, start: number, end: number): number {
  const length = end - start;
  if (length === 0 || length > 7) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9 || (digit === 0 && i === start && length > 1)) return -1;
    value = value * 10 + digit;
  }
  return value < NUMBERED_LIMIT ? value : -1;
}

/** Why an endpoint was taken as another node: it is that node's label, or the same place. */
type AliasCode = 'endpoint_is_label' | 'same_place_merged';

/** One key per real-world place: a municipality, or a county's region or county board. */
function placeOf(recognition: Recognition): string {
  return recognition.kind === 'municipality'
    ? `municipality:${recognition.municipality.code}`
    : `${recognition.kind}:${recognition.county.code}`;
}
