import type { RawTable } from '../io/types.ts';
import type { BuildInput } from './types.ts';
import type { NodeRegistry } from './node-registry.ts';
import {
  CODE_SHARE,
  decide,
  gatherEvidence,
  isCodeHeader,
  NAME_SHARE,
  recogniseWith,
  type RecognitionEvidence,
  type RecognitionPolicy,
} from './recognition-policy.ts';
import type { SwedenIndex } from './sweden.ts';
import type { WarningLog } from './warning-log.ts';

/**
 * The recognition policy of one import: decided on the sample rows before reading, confirmed
 * (or changed) on every id and label after, and stated in the report with its evidence
 * ('recognition', info) whenever anything could have been recognised.
 */
export class RecognitionCheck {
  readonly policy: RecognitionPolicy;
  private readonly codeColumn: boolean;

  constructor(
    input: BuildInput,
    private readonly sweden: SwedenIndex,
    private readonly enabled: boolean,
  ) {
    const { edges, nodes } = input;
    const columns: { table: RawTable; columns: (number | undefined)[] }[] = [
      { table: edges.table, columns: [edges.mapping.roles.source, edges.mapping.roles.target] },
    ];
    if (nodes) {
      columns.push({
        table: nodes.table,
        columns: [nodes.mapping.roles.id, nodes.mapping.roles.label],
      });
    }
    this.codeColumn = columns.some(({ table, columns }) =>
      columns.some((c) => c !== undefined && isCodeHeader(table.info.headers[c] ?? '')),
    );
    const texts = columns.flatMap(({ table, columns }) =>
      table.sample.flatMap((row) => columns.map((c) => (c === undefined ? '' : row[c]!))),
    );
    this.policy = decide(gatherEvidence(texts, sweden, this.codeColumn), enabled);
  }

  /**
   * Decides again on every id and label; where that differs from the sample's decision, each
   * node's recognition follows the final one (joins made while reading stay, reported).
   */
  confirm(registry: NodeRegistry, warnings: WarningLog, file: string): void {
    // Ids of digits other than four (no code, most ids of numbered networks) only count as
    // numeric: counted here, not gathered by the million into a set. They are distinct, and
    // no alias is an id; a label equal to one is left out as the set would have.
    let numbered = 0;
    const texts: string[] = [];
    for (const id of registry.ids) {
      if (isNumberedId(id)) numbered++;
      else texts.push(id);
    }
    for (const alias of registry.aliasIds()) texts.push(alias);
    for (const details of registry.details) {
      const label = details?.label;
      if (label === undefined) continue;
      if (!isNumberedId(label) || registry.indexOf(label) === undefined) texts.push(label);
    }
    const evidence = gatherEvidence(texts, this.sweden, this.codeColumn);
    evidence.numeric += numbered;
    const final = decide(evidence, this.enabled);
    if (final.codes !== this.policy.codes || final.names !== this.policy.names) {
      registry.ids.forEach((id, i) => {
        const label = registry.details[i]?.label;
        registry.recognition[i] =
          recogniseWith(this.sweden, final, id) ??
          (label !== undefined && label !== id
            ? recogniseWith(this.sweden, final, label)
            : undefined);
      });
    }
    if (evidence.codes + evidence.names === 0 && this.enabled) return;
    warnings.add({
      code: 'recognition',
      severity: 'info',
      file,
      params: params(final, evidence, this.enabled),
    });
  }
}

/** Decimal digits, not four of them: numeric evidence and nothing else (see gatherEvidence). */
function isNumberedId(text: string): boolean {
  if (text.length === 0 || text.length === 4) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

function params(
  policy: RecognitionPolicy,
  evidence: RecognitionEvidence,
  enabled: boolean,
): Record<string, string | number> {
  return {
    enabled: enabled ? 1 : 0,
    codes: policy.codes ? 1 : 0,
    names: policy.names ? 1 : 0,
    numeric: evidence.numeric,
    fourDigits: evidence.fourDigits,
    zeroPadded: evidence.zeroPadded,
    codeHits: evidence.codes,
    codeColumn: evidence.codeColumn ? 1 : 0,
    named: evidence.named,
    nameHits: evidence.names,
    codeShare: CODE_SHARE * 100,
    nameShare: NAME_SHARE * 100,
  };
}
