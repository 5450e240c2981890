import { SWEDEN_DATA } from '../../src/core/model/sweden-data.ts';
import type { County, Municipality } from '../../src/core/model/sweden-types.ts';
import { seededRandom } from '../../src/core/seeded-random.ts';

/** The demo's actors and ties before they are written as rows. All ties are fictitious. */
export interface DemoActor {
  id: string;
  name: string;
  /** Kind as a Swedish spreadsheet writes it ("Kommun", "Länsstyrelse", …). */
  typ: string;
  /** County name ("Norrbottens län"); '' for national actors. */
  lan: string;
  /** Goal-image score 1–5 in half steps, municipalities only. */
  malbild?: number;
  /** Municipality code, municipalities only. */
  code?: string;
}

export interface DemoRecord {
  from: string;
  to: string;
  form: string;
  year: number;
  strength: number;
  comment: string;
}

export type Profile = 'network' | 'borderline' | 'lone_isolated' | 'lone_single' | 'lone_chain';

/** How a municipality's regional ties are spread over the years 2015–2018. */
export type Course = 'rises' | 'falls';

export interface DemoNetwork {
  actors: DemoActor[];
  /** Records per tie, keyed by the tie's two ids sorted and joined with a tab. */
  ties: Map<string, DemoRecord[]>;
  profiles: Map<string, Profile>;
  /** Municipalities whose regional ties (all but the first) begin in 2017 or end in 2016. */
  courses: Map<string, Course>;
}

const UNIVERSITIES: Record<string, string> = {
  '01': 'Södertörns högskola',
  '03': 'Uppsala universitet',
  '04': 'Mälardalens universitet',
  '08': 'Linnéuniversitetet',
  '09': 'Uppsala universitet Campus Gotland',
  '14': 'Högskolan Väst',
  '19': 'Mälardalens universitet',
  '22': 'Mittuniversitetet',
  '23': 'Mittuniversitetet',
  '25': 'Luleå tekniska universitet',
};

const SHORT_NAMES: Record<string, string> = { '04': 'Sörmland', '23': 'Jämtland Härjedalen' };

const NATIONAL = [
  'Tillväxtverket',
  'Boverket',
  'Trafikverket',
  'Jordbruksverket',
  'Vinnova',
  'Sveriges Kommuner och Regioner',
];

const FORMS_REGIONAL = [
  'Projekt',
  'Nätverksmöte',
  'Avtal',
  'Gemensam ansökan',
  'Utbildning',
  'Samråd',
];
const FORMS_MUNICIPAL = ['Kommunsamverkan', 'Gemensam upphandling', 'Nätverksmöte'];
const STRENGTHS = [1, 1, 1, 1.5, 2, 2, 2.5, 3];
const COMMENTS = [
  'Förstudie om platsens attraktionskraft',
  'Gemensam kompetensförsörjning',
  'Möte; uppföljning i december',
  'Besöksnäringsstrategi',
  'Bredband och service på landsbygden',
];

interface CountyActors {
  region?: string;
  board: string;
  almi: string;
  university: string;
  tourism: string;
  leaders: string[];
}

/**
 * The ten pilot municipalities' counties: every municipality, each county's regional actors
 * and a few national ones, and fictitious ties shaped so that the demo shows network actors
 * (several interconnected regional partners), lone builders (no tie, or one tie through a
 * hub), borderline cases, bridges and cut vertices.
 */
