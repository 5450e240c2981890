import type { Position } from '../core/analysis/types.ts';
import type { AnalysisStrings } from '../i18n/analysis.ts';
import type { AppText } from '../i18n/app.ts';
import { SWEDEN_DATA } from '../core/model/sweden-data.ts';

let countyNames: Map<string, string> | null = null;

/** A county's name from its 2-digit code (the code itself when unknown). */
export function countyName(code: string | undefined, t: AppText): string {
  if (!code) return t.legendUnknownCounty;
  countyNames ??= new Map(SWEDEN_DATA.counties.map((county) => [county.code, county.name]));
  return countyNames.get(code) ?? code;
}

export function kindName(kind: string, t: AppText): string {
  return t.kindNames[kind] ?? kind;
}

/** A position's name as a heading or legend label (capitalised). */
export function positionName(position: Position, a: AnalysisStrings): string {
  const name = a.positionNames[position];
  return name.charAt(0).toLocaleUpperCase('sv') + name.slice(1);
}
