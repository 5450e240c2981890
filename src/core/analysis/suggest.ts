import { compactFromEdges, type CompactGraph } from '../metrics/compact.ts';
import { cutStructure } from '../metrics/structure/cuts.ts';
import type { BroGraph } from '../model/types.ts';
import { ruleSubjects, type RuleSubjects } from './comparison-groups.ts';
import { analysisNetwork, type AnalysisNetwork } from './network-input.ts';
import { quantile } from './quantile.ts';
import { labelCodes } from './rule.ts';
import { measureRule } from './rule-measures.ts';
import { distancesFrom, harmonicAfterTie } from './tie-distances.ts';
import {
  POSITIONS,
  type Analysis,
  type RuleParams,
  type Suggestion,
  type SuggestionEffects,
} from './types.ts';

export interface SuggestOptions {
  /** How many ties to suggest per municipality (default 5). */
  k?: number;
  /** Strength of the proposed tie; default the median strength of the network's ties. */
  strength?: number;
  /**
   * Which regional actors are candidates: 'county' (default) — the municipality's own county
   * and actors without a county (national bodies), as a regional coordinator can broker those;
   * 'all' — every regional actor in the network. A municipality without a county, or whose
   * county has no untied candidate, is offered every actor.
   */
  reach?: 'county' | 'all';
  signal?: AbortSignal;
  /** Fraction 0..1 of the candidate ties measured. */
  onProgress?: (fraction: number) => void;
}

/**
 * The best k new ties from a municipality (id, or label in any case) to regional actors it is
 * not tied to, each measured by adding it and recomputing the rule on the changed network:
 * ranked by position gained, then regional access no longer hinging on one tie or node, then
 * bridges made redundant, then the relative drop in constraint plus the relative gain in
 * harmonic closeness; an actor of the same county wins a remaining tie.
 */
export function suggestTies(
  graph: BroGraph,
  analysis: Analysis,
  municipality: string,
  options: SuggestOptions = {},
): Suggestion[] {
  const study = new TieStudy(graph, analysis.rule, options.strength);
  return study.suggest(study.municipalityIndex(municipality), options);
}

/** Suggestions for every municipality labelled ensam samhällsbyggare, in node order. */
export function suggestForAlone(
  graph: BroGraph,
  analysis: Analysis,
  options: SuggestOptions = {},
): Suggestion[] {
  const study = new TieStudy(graph, analysis.rule, options.strength);
  return analysis.positions
    .filter((p) => p.position === 'ensam')
    .flatMap((p) => study.suggest(study.municipalityIndex(p.node), options));
}

interface Measured {
  partner: number;
  effects: SuggestionEffects;
  sameCounty: boolean;
  gain: number;
}

/** The network before any change, with what every candidate tie is compared against. */
class TieStudy {
  private readonly net: AnalysisNetwork;
  private readonly g: CompactGraph;
  private readonly params: RuleParams;
  private readonly subjects: RuleSubjects;
  private readonly row: Map<number, number>;
  private readonly before: ReturnType<typeof measureRule>;
  private readonly labelsBefore: Uint8Array;
  private readonly bridgesBefore: Uint8Array;
  readonly strength: number;

  constructor(graph: BroGraph, params: RuleParams, strength?: number) {
    this.net = analysisNetwork(graph);
    this.g = this.net.g;
    this.params = params;
    this.subjects = ruleSubjects(this.g, this.net.county, params);
    this.row = new Map(Array.from(this.subjects.municipalities, (v, i) => [v, i]));
    this.before = measureRule(this.g, this.subjects.municipalities, params);
    this.labelsBefore = labelCodes(this.before, this.subjects, params);
    this.bridgesBefore = cutStructure(this.g).bridgeTie;
    this.strength = strength ?? (this.g.m > 0 ? quantile(this.g.edgeStrength, 0.5) : 1);
  }

  municipalityIndex(name: string): number {
    const { g, labels } = this.net;
    let v = g.index.get(name);
    if (v === undefined) {
      const wanted = name.normalize('NFC').toLocaleLowerCase('sv');
      v = labels.findIndex((l) => l.normalize('NFC').toLocaleLowerCase('sv') === wanted);
    }
    if (v === undefined || v < 0 || !g.isMunicipality[v])
      throw new RangeError(`not a municipality in the network: ${name}`);
    return v;
  }