export function demoNetwork(seed: number): DemoNetwork {
  const rand = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const actors: DemoActor[] = [];
  const known = new Set<string>();
  const ties = new Map<string, DemoRecord[]>();
  const profiles = new Map<string, Profile>();
  const addActor = (actor: DemoActor) => {
    if (known.has(actor.id)) return;
    known.add(actor.id);
    actors.push(actor);
  };
  const tie = (a: string, b: string, records: number, forms: readonly string[]) => {
    const key = [a, b].sort().join('\t');
    const list = ties.get(key) ?? [];
    for (let r = 0; r < records; r++) {
      list.push({
        from: a,
        to: b,
        form: pick(forms),
        year: rand() < 0.5 ? 2017 : 2018,
        strength: pick(STRENGTHS),
        comment: rand() < 0.12 ? pick(COMMENTS) : '',
      });
    }
    ties.set(key, list);
  };
  const records = (max: number) => 1 + Math.floor(rand() * max);

  const pilotCounties = new Set(
    SWEDEN_DATA.pilots.map(
      (code) => SWEDEN_DATA.municipalities.find((m) => m.code === code)!.county,
    ),
  );
  const counties = SWEDEN_DATA.counties.filter((c) => pilotCounties.has(c.code));
  const byCounty = new Map<string, CountyActors>();
  for (const name of NATIONAL) addActor({ id: name, name, typ: 'Nationell myndighet', lan: '' });

  for (const county of counties) {
    const own = SWEDEN_DATA.municipalities.filter((m) => m.county === county.code);
    const regional = countyActors(county, own.length);
    byCounty.set(county.code, regional);
    for (const m of own) {
      addActor({ id: m.name, name: m.name, typ: 'Kommun', lan: county.name, code: m.code });
    }
    addRegionalActors(county, regional, addActor);

    const hubs = [regional.region, regional.board, regional.almi, regional.university].filter(
      (id): id is string => id !== undefined,
    );
    const periphery = [regional.tourism, ...regional.leaders];
    // The regional actors work together: the core is densely tied, the periphery through the region or board.
    for (let i = 0; i < hubs.length; i++) {
      for (let j = i + 1; j < hubs.length; j++)
        if (rand() < 0.8) tie(hubs[i]!, hubs[j]!, records(3), FORMS_REGIONAL);
    }
    for (const actor of periphery) tie(pick(hubs), actor, records(2), FORMS_REGIONAL);

    const assigned = assignProfiles(own, rand);
    for (const [m, profile] of assigned) profiles.set(m.name, profile);
    const tiedMunicipalities = own.filter((m) => {
      const p = profiles.get(m.name);
      return p === 'network' || p === 'borderline';
    });
    for (const [m, profile] of assigned) {
      const id = m.name;
      if (own.length === 1) {
        // Gotland is its own region: its partners are the board, Almi, the campus and the rest.
        for (const partner of [...hubs, ...periphery]) tie(id, partner, records(3), FORMS_REGIONAL);
        continue;
      }
      if (profile === 'network') {
        const partners = shuffle([...hubs, ...periphery], rand).slice(
          0,
          3 + Math.floor(rand() * 3),
        );
        if (regional.region && !partners.includes(regional.region)) partners.push(regional.region);
        for (const partner of partners) tie(id, partner, records(3), FORMS_REGIONAL);
        const peers = tiedMunicipalities.filter((p) => p !== m);
        for (let k = 0; k < 2 && peers.length > 0; k++)
          tie(id, pick(peers).name, records(2), FORMS_MUNICIPAL);
      } else if (profile === 'borderline') {
        tie(id, pick(periphery), records(2), FORMS_REGIONAL);
        if (rand() < 0.5) tie(id, pick(hubs), records(2), FORMS_REGIONAL);
        const peers = tiedMunicipalities.filter((p) => p !== m);
        if (peers.length > 0 && rand() < 0.6)
          tie(id, pick(peers).name, records(2), FORMS_MUNICIPAL);
      } else if (profile === 'lone_single') {
        // One tie to a peripheral actor: a bridge, and the actor a cut vertex.
        tie(id, regional.leaders[0]!, records(2), FORMS_REGIONAL);
      } else if (profile === 'lone_chain') {
        const via = assigned.find(([, p]) => p === 'lone_single')?.[0] ?? pick(tiedMunicipalities);
        tie(id, via.name, records(2), FORMS_MUNICIPAL);
      }
    }
  }

  const pilots = SWEDEN_DATA.pilots.map((code) =>
    SWEDEN_DATA.municipalities.find((m) => m.code === code)!,
  );
  for (const m of pilots)
    tie('Tillväxtverket', m.name, records(3), ['Pilotprogram', 'Utbildning', 'Nätverksmöte']);
  for (const county of counties) {
    const regionId = county.region === 'Region Gotland' ? 'Gotland' : county.region;
    tie('Tillväxtverket', regionId, records(2), FORMS_REGIONAL);
    if (rand() < 0.5)
      tie('Boverket', `Länsstyrelsen i ${county.name}`, records(2), ['Samråd', 'Utbildning']);
    if (rand() < 0.4) tie('Trafikverket', regionId, records(2), ['Samråd', 'Avtal']);
    if (rand() < 0.5) tie('Sveriges Kommuner och Regioner', regionId, 1, ['Nätverksmöte']);
    tie('Jordbruksverket', byCounty.get(county.code)!.leaders[0]!, 1, ['Avtal']);
    if (rand() < 0.5) tie('Vinnova', UNIVERSITIES[county.code]!, records(2), ['Projekt']);
  }

  for (const actor of actors) {
    if (actor.typ !== 'Kommun') continue;
    const profile = profiles.get(actor.id)!;
    const base = profile === 'network' ? 3.5 : profile === 'borderline' ? 3 : 2.5;
    actor.malbild = Math.min(5, Math.max(1, Math.round((base + (rand() - 0.5) * 3) * 2) / 2));
  }
  const courses = spreadYears(seed, actors, ties, profiles);
  return { actors, ties, profiles, courses };
}

