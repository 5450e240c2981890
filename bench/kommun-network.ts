import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../src/core/seeded-random.ts';
import { OUT_DIR } from './generate.ts';

const SWEDEN = join(import.meta.dirname, '..', 'data', 'sweden');

function rows(file: string): string[][] {
  return readFileSync(join(SWEDEN, file), 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(','));
}

/**
 * A Sweden-wide collaboration network: all 290 municipalities by their real names (so the
 * reader recognises them, with county and coordinates), per county its region, county board,
 * a business-support body, a tourism organisation and sometimes a university, plus a few
 * national actors. Each municipality has one to eight ties to actors (mostly its own county's)
 * and ties to some of its real neighbours; actors are tied within and across counties.
 * Deterministic. Writes an edge table and a node table (for the actors' kinds) under
 * bench/out and returns their paths.
 */
export function kommunNetworkFiles(): { edges: string; nodes: string } {
  mkdirSync(OUT_DIR, { recursive: true });
  const edges = join(OUT_DIR, 'kommun-network-edges.csv');
  const nodes = join(OUT_DIR, 'kommun-network-nodes.csv');
  const rand = seededRandom(290);
  const municipalities = rows('municipalities.csv').map(([code, name, county, countyName]) => ({
    code: code!,
    name: name!,
    county: county!,
    countyName: countyName!,
  }));
  const counties = new Map<string, string>();
  for (const m of municipalities) counties.set(m.county, m.countyName);
  const nodeLines = ['Id;Namn;Typ;Län'];
  const actorsOf = new Map<string, string[]>();
  for (const [county, countyName] of counties) {
    const short = countyName.replace(/s? län$/, '');
    const actors = [
      [`Region ${short}`, 'Region'],
      [`Länsstyrelsen i ${countyName}`, 'Länsstyrelse'],
      [`Näringslivsbolaget ${short}`, 'Näringslivsfrämjare'],
      [`Turism ${short}`, 'Turismorganisation'],
      ...(rand() < 0.6 ? [[`Högskolan ${short}`, 'Lärosäte']] : []),
    ];
    actorsOf.set(
      county,
      actors.map(([id]) => id!),
    );
    for (const [id, kind] of actors) nodeLines.push(`${id};${id};${kind};${county}`);
  }
  const national = ['Tillväxtverket', 'Boverket', 'Vinnova', 'Trafikverket'];
  for (const id of national) nodeLines.push(`${id};${id};Nationell myndighet;`);
  const allActors = [...[...actorsOf.values()].flat(), ...national];
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const seen = new Set<string>();
  const edgeLines = ['Från;Till;Styrka'];
  const tie = (a: string, b: string) => {
    const key = a < b ? `${a}\t${b}` : `${b}\t${a}`;
    if (a === b || seen.has(key)) return;
    seen.add(key);
    edgeLines.push(`${a};${b};${1 + Math.floor(rand() * 5)}`);
  };
  for (const actors of actorsOf.values()) {
    for (const a of actors) for (const b of actors) if (a < b && rand() < 0.5) tie(a, b);
    tie(actors[0]!, pick(national));
  }
  for (let i = 0; i < 2 * allActors.length; i++) tie(pick(allActors), pick(allActors));
  for (const m of municipalities) {
    if (rand() < 0.02) continue;
    const own = actorsOf.get(m.county)!;
    const ties = 1 + Math.floor(rand() * 8);
    for (let k = 0; k < ties; k++) tie(m.name, rand() < 0.85 ? pick(own) : pick(allActors));
  }
  const byCode = new Map(municipalities.map((m) => [m.code, m.name]));
  for (const [a, b] of rows('neighbours.csv'))
    if (rand() < 0.8) tie(byCode.get(a!)!, byCode.get(b!)!);
  for (let i = 0; i < 900; i++) tie(pick(municipalities).name, pick(municipalities).name);
  writeFileSync(nodes, nodeLines.join('\n') + '\n');
  writeFileSync(edges, edgeLines.join('\n') + '\n');
  return { edges, nodes };
}
