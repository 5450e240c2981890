import { InputError } from '../errors.ts';
import { attributeType, profileColumn, type ColumnProfile } from './column-profile.ts';
import { headerKey } from './header-key.ts';
import { EDGE_ROLE_NAMES, NODE_ROLE_NAMES, NUMBERED_ENDS } from './role-names.ts';
import type { ColumnMapping, EdgeRole, ExplicitRoles, NodeRole, TableInfo } from './types.ts';

/**
 * Which columns of an edge table are source, target, strength, kind, year and date.
 *
 * 1. An explicit role (header name, matched exactly or case- and accent-insensitively, or a
 *    0-based index) always wins; a name matching no header is an 'unknown_column' error.
 * 2. Other roles come from the headers (see role-names.ts): an exact name beats a name
 *    followed by more words; ties go to the leftmost column.
 * 3. Strength is taken only from a column whose sample values are mostly numbers, never from
 *    free text (comments, descriptions).
 * 4. A source or target without a known header is guessed from content: the first columns
 *    that are not free text, preferring non-numeric ones; confidence is then 'unsure'.
 * 5. When the headers cannot tell the two ends apart (Organisation; Samarbetspart: both
 *    name a partner), the left column is the source, as people write "from" before "to".
 * 6. Without both source and target: 'roles_not_found', listing the headers seen.
 */
export function detectEdgeRoles(
  info: TableInfo,
  sample: string[][],
  explicit: ExplicitRoles<EdgeRole> = {},
): ColumnMapping<EdgeRole> {
  return detectRoles<EdgeRole>(info, sample, explicit, {
    names: EDGE_ROLE_NAMES,
    order: ['source', 'target', 'strength', 'kind', 'year', 'date'],
    guessed: ['source', 'target'],
    required: ['source', 'target'],
    numbered: ['source', 'target'],
    accepts: { strength: isQuantity },
    quantity: 'strength',
  });
}

/**
 * Which columns of a node table are id, label, kind, county, lat and lon. As for edges; in
 * addition, without an id header the label column (namn, name, kommun, …) serves as id too,
 * and without either the first column that is not free text is the id ('unsure'). "x" and
 * "y" are taken as lon and lat only when their values lie within degree ranges (Swedish
 * files often hold SWEREF 99 metres there).
 */
export function detectNodeRoles(
  info: TableInfo,
  sample: string[][],
  explicit: ExplicitRoles<NodeRole> = {},
): ColumnMapping<NodeRole> {
  const mapping = detectRoles<NodeRole>(info, sample, explicit, {
    names: NODE_ROLE_NAMES,
    order: ['id', 'label', 'kind', 'county', 'lat', 'lon'],
    guessed: [],
    required: [],
    numbered: undefined,
    accepts: {
      lat: (profile, key) => key !== 'y' || inRange(profile, 90),
      lon: (profile, key) => key !== 'x' || inRange(profile, 180),
    },
  });
  if (mapping.roles.id === undefined && mapping.roles.label !== undefined) {
    mapping.roles.id = mapping.roles.label;
  }
  if (mapping.roles.id === undefined) {
    const profiles = info.headers.map((header, i) => profileColumn(header, sample, i));
    const column = mapping.attributes.find((a) => !profiles[a.column]!.freeText)?.column;
    if (column === undefined) {
      throw new InputError(
        'roles_not_found',
        { file: info.file },
        { headers: info.headers.join(', '), needed: 'id' },
      );
    }
    mapping.roles.id = column;
    mapping.attributes = mapping.attributes.filter((a) => a.column !== column);
    mapping.confidence = 'unsure';
  }
  return mapping;
}

type Accepts = (profile: ColumnProfile, key: string) => boolean;

interface RoleRules<R extends string> {
  names: Record<R, readonly string[]>;
  /** All roles, in the order ties between roles are broken. */
  order: R[];
  /** Roles that may be guessed from content when no header names them. */
  guessed: R[];
  required: R[];
  /** [first end, second end]: roles for "aktör 1" / "aktör 2" style headers. */
  numbered: [R, R] | undefined;
  accepts: Partial<Record<R, Accepts>>;
  /** The role a numeric column without a known header could play (strength), if any. */
  quantity?: R;
}

const EXACT = 3;
const NUMBERED = 3;
const PREFIX = 2;
const NUMBERED_HEADER = /^([a-z]+) ?(1|2|a|b)(?: |$)/;

