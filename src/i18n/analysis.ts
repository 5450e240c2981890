import { countOf, nounFor } from './plural.ts';
import type {
  CriterionCode,
  Position,
  QuadrantId,
  RuleParams,
  SimpleRuleParams,
} from '../core/analysis/types.ts';
import { formatNumber, type Lang } from './lang.ts';
import { MIN_STABILITY_RUNS } from '../core/analysis/types.ts';

/** Which comparison group a threshold comes from, as a sentence needs it. */
export type GroupRef = { kind: 'county'; county: string } | { kind: 'all' };

export interface ReasonValue {
  value: number;
  threshold: number;
  group: GroupRef;
  held: boolean;
}

export interface SuggestionWords {
  municipality: string;
  partner: string;
  strength: number;
  positionBefore: Position;
  positionAfter: Position;
  hingeRemoved: boolean;
  bridgesRemoved: number;
  constraintBefore: number;
  constraintAfter: number;
  harmonicBefore: number;
  harmonicAfter: number;
}

export interface AnalysisStrings {
  positionNames: Record<Position, string>;
  /** What each position means, in a few words. */
  positionGists: Record<Position, string>;
  uncertain: string;
  criterionNames: Record<CriterionCode, string>;
  ruleName: string;
  ruleText: (p: RuleParams) => string;
  simpleRuleName: string;
  simpleRuleText: (p: SimpleRuleParams) => string;
  metricNames: Record<SimpleRuleParams['metric'], string>;
  reason: {
    opening: (name: string, position: Position) => string;
    noTie: string;
    actors: (count: number, minimum: number, held: boolean) => string;
    constraintMedian: (r: ReasonValue) => string;
    harmonicMedian: (r: ReasonValue) => string;
    paths: (count: number, minimum: number, held: boolean) => string;
    constraintUpperQuartile: (r: ReasonValue) => string;
    /** Joins the parts of one clause. */
    and: (parts: string[]) => string;
    or: (parts: string[]) => string;
    notNetworkActor: (why: string) => string;
    notAlone: (why: string) => string;
  };
  findings: {
    isolated_municipality: (p: { name: string }) => string;
    no_regional_tie: (p: { name: string; municipalities: number }) => string;
    single_regional_tie: (p: { name: string; actor: string }) => string;
    bridge: (p: {
      a: string;
      b: string;
      side: number;
      municipalities: number;
      stranded: string[];
    }) => string;
    local_bridge: (p: { a: string; b: string; span: number }) => string;
    /** `listed`: how many local bridges are listed; the sentence then says "more". */
    local_bridges_more: (p: { count: number; betweenActors: number; listed: number }) => string;
    bridges_more: (p: { count: number; listed: number }) => string;
    cut_vertex_separates: (p: { name: string; stranded: string[] }) => string;
    weak_critical_tie: (p: {
      a: string;
      b: string;
      strength: number;
      median: number;
      stranded: string[];
    }) => string;
    county_poorly_tied: (p: {
      county: string;
      municipalities: number;
      ties: number;
      density: number;
      parts: number;
      alone: number;
    }) => string;
  };
  /** A county named by its code, when no name is known. */
  countyByCode: (code: string) => string;
  suggestion: (w: SuggestionWords) => string;
  quadrantNames: Record<QuadrantId, string>;
  goalNames: { coherent: string; notCoherent: string; unknown: string };
  quadrantNote: (attribute: string) => string;
}

const MAX_NAMES = 8;

function list(names: readonly string[], and: string, more: (n: number) => string): string {
  const shown = names.slice(0, MAX_NAMES);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} ${and} ${more(rest)}`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} ${and} ${shown.at(-1)}`;
}

function percentileSv(q: number): string {
  if (q === 0.5) return 'median';
  if (q === 0.75) return 'övre kvartil';
  if (q === 0.25) return 'nedre kvartil';
  return `${formatNumber(q * 100, 'sv', 1)}:e percentil`;
}

function percentileEn(q: number): string {
  if (q === 0.5) return 'median';
  if (q === 0.75) return 'upper quartile';
  if (q === 0.25) return 'lower quartile';
  return `${formatNumber(q * 100, 'en', 1)}th percentile`;
}

const sv2 = (x: number) => formatNumber(x, 'sv', 2);
const en2 = (x: number) => formatNumber(x, 'en', 2);

