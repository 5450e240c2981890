import { join } from 'node:path';
import { cruise, format, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const ROOT = join(import.meta.dirname, '..');

/** What `npm run check` cruises, relative to the repository. */
export const CHECKED = ['src', 'test', 'bench', 'scripts'];

export interface LayerViolation {
  rule: string;
  from: string;
  to: string;
}

export interface LayerReport {
  violations: LayerViolation[];
  /** dependency-cruiser's own "err" report. */
  text: string;
}

/**
 * Validates `paths` (relative to `baseDir`) against the rules in .dependency-cruiser.js.
 * Goes through dependency-cruiser's API rather than its command, because the command refuses
 * to start on Node 20, which the project supports.
 */
export async function checkLayers(baseDir: string, paths: string[]): Promise<LayerReport> {
  const options = await extractDepcruiseOptions(join(ROOT, '.dependency-cruiser.js'));
  const cruised = await cruise(
    paths,
    { ...options, baseDir, validate: true },
    {},
    { tsConfig: extractTSConfig(join(ROOT, 'tsconfig.json')) },
  );
  const result = cruised.output as ICruiseResult;
  const report = await format(result, { outputType: 'err' });
  return {
    violations: result.summary.violations.map((v) => ({
      rule: v.rule.name,
      from: v.from,
      to: v.to,
    })),
    text: String(report.output),
  };
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const report = await checkLayers(ROOT, CHECKED);
  process.stdout.write(report.text);
  if (report.violations.length > 0) process.exitCode = 1;
}
