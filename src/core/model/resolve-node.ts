import { parseNumber } from '../io/parse-number.ts';
import { kindFromName } from './kind-from-name.ts';
import { normaliseKind } from './kinds.ts';
import type { NodeDetails } from './node-registry.ts';
import type { Recognition, SwedenIndex } from './sweden.ts';
import type { NodeAttributes } from './types.ts';
import { userRecord } from './user-record.ts';
import type { WarningLog } from './warning-log.ts';

/** The node file and the headers of its county, lat and lon columns, for warnings. */
export interface NodeColumns {
  file: string;
  /** The edge file, where a node without a node-table row was first seen. */
  edges: string;
  /** Read a kind from a word of the name when nothing else gives one (recognition on). */
  kindFromNames: boolean;
  county?: string;
  lat?: string;
  lon?: string;
}

/**
 * A node's attributes from its table row (if any) and its recognition:
 *
 * - label: the user's label, else the id; a bare municipality code ("0180") shows the name.
 * - kind: the user's kind (Swedish/English words mapped to known kinds) always wins; else the
 *   recognised kind; else a kind a word of the name gives ("Mittuniversitetet"), reported;
 *   else 'unknown'.
 * - A recognised node whose kind agrees gets code, county, official name and coordinates
 *   (a regional body: the county seat's); a disagreeing kind keeps only the county.
 * - The user's county and coordinates win over recognised ones. Values that cannot be used
 *   (an unknown county, a coordinate out of range) stay as attributes and are reported.
 */
export function resolveNode(
  id: string,
  row: number,
  details: NodeDetails | undefined,
  recognition: Recognition | undefined,
  sweden: SwedenIndex,
  warnings: WarningLog,
  columns: NodeColumns,
): NodeAttributes {
  const userKind = details && details.kindText !== '' ? normaliseKind(details.kindText) : undefined;
  const attributes = userRecord(details ? Object.entries(details.attributes) : []);
  let label = details?.label ?? id;
  if (label === id && recognition?.kind === 'municipality' && /^\d{4}$/.test(id)) {
    label = recognition.municipality.name;
  }
  const named =
    userKind === undefined && recognition === undefined && columns.kindFromNames
      ? kindFromName(label)
      : undefined;
  if (named)
    warnings.add({
      code: 'kind_from_name',
      severity: 'info',
      file: details ? columns.file : columns.edges,
      row,
      value: label,
      params: { kind: named.kind, word: named.word },
      group: named.kind,
    });
  const node: NodeAttributes = {
    label,
    kind: userKind ?? recognition?.kind ?? named?.kind ?? 'unknown',
    attributes,
  };
  if (recognition)
    applyRecognition(node, recognition, userKind === undefined || userKind === recognition.kind);
  if (details) applyUserPlace(node, details, row, sweden, warnings, columns);
  return node;
}

function applyRecognition(node: NodeAttributes, recognition: Recognition, agrees: boolean): void {
  if (recognition.kind === 'municipality') {
    const m = recognition.municipality;
    node.county = m.county;
    if (!agrees) return;
    Object.assign(node, { code: m.code, officialName: m.name, lat: m.lat, lon: m.lon });
    node.recognised = 'municipality';
    return;
  }
  const c = recognition.county;
  node.county = c.code;
  if (!agrees) return;
  if (recognition.kind === 'region') node.officialName = c.region;
  node.lat = c.seatLat;
  node.lon = c.seatLon;
  node.recognised = 'regional_actor';
}

function applyUserPlace(
  node: NodeAttributes,
  details: NodeDetails,
  row: number,
  sweden: SwedenIndex,
  warnings: WarningLog,
  columns: NodeColumns,
): void {
  const { file } = columns;
  if (details.countyText !== '') {
    const county = sweden.countyOf(details.countyText);
    if (county) {
      if (node.recognised === 'municipality' && node.county !== county.code) {
        warnings.add({
          code: 'county_differs',
          severity: 'warning',
          file,
          column: columns.county,
          row,
          value: details.countyText,
          params: { node: node.label },
        });
      }
      node.county = county.code;
    } else {
      node.attributes[columns.county ?? 'county'] = details.countyText;
      warnings.add({
        code: 'county_unknown',
        severity: 'warning',
        file,
        column: columns.county,
        row,
        value: details.countyText,
      });
    }
  }
  if (details.latText === '' && details.lonText === '') return;
  const lat = parseNumber(details.latText);
  const lon = parseNumber(details.lonText);
  if (lat !== undefined && lon !== undefined && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
    node.lat = lat;
    node.lon = lon;
    return;
  }
  for (const [text, header] of [
    [details.latText, columns.lat],
    [details.lonText, columns.lon],
  ] as const) {
    if (text !== '') node.attributes[header ?? 'coordinate'] = text;
  }
  warnings.add({
    code: 'coordinates_invalid',
    severity: 'warning',
    file,
    column: columns.lat ?? columns.lon,
    row,
    value: `${details.latText} ${details.lonText}`.trim(),
  });
}
