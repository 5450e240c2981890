import type { ImportWarning, ImportWarningCode, Severity } from './types.ts';

export interface WarningInput {
  code: ImportWarningCode;
  severity: Severity;
  file: string;
  column?: string;
  /** Absent for a note about the whole file. */
  row?: number;
  /** The offending cell or id; the first one is kept as params.value. */
  value?: string;
  /** Parameters set when the warning is first made. */
  params?: Record<string, string | number>;
  /** Keeps warnings of one code apart (one per duplicate group, say) instead of merging them. */
  group?: string;
}

/** Distinct values counted per warning; beyond this the count says "at least". */
const DISTINCT_CAP = 10_000;

/**
 * Collects warnings so that one code in one file and column is one warning listing all its
 * rows: a file with 10,000 bad strengths gives one warning, not 10,000.
 */
export class WarningLog {
  private readonly entries = new Map<string, { warning: ImportWarning; distinct: Set<string> }>();

  add(input: WarningInput): void {
    const key = `${input.code}\u0000${input.file}\u0000${input.column ?? ''}\u0000${input.group ?? ''}`;
    let entry = this.entries.get(key);
    if (!entry) {
      const params: Record<string, string | number> = { ...input.params };
      if (input.value !== undefined) params.value = input.value;
      entry = {
        warning: {
          code: input.code,
          severity: input.severity,
          file: input.file,
          ...(input.column !== undefined ? { column: input.column } : {}),
          rows: [],
          params,
        },
        distinct: new Set(),
      };
      this.entries.set(key, entry);
    }
    if (input.row !== undefined) entry.warning.rows.push(input.row);
    if (input.value !== undefined && entry.distinct.size < DISTINCT_CAP) {
      entry.distinct.add(input.value);
    }
  }

  /** The warnings in the order they first occurred; params.values counts distinct values. */
  list(): ImportWarning[] {
    return [...this.entries.values()].map(({ warning, distinct }) =>
      distinct.size > 0
        ? { ...warning, params: { ...warning.params, values: distinct.size } }
        : warning,
    );
  }
}
