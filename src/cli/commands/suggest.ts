import { suggestTies } from '../../core/analysis/index.ts';
import { findNode } from '../../core/model/find-node.ts';
import { ANALYSIS_TEXT } from '../../i18n/analysis.ts';
import { CLI_TEXT } from '../../i18n/cli.ts';
import { formatNumber } from '../../i18n/lang.ts';
import { suggestionSentence } from '../../i18n/suggestion-sentence.ts';
import { UsageError, type CliArgs } from '../args.ts';
import { progressBar } from '../progress.ts';
import { runInput } from '../run-input.ts';
import { REPORT_CLI_TEXT } from '../../i18n/report.ts';
import { scopeSuggestions } from '../../core/scope/scope-suggestions.ts';
import { scopeMembers } from '../../core/scope/scope.ts';
import { countyOption } from '../county-option.ts';

/**
 * `brobyggare suggest --municipality NAME`: the best k new ties to regional actors, each with
 * its effect measured by recomputing the rule on the network with that tie added. With
 * --county and no municipality: the best k for each lone builder of the county.
 */
export async function suggest(args: CliArgs): Promise<void> {
  const t = CLI_TEXT[args.lang];
  const scope = countyOption(args);
  if (!args.municipality && !scope) throw new UsageError(t.missingMunicipality);
  const { graph, analysis } = await runInput(args, 'none');
  const bar = progressBar(args.lang);
  const onProgress = (fraction: number) => bar.update('suggest', fraction);
  let suggestions;
  if (scope && !args.municipality) {
    process.stderr.write(REPORT_CLI_TEXT[args.lang].scopeHeading(scope.name) + '\n');
    const members = scopeMembers(graph, scope);
    suggestions = scopeSuggestions(graph, analysis, members, {
      k: args.k,
      reach: args.reach,
      onProgress,
    });
    bar.done();
    if (suggestions.length === 0) {
      process.stdout.write(REPORT_CLI_TEXT[args.lang].noAlone(scope.name) + '\n');
      return;
    }
  } else {
    const node = findNode(graph, args.municipality!);
    if (node === undefined || graph.getNodeAttribute(node, 'kind') !== 'municipality')
      throw new UsageError(t.notMunicipality(args.municipality!));
    suggestions = suggestTies(graph, analysis, node, { k: args.k, reach: args.reach, onProgress });
    bar.done();
  }
  const names = ANALYSIS_TEXT[args.lang].positionNames;
  const num = (v: number) => (Number.isFinite(v) ? formatNumber(v, args.lang, 3) : '–');
  const lines = suggestions.map((s) => {
    const e = s.effects;
    return [
      `${s.rank}. ${suggestionSentence(s, args.lang)}`,
      `   ${t.effectPosition}: ${names[e.positionBefore]} → ${names[e.positionAfter]}; ` +
        `constraint_weighted ${num(e.constraintBefore)} → ${num(e.constraintAfter)}; ` +
        `harmonic ${num(e.harmonicBefore)} → ${num(e.harmonicAfter)}; ` +
        `${t.effectPaths(analysis.rule.minIndependentPaths)} ${e.pathsBefore} → ${e.pathsAfter}; ${t.effectBridges} ${e.bridgesRemoved}`,
    ].join('\n');
  });
  process.stdout.write((lines.length ? lines.join('\n') : t.noSuggestions) + '\n');
}