/**
 * Spreads the records over 2015–2018 without touching the ties themselves (a second random
 * stream, so the network over all years stays what it was): each record drawn for 2017 or
 * 2018 stays or moves two years back. In each county with at least two network
 * municipalities, one rises (its regional ties but the first all start in 2017) and one falls
 * (they all end in 2016), so comparing 2015–2016 with 2017–2018 shows moves both ways.
 */
function spreadYears(
  seed: number,
  actors: readonly DemoActor[],
  ties: Map<string, DemoRecord[]>,
  profiles: ReadonlyMap<string, Profile>,
): Map<string, Course> {
  const rand = seededRandom(seed + 2);
  const courses = new Map<string, Course>();
  const byCounty = new Map<string, string[]>();
  for (const a of actors) {
    if (a.typ !== 'Kommun' || profiles.get(a.id) !== 'network') continue;
    byCounty.set(a.lan, [...(byCounty.get(a.lan) ?? []), a.id]);
  }
  for (const ids of byCounty.values()) {
    if (ids.length < 2) continue;
    const [rises, falls] = shuffle([...ids], rand);
    courses.set(rises!, 'rises');
    courses.set(falls!, 'falls');
  }
  const municipal = new Set(actors.filter((a) => a.typ === 'Kommun').map((a) => a.id));
  const firstRegional = new Set<string>();
  for (const records of ties.values()) {
    const { from, to } = records[0]!;
    const [m, partner] = municipal.has(from) ? [from, to] : [to, from];
    const course = municipal.has(partner) ? undefined : courses.get(m);
    const keep = course !== undefined && !firstRegional.has(m);
    if (course !== undefined) firstRegional.add(m);
    // Records of a steady tie alternate between the halves, so a tie with two or more lasts.
    let back = rand() < 0.5;
    for (const record of records) {
      if (course === undefined || keep) record.year -= back ? 2 : 0;
      else if (course === 'falls') record.year -= 2;
      back = !back;
    }
  }
  return courses;
}

function shortName(county: County): string {
  return SHORT_NAMES[county.code] ?? county.name.replace(/ län$/, '').replace(/s$/, '');
}

function countyActors(county: County, municipalities: number): CountyActors {
  const short = shortName(county);
  return {
    ...(county.region === 'Region Gotland' ? {} : { region: county.region }),
    board: `Länsstyrelsen i ${county.name}`,
    almi: `Almi ${short}`,
    university: UNIVERSITIES[county.code]!,
    tourism: `Besöksnäring ${short}`,
    leaders:
      municipalities >= 10
        ? [`Leader Norra ${short}`, `Leader Södra ${short}`]
        : [`Leader ${short}`],
  };
}

function addRegionalActors(county: County, a: CountyActors, add: (actor: DemoActor) => void): void {
  const lan = county.name;
  if (a.region) add({ id: a.region, name: a.region, typ: 'Region', lan });
  add({ id: a.board, name: a.board, typ: 'Länsstyrelse', lan });
  add({ id: a.almi, name: a.almi, typ: 'Näringslivsfrämjande', lan });
  add({ id: a.university, name: a.university, typ: 'Universitet/högskola', lan });
  add({ id: a.tourism, name: a.tourism, typ: 'Turism', lan });
  for (const leader of a.leaders) add({ id: leader, name: leader, typ: 'Leader', lan });
}

/** About 30 % network, 45 % borderline and 25 % lone (isolated, single tie, or chained). */
function assignProfiles(own: Municipality[], rand: () => number): [Municipality, Profile][] {
  if (own.length === 1) return [[own[0]!, 'network']];
  const order = shuffle([...own], rand);
  const network = Math.max(2, Math.round(order.length * 0.3));
  const lone = Math.max(2, Math.round(order.length * 0.25));
  const loneKinds: Profile[] = ['lone_single', 'lone_isolated', 'lone_chain'];
  return order.map((m, i): [Municipality, Profile] => {
    if (i < network) return [m, 'network'];
    if (i < network + lone) return [m, loneKinds[(i - network) % loneKinds.length]!];
    return [m, 'borderline'];
  });
}

function shuffle<T>(items: T[], rand: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