  suggest(v: number, options: SuggestOptions): Suggestion[] {
    const { g, labels } = this.net;
    const tied = new Set<number>();
    for (let k = g.offsets[v]!; k < g.offsets[v + 1]!; k++) tied.add(g.neighbors[k]!);
    const fromV = g.directed ? null : distancesFrom(g, v);
    const measured: Measured[] = [];
    const candidates = this.candidates(v, tied, options.reach ?? 'county');
    for (const u of candidates) {
      options.signal?.throwIfAborted();
      measured.push(this.measure(v, u, fromV));
      options.onProgress?.(measured.length / candidates.length);
    }
    measured.sort(
      (a, b) =>
        byEffect(a.effects, b.effects) ||
        b.gain - a.gain ||
        Number(b.sameCounty) - Number(a.sameCounty) ||
        labels[a.partner]!.localeCompare(labels[b.partner]!, 'sv'),
    );
    return measured.slice(0, options.k ?? 5).map((s, i) => ({
      municipality: g.ids[v]!,
      partner: g.ids[s.partner]!,
      strength: this.strength,
      effects: s.effects,
      municipalityLabel: labels[v]!,
      partnerLabel: labels[s.partner]!,
      rank: i + 1,
    }));
  }

  private candidates(v: number, tied: Set<number>, reach: 'county' | 'all'): number[] {
    const { g, county } = this.net;
    const open: number[] = [];
    for (let u = 0; u < g.n; u++) if (!g.isMunicipality[u] && !tied.has(u)) open.push(u);
    const home = county[v];
    if (reach === 'all' || !home) return open;
    const near = open.filter((u) => county[u] === undefined || county[u] === home);
    return near.some((u) => county[u] === home) ? near : open;
  }

  /**
   * Adds the tie v–u, recomputes the rule and the bridges, and reads off the changes. On an
   * undirected graph only the harmonic closeness values the tie can change are recomputed.
   */
  private measure(v: number, u: number, fromV: Int32Array | null): Measured {
    const { g, params, subjects } = this;
    const m = g.m;
    const source = new Int32Array(m + 1);
    const target = new Int32Array(m + 1);
    const strength = new Float64Array(m + 1);
    source.set(g.edgeSource);
    target.set(g.edgeTarget);
    strength.set(g.edgeStrength);
    source[m] = v;
    target[m] = u;
    strength[m] = this.strength;
    const changed = compactFromEdges({
      directed: g.directed,
      ids: g.ids,
      kind: g.kind,
      edgeKeys: [...g.edgeKeys, ''],
      source,
      target,
      strength,
    });
    const harmonic = fromV
      ? harmonicAfterTie(
          changed,
          subjects.municipalities,
          this.before.harmonic,
          fromV,
          distancesFrom(g, u),
        )
      : undefined;
    const after = measureRule(changed, subjects.municipalities, params, { harmonic });
    const labelsAfter = labelCodes(after, subjects, params);
    const bridgesAfter = cutStructure(changed).bridgeTie;
    let bridgesRemoved = 0;
    for (let e = 0; e < m; e++) if (this.bridgesBefore[e] && !bridgesAfter[e]) bridgesRemoved++;
    const i = this.row.get(v)!;
    const b = this.before;
    const effects: SuggestionEffects = {
      constraintBefore: b.constraint[i]!,
      constraintAfter: after.constraint[i]!,
      harmonicBefore: b.harmonic[i]!,
      harmonicAfter: after.harmonic[i]!,
      pathsBefore: b.independentPaths[i]!,
      pathsAfter: after.independentPaths[i]!,
      bridgesRemoved,
      hingeRemoved:
        b.independentPaths[i]! < params.minIndependentPaths &&
        after.independentPaths[i]! >= params.minIndependentPaths,
      positionBefore: POSITIONS[this.labelsBefore[i]!]!,
      positionAfter: POSITIONS[labelsAfter[i]!]!,
    };
    const constraintDrop = Number.isNaN(effects.constraintBefore)
      ? 0
      : (effects.constraintBefore - effects.constraintAfter) / effects.constraintBefore;
    const harmonicGain =
      effects.harmonicBefore > 0
        ? (effects.harmonicAfter - effects.harmonicBefore) / effects.harmonicBefore
        : effects.harmonicAfter / Math.max(1, g.n - 1);
    return {
      partner: u,
      effects,
      sameCounty: !!this.net.county[v] && this.net.county[u] === this.net.county[v],
      gain: constraintDrop + harmonicGain,
    };
  }
}

/**
 * The larger measured effect first: a better position, then regional access that no longer
 * hinges on one tie or node, then more bridges made redundant. 0 when these are equal.
 */
export function byEffect(a: SuggestionEffects, b: SuggestionEffects): number {
  const gain = (e: SuggestionEffects) =>
    positionRank(e.positionAfter) - positionRank(e.positionBefore);
  return (
    gain(b) - gain(a) ||
    Number(b.hingeRemoved) - Number(a.hingeRemoved) ||
    b.bridgesRemoved - a.bridgesRemoved
  );
}

function positionRank(p: SuggestionEffects['positionBefore']): number {
  return p === 'ensam' ? 0 : p === 'mellanlage' ? 1 : 2;
}