/** "länets median" but "medianen för alla kommuner": Swedish needs the definite form there. */
function groupSv(g: GroupRef, what: 'median' | 'övre kvartil'): string {
  const definite = what === 'median' ? 'medianen' : 'övre kvartilen';
  return g.kind === 'county' ? `länets ${what}` : `${definite} för alla kommuner`;
}

function groupEn(g: GroupRef, what: string): string {
  return g.kind === 'county' ? `the county ${what}` : `the ${what} of all municipalities`;
}

const SV: AnalysisStrings = {
  positionNames: {
    natverksaktor: 'nätverksaktör',
    mellanlage: 'mellanläge',
    ensam: 'ensam samhällsbyggare',
  },
  positionGists: {
    natverksaktor: 'bred och väl placerad',
    mellanlage: 'varken bred och väl placerad eller ensam',
    ensam: 'ensam eller hänger på en tråd',
  },
  uncertain: 'osäker',
  criterionNames: {
    has_tie: 'har minst ett band',
    regional_actors: 'olika regionala aktörer',
    constraint_below_median: 'begränsning under gruppens median',
    harmonic_at_or_above_median: 'harmonisk närhet minst gruppens median',
    independent_paths: 'nodoberoende vägar till regionala aktörer',
    constraint_at_or_above_upper_quartile: 'begränsning minst gruppens övre kvartil',
  },
  ruleName: 'Standardregel för nätverksposition',
  ruleText: (p) =>
    `Nätverksaktör: band till minst ${p.minRegionalActors} olika regionala aktörer (noder som inte är kommuner), ` +
    `och antingen Burts begränsning (constraint, viktad med styrka) strikt under jämförelsegruppens ${percentileSv(p.medianQuantile)} ` +
    `eller harmonisk närhet (oviktad) på eller över gruppens ${percentileSv(p.medianQuantile)}. ` +
    `Ensam samhällsbyggare: inga band alls, eller färre än ${p.minIndependentPaths} nodoberoende vägar till mängden regionala aktörer ` +
    `(en direkt förbindelse räknas som en väg) och begränsning på eller över gruppens ${percentileSv(p.ensamConstraintQuantile)}. ` +
    `Mellanläge: allt annat. Jämförelsegruppen är kommunens län när datan har minst ${p.countyGroupMinimum} kommuner i länet, ` +
    `annars alla kommuner; medianer och kvartiler tas över gruppens kommuner med minst ett band, med linjär interpolation ` +
    `mellan ordningsstatistikor (som numpy och Pythons statistics.quantiles med method="inclusive"). ` +
    `Stabilitet: andelen av högst ${p.stabilityRuns} störda nätverk (vart och ett utan ${formatNumber(p.dropShare * 100, 'sv', 1)} % av banden, ` +
    `slumpade med frö ${p.seed}) som ger samma position; under ${sv2(p.uncertainBelow)} visas positionen som osäker. ` +
    (p.stabilityError > 0
      ? `En kommun räknas inte vidare (tidigast efter ${MIN_STABILITY_RUNS} nätverk) när ett alltid giltigt konfidensintervall för andelen ` +
        `(felrisk ${formatNumber(p.stabilityError * 100, 'sv', 1)} %) ligger helt på ena sidan om ${sv2(p.uncertainBelow)}; antalet nätverk anges.`
      : 'Alla nätverk räknas för varje kommun.'),
  simpleRuleName: 'Enkel jämförelseregel (ett mått)',
  simpleRuleText: (p) =>
    `${SV.metricNames[p.metric]} jämförs med samma jämförelsegrupper som standardregeln. ` +
    (p.metric === 'constraint_weighted'
      ? `På eller över gruppens ${percentileSv(p.highQuantile)}: ensam samhällsbyggare; på eller under ${percentileSv(p.lowQuantile)}: nätverksaktör; `
      : `På eller under gruppens ${percentileSv(p.lowQuantile)}: ensam samhällsbyggare; på eller över ${percentileSv(p.highQuantile)}: nätverksaktör; `) +
    'annars mellanläge. Kommuner utan band är ensamma.',
  metricNames: {
    harmonic: 'Harmonisk närhet',
    constraint_weighted: 'Begränsning (viktad)',
    degree_regional: 'Antal regionala aktörer',
  },
  reason: {
    opening: (name, position) =>
      position === 'mellanlage'
        ? `${name} är i mellanläge`
        : `${name} är ${SV.positionNames[position]}`,
    noTie: 'kommunen har inga band alls i datan',
    actors: (count, minimum, held) =>
      `band till ${held ? '' : 'bara '}${countOf('sv', count, { one: 'regional aktör', other: 'regionala aktörer' })} (krav ≥ ${minimum})`,
    constraintMedian: (r) =>
      r.held
        ? `lägre begränsning (${sv2(r.value)}) än ${groupSv(r.group, 'median')} (${sv2(r.threshold)})`
        : `begränsning (${sv2(r.value)}) inte under ${groupSv(r.group, 'median')} (${sv2(r.threshold)})`,
    harmonicMedian: (r) =>
      r.held
        ? `harmonisk närhet (${sv2(r.value)}) minst ${groupSv(r.group, 'median')} (${sv2(r.threshold)})`
        : `harmonisk närhet (${sv2(r.value)}) under ${groupSv(r.group, 'median')} (${sv2(r.threshold)})`,
    paths: (count, minimum, held) =>
      held
        ? `minst ${minimum} nodoberoende vägar till de regionala aktörerna`
        : `${count === 0 ? 'ingen' : `bara ${count}`} nodoberoende ${nounFor('sv', count, { one: 'väg', other: 'vägar' })} till de regionala aktörerna (krav ≥ ${minimum})`,
    constraintUpperQuartile: (r) =>
      r.held
        ? `begränsning (${sv2(r.value)}) på eller över ${groupSv(r.group, 'övre kvartil')} (${sv2(r.threshold)})`
        : `begränsning (${sv2(r.value)}) under ${groupSv(r.group, 'övre kvartil')} (${sv2(r.threshold)})`,
    and: (parts) => list(parts, 'och', String),
    or: (parts) => list(parts, 'eller', String),
    notNetworkActor: (why) => `inte nätverksaktör – ${why}`,
    notAlone: (why) => `inte ensam – ${why}`,
  },
  findings: {
    isolated_municipality: (p) => `${p.name} har inga samarbetsband alls i datan.`,
    no_regional_tie: (p) =>
      `${p.name} har band bara till andra kommuner (${p.municipalities}) och inget till någon regional aktör.`,
    single_regional_tie: (p) => `${p.name} har band till bara en regional aktör: ${p.actor}.`,
    bridge: (p) =>
      `Bandet ${p.a} – ${p.b} är en bro: utan det skiljs ${countOf('sv', p.side, { one: 'nod', other: 'noder' })} ` +
      (p.side === 1
        ? `(${p.municipalities === 1 ? 'en kommun' : 'ingen kommun'}) från resten av nätverket`
        : `(varav ${countOf('sv', p.municipalities, { one: 'kommun', other: 'kommuner' })}) från resten av nätverket`) +
      (p.stranded.length > 0 ? `, och ${listSv(p.stranded)} når då ingen regional aktör.` : '.'),
    local_bridge: (p) =>
      `Bandet ${p.a} – ${p.b} ingår inte i någon triangel (lokal bro): utan det är kortaste vägen mellan dem ${p.span} steg.`,
    local_bridges_more: (p) =>
      `${p.listed > 0 ? 'Ytterligare ' : ''}${formatNumber(p.count, 'sv', 0)} ${p.count === 1 ? 'lokal bro (ett band' : 'lokala broar (band'} som inte ingår i någon triangel) visas inte här` +
      (p.betweenActors === p.count
        ? `: ${p.count === 1 ? 'den' : 'de'} går mellan två aktörer som inte är kommuner`
        : p.betweenActors > 0
          ? `, varav ${formatNumber(p.betweenActors, 'sv', 0)} mellan två aktörer som inte är kommuner`
          : '') +
      '. Alla lokala broar finns med sin spännvidd i bandtabellens kolumn local_bridge_span.',
    bridges_more: (p) =>
      `${p.listed > 0 ? 'Ytterligare ' : ''}${countOf('sv', p.count, { one: 'bro', other: 'broar' })} visas inte här: ` +
      `${p.count === 1 ? 'den skiljer' : 'de skiljer'} ingen kommun från resten av nätverket. ` +
      'Alla broar finns i bandtabellens kolumn bridge.',
    cut_vertex_separates: (p) =>
      `Allt hänger på ${p.name}: utan den når ${listSv(p.stranded)} ingen regional aktör.`,
    weak_critical_tie: (p) =>
      `Det svagaste bandet på den kritiska vägen för ${listSv(p.stranded)} är ${p.a} – ${p.b} ` +
      `(styrka ${sv2(p.strength)}; medianen för alla band är ${sv2(p.median)}).`,
    county_poorly_tied: (p) =>
      `Kommunerna i ${p.county} är svagt knutna till varandra: ${p.ties} band mellan ${countOf('sv', p.municipalities, { one: 'kommun', other: 'kommuner' })} ` +
      `(täthet ${sv2(p.density)}), uppdelade i ${countOf('sv', p.parts, { one: 'del', other: 'delar' })}; ${countOf('sv', p.alone, { one: 'kommun', other: 'kommuner' })} saknar band till någon annan kommun i länet.`,
  },
  countyByCode: (code) => `län ${code}`,
  suggestion: (w) => {
    const effects: string[] = [];
    if (w.positionAfter !== w.positionBefore)
      effects.push(
        `flytta ${w.municipality} från ${SV.positionNames[w.positionBefore]} till ${SV.positionNames[w.positionAfter]}`,
      );
    if (w.hingeRemoved) effects.push('ge en andra oberoende väg till de regionala aktörerna');
    if (w.bridgesRemoved > 0)
      effects.push(
        `göra ${countOf('sv', w.bridgesRemoved, { one: 'bro', other: 'broar' })} ${nounFor('sv', w.bridgesRemoved, { one: 'överflödig', other: 'överflödiga' })}`,
      );
    effects.push(
      Number.isNaN(w.constraintBefore)
        ? `ge ${w.municipality} dess första band (begränsning ${sv2(w.constraintAfter)})`
        : `ändra begränsning från ${sv2(w.constraintBefore)} till ${sv2(w.constraintAfter)}`,
    );
    effects.push(
      `ändra harmonisk närhet från ${sv2(w.harmonicBefore)} till ${sv2(w.harmonicAfter)}`,
    );
    return `Ett nytt band ${w.municipality} – ${w.partner} (styrka ${sv2(w.strength)}) skulle ${list(effects, 'och', String)}.`;
  },
  quadrantNames: {
    networked_coherent: 'nätverksaktör och arena för samförståndsbyggare',
    alone_not_coherent: 'genomförandeorganisation utan kompass',
    alone_coherent: 'ensam samhällsbyggare',
    networked_not_coherent: 'nätverkande utan gemensam målbild',
  },
  goalNames: {
    coherent: 'sammanhållen målbild',
    notCoherent: 'ingen förankrad målbild',
    unknown: 'målbild saknas i datan',
  },
  quadrantNote: (attribute) =>
    `Kvadranten kombinerar ett attribut som du har valt (${attribute}) med nätverkspositionen som mäts i samarbetsdatan. ` +
    'Målbildsaxeln mäts inte av Brobyggare, och kvadrantens namn är forskningens typer bara i den mån attributet fångar målbilden. ' +
    'Kommuner i mellanläge placeras i ett mellanband, inte i någon kvadrant.',
};