function detectRoles<R extends string>(
  info: TableInfo,
  sample: string[][],
  explicit: ExplicitRoles<R>,
  rules: RoleRules<R>,
): ColumnMapping<R> {
  const { headers } = info;
  const keys = headers.map(headerKey);
  const profiles = headers.map((header, i) => profileColumn(header, sample, i));
  const roles: Partial<Record<R, number>> = {};
  const used = new Set<number>();

  for (const role of rules.order) {
    const given = explicit[role];
    if (given === undefined || given === '') continue;
    const column = resolveColumn(info, given);
    roles[role] = column;
    used.add(column);
  }

  const candidates: { role: R; column: number; score: number }[] = [];
  keys.forEach((key, column) => {
    for (const role of rules.order) {
      const score = headerScore(key, role, rules);
      if (score > 0) candidates.push({ role, column, score });
    }
  });
  candidates.sort(
    (a, b) =>
      b.score - a.score ||
      a.column - b.column ||
      rules.order.indexOf(a.role) - rules.order.indexOf(b.role),
  );
  for (const { role, column } of candidates) {
    if (roles[role] !== undefined || used.has(column)) continue;
    const accepts = rules.accepts[role];
    if (accepts && !accepts(profiles[column]!, keys[column]!)) continue;
    roles[role] = column;
    used.add(column);
  }

  let confidence: 'sure' | 'unsure' = 'sure';
  const guessed: R[] = [];
  const missing = rules.guessed.filter((role) => roles[role] === undefined);
  if (missing.length) {
    const free = headers
      .map((_, column) => column)
      .filter(
        (column) =>
          !used.has(column) && profiles[column]!.nonEmpty > 0 && !profiles[column]!.freeText,
      );
    const textFirst = [
      ...free.filter((column) => profiles[column]!.numericShare < 1),
      ...free.filter((column) => profiles[column]!.numericShare === 1),
    ];
    for (const role of missing) {
      const column = textFirst.shift();
      if (column === undefined) break;
      roles[role] = column;
      used.add(column);
      guessed.push(role);
      confidence = 'unsure';
    }
  }

  if (rules.numbered) orderEnds(roles, rules.numbered, keys, explicit, rules);

  const needed = rules.required.filter((role) => roles[role] === undefined);
  if (needed.length) {
    throw new InputError(
      'roles_not_found',
      { file: info.file },
      { headers: headers.join(', '), needed: needed.join(', ') },
    );
  }

  const attributes = headers
    .map((name, column) => ({ column, name, type: attributeType(profiles[column]!) }))
    .filter((attribute) => !used.has(attribute.column));
  const mapping: ColumnMapping<R> = { roles, attributes, confidence };
  if (guessed.length) mapping.guessed = guessed;
  const quantity = rules.quantity && rules.accepts[rules.quantity];
  if (rules.quantity && quantity && roles[rules.quantity] === undefined) {
    const candidate = attributes.find(
      (a) => profiles[a.column]!.nonEmpty > 0 && quantity(profiles[a.column]!, keys[a.column]!),
    );
    if (candidate) mapping.strengthCandidate = candidate.column;
  }
  return mapping;
}

/** Puts the left column first when neither the user nor the headers ordered the two ends. */
function orderEnds<R extends string>(
  roles: Partial<Record<R, number>>,
  [first, second]: [R, R],
  keys: readonly string[],
  explicit: ExplicitRoles<R>,
  rules: RoleRules<R>,
): void {
  const a = roles[first];
  const b = roles[second];
  if (a === undefined || b === undefined || a < b) return;
  if (explicit[first] !== undefined || explicit[second] !== undefined) return;
  const alike = [first, second].every(
    (role) => headerScore(keys[a]!, role, rules) === headerScore(keys[b]!, role, rules),
  );
  if (!alike) return;
  roles[first] = b;
  roles[second] = a;
}

function headerScore<R extends string>(key: string, role: R, rules: RoleRules<R>): number {
  if (rules.numbered) {
    const match = NUMBERED_HEADER.exec(key);
    if (match && NUMBERED_ENDS.has(match[1]!)) {
      const first = match[2] === '1' || match[2] === 'a';
      return role === rules.numbered[first ? 0 : 1] ? NUMBERED : 0;
    }
  }
  let best = 0;
  for (const name of rules.names[role]) {
    if (key === name) return EXACT;
    if (key.startsWith(`${name} `)) best = PREFIX;
  }
  return best;
}

/** A header name or 0-based index given by hand, as a column index. */
function resolveColumn(info: TableInfo, given: string | number): number {
  const { headers } = info;
  if (typeof given === 'number') {
    if (Number.isInteger(given) && given >= 0 && given < headers.length) return given;
  } else {
    const exact = headers.indexOf(given);
    if (exact !== -1) return exact;
    const key = headerKey(given);
    const loose = headers.findIndex((header) => headerKey(header) === key);
    if (loose !== -1) return loose;
    if (/^\d+$/.test(given) && Number(given) < headers.length) return Number(given);
  }
  throw new InputError(
    'unknown_column',
    { file: info.file, column: String(given) },
    { headers: headers.join(', ') },
  );
}

function isQuantity(profile: ColumnProfile): boolean {
  return !profile.freeText && (profile.nonEmpty === 0 || profile.numericShare >= 0.5);
}

function inRange(profile: ColumnProfile, limit: number): boolean {
  return profile.numericShare === 1 && profile.numbers.every((value) => Math.abs(value) <= limit);
}
