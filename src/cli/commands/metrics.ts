import { DESCRIPTORS } from '../../core/metrics/index.ts';
import { CLI_TEXT } from '../../i18n/cli.ts';
import type { Lang } from '../../i18n/lang.ts';

/** `brobyggare metrics`: every metric with its scope, weighting and definition, from the descriptors. */
export function listMetrics(lang: Lang): string {
  const t = CLI_TEXT[lang];
  return DESCRIPTORS.map(
    (d) =>
      `${d.id}  (${t.scope[d.scope]}, ${t.weighting[d.weighting]})\n  ${d.names[lang]}\n  ${d.definition[lang]}\n`,
  ).join('\n');
}