function listSv(names: readonly string[]): string {
  return list(names, 'och', (n) => `${n} till`);
}

function reachEn(names: readonly string[]): string {
  return names.length === 1 ? 'reaches' : 'reach';
}

function listEn(names: readonly string[]): string {
  return list(names, 'and', (n) => `${n} more`);
}

const EN: AnalysisStrings = {
  positionNames: {
    natverksaktor: 'network actor',
    mellanlage: 'intermediate',
    ensam: 'lone community builder',
  },
  positionGists: {
    natverksaktor: 'broad and well placed',
    mellanlage: 'neither broad and well placed nor alone',
    ensam: 'alone or hanging by a thread',
  },
  uncertain: 'uncertain',
  criterionNames: {
    has_tie: 'has at least one tie',
    regional_actors: 'distinct regional actors',
    constraint_below_median: 'constraint below the group median',
    harmonic_at_or_above_median: 'harmonic closeness at least the group median',
    independent_paths: 'node-independent paths to regional actors',
    constraint_at_or_above_upper_quartile: 'constraint at least the group upper quartile',
  },
  ruleName: 'Default network position rule',
  ruleText: (p) =>
    `Network actor (nätverksaktör): ties to at least ${p.minRegionalActors} distinct regional actors (nodes that are not municipalities), ` +
    `and either Burt's constraint (weighted by strength) strictly below the comparison group's ${percentileEn(p.medianQuantile)} ` +
    `or harmonic closeness (unweighted) at or above the group's ${percentileEn(p.medianQuantile)}. ` +
    `Lone community builder (ensam samhällsbyggare): no tie at all, or fewer than ${p.minIndependentPaths} node-independent paths to the set of regional actors ` +
    `(a direct tie counts as one path) and constraint at or above the group's ${percentileEn(p.ensamConstraintQuantile)}. ` +
    `Intermediate (mellanläge): everything else. The comparison group is the municipality's county when the data holds at least ${p.countyGroupMinimum} municipalities of that county, ` +
    `else all municipalities; medians and quartiles are taken over the group's municipalities with at least one tie, by linear interpolation ` +
    `between order statistics (as numpy and Python's statistics.quantiles with method="inclusive"). ` +
    `Stability: the share of at most ${p.stabilityRuns} perturbed networks (each without ${formatNumber(p.dropShare * 100, 'en', 1)} % of the ties, ` +
    `drawn with seed ${p.seed}) that give the same position; below ${en2(p.uncertainBelow)} the position is shown as uncertain. ` +
    (p.stabilityError > 0
      ? `A municipality stops counting (after ${MIN_STABILITY_RUNS} networks at the earliest) once an anytime-valid confidence interval for its share ` +
        `(error ${formatNumber(p.stabilityError * 100, 'en', 1)} %) lies wholly on one side of ${en2(p.uncertainBelow)}; the number of networks is stated.`
      : 'Every network is counted for every municipality.'),
  simpleRuleName: 'Simple comparison rule (one metric)',
  simpleRuleText: (p) =>
    `${EN.metricNames[p.metric]} is compared within the same comparison groups as the default rule. ` +
    (p.metric === 'constraint_weighted'
      ? `At or above the group's ${percentileEn(p.highQuantile)}: lone community builder; at or below its ${percentileEn(p.lowQuantile)}: network actor; `
      : `At or below the group's ${percentileEn(p.lowQuantile)}: lone community builder; at or above its ${percentileEn(p.highQuantile)}: network actor; `) +
    'else intermediate. Municipalities without ties are alone.',
  metricNames: {
    harmonic: 'Harmonic closeness',
    constraint_weighted: 'Constraint (weighted)',
    degree_regional: 'Number of regional actors',
  },
  reason: {
    opening: (name, position) =>
      position === 'mellanlage'
        ? `${name} is intermediate`
        : `${name} is a ${EN.positionNames[position]}`,
    noTie: 'the municipality has no ties at all in the data',
    actors: (count, minimum, held) =>
      `ties to ${held ? '' : 'only '}${countOf('en', count, { one: 'regional actor', other: 'regional actors' })} (required ≥ ${minimum})`,
    constraintMedian: (r) =>
      r.held
        ? `lower constraint (${en2(r.value)}) than ${groupEn(r.group, 'median')} (${en2(r.threshold)})`
        : `constraint (${en2(r.value)}) not below ${groupEn(r.group, 'median')} (${en2(r.threshold)})`,
    harmonicMedian: (r) =>
      r.held
        ? `harmonic closeness (${en2(r.value)}) at least ${groupEn(r.group, 'median')} (${en2(r.threshold)})`
        : `harmonic closeness (${en2(r.value)}) below ${groupEn(r.group, 'median')} (${en2(r.threshold)})`,
    paths: (count, minimum, held) =>
      held
        ? `at least ${minimum} node-independent paths to the regional actors`
        : `${count === 0 ? 'no' : `only ${count}`} node-independent ${nounFor('en', count, { one: 'path', other: 'paths' })} to the regional actors (required ≥ ${minimum})`,
    constraintUpperQuartile: (r) =>
      r.held
        ? `constraint (${en2(r.value)}) at or above ${groupEn(r.group, 'upper quartile')} (${en2(r.threshold)})`
        : `constraint (${en2(r.value)}) below ${groupEn(r.group, 'upper quartile')} (${en2(r.threshold)})`,
    and: (parts) => list(parts, 'and', String),
    or: (parts) => list(parts, 'or', String),
    notNetworkActor: (why) => `not a network actor – ${why}`,
    notAlone: (why) => `not alone – ${why}`,
  },
  findings: {
    isolated_municipality: (p) => `${p.name} has no collaboration ties at all in the data.`,
    no_regional_tie: (p) =>
      `${p.name} is tied only to other municipalities (${p.municipalities}) and to no regional actor.`,
    single_regional_tie: (p) => `${p.name} is tied to only one regional actor: ${p.actor}.`,
    bridge: (p) =>
      `The tie ${p.a} – ${p.b} is a bridge: without it ${countOf('en', p.side, { one: 'node', other: 'nodes' })} ` +
      (p.side === 1
        ? `(${p.municipalities === 1 ? 'a municipality' : 'not a municipality'}) is cut off from the rest of the network`
        : `(${countOf('en', p.municipalities, { one: 'municipality', other: 'municipalities' })} among them) are cut off from the rest of the network`) +
      (p.stranded.length > 0
        ? `, and ${listEn(p.stranded)} then ${reachEn(p.stranded)} no regional actor.`
        : '.'),
    local_bridge: (p) =>
      `The tie ${p.a} – ${p.b} is in no triangle (a local bridge): without it the shortest path between them is ${p.span} steps.`,
    local_bridges_more: (p) =>
      `${formatNumber(p.count, 'en', 0)}${p.listed > 0 ? ' more' : ''} ${p.count === 1 ? 'local bridge (a tie in no triangle) is' : 'local bridges (ties in no triangle) are'} not listed here` +
      (p.betweenActors === p.count
        ? `: ${p.count === 1 ? 'it joins' : 'they join'} two actors that are not municipalities`
        : p.betweenActors > 0
          ? `, ${formatNumber(p.betweenActors, 'en', 0)} of them between two actors that are not municipalities`
          : '') +
      ". Every local bridge is in the edge table's local_bridge_span column, with its span.",
    bridges_more: (p) =>
      `${formatNumber(p.count, 'en', 0)}${p.listed > 0 ? ' more' : ''} ${p.count === 1 ? 'bridge is' : 'bridges are'} not listed here: ` +
      `${p.count === 1 ? 'it cuts' : 'they cut'} no municipality off from the rest of the network. ` +
      "Every bridge is in the edge table's bridge column.",
    cut_vertex_separates: (p) =>
      `Everything hinges on ${p.name}: without it ${listEn(p.stranded)} ${reachEn(p.stranded)} no regional actor.`,
    weak_critical_tie: (p) =>
      `The weakest tie on the critical path of ${listEn(p.stranded)} is ${p.a} – ${p.b} ` +
      `(strength ${en2(p.strength)}; the median of all ties is ${en2(p.median)}).`,
    county_poorly_tied: (p) =>
      `The municipalities of ${p.county} are poorly tied to each other: ${countOf('en', p.ties, { one: 'tie', other: 'ties' })} among ${countOf('en', p.municipalities, { one: 'municipality', other: 'municipalities' })} ` +
      `(density ${en2(p.density)}), split into ${countOf('en', p.parts, { one: 'part', other: 'parts' })}; ${countOf('en', p.alone, { one: 'municipality has', other: 'municipalities have' })} no tie to another municipality of the county.`,
  },
  countyByCode: (code) => `county ${code}`,
  suggestion: (w) => {
    const effects: string[] = [];
    if (w.positionAfter !== w.positionBefore)
      effects.push(
        `move ${w.municipality} from ${EN.positionNames[w.positionBefore]} to ${EN.positionNames[w.positionAfter]}`,
      );
    if (w.hingeRemoved) effects.push('give a second independent path to the regional actors');
    if (w.bridgesRemoved > 0)
      effects.push(
        `make ${countOf('en', w.bridgesRemoved, { one: 'bridge', other: 'bridges' })} redundant`,
      );
    effects.push(
      Number.isNaN(w.constraintBefore)
        ? `give ${w.municipality} its first tie (constraint ${en2(w.constraintAfter)})`
        : `change constraint from ${en2(w.constraintBefore)} to ${en2(w.constraintAfter)}`,
    );
    effects.push(
      `change harmonic closeness from ${en2(w.harmonicBefore)} to ${en2(w.harmonicAfter)}`,
    );
    return `A new tie ${w.municipality} – ${w.partner} (strength ${en2(w.strength)}) would ${list(effects, 'and', String)}.`;
  },
  quadrantNames: {
    networked_coherent: 'network actor and arena for consensus building',
    alone_not_coherent: 'implementing organisation without a compass',
    alone_coherent: 'lone community builder',
    networked_not_coherent: 'networked without a shared goal image',
  },
  goalNames: {
    coherent: 'coherent goal image',
    notCoherent: 'no anchored goal image',
    unknown: 'goal image missing from the data',
  },
  quadrantNote: (attribute) =>
    `The quadrant combines an attribute you chose (${attribute}) with the network position measured in the collaboration data. ` +
    'Brobyggare does not measure the goal-image axis, and the quadrant names are the research types only in so far as the attribute captures the goal image. ' +
    'Intermediate municipalities are placed in a middle band, not in a quadrant.',
};

export const ANALYSIS_TEXT: Record<Lang, AnalysisStrings> = { sv: SV, en: EN };
