import type { RunStage } from '../core/run/run.ts';
import { CLI_TEXT } from '../i18n/cli.ts';
import type { Lang } from '../i18n/lang.ts';

/** The steps a bar names: the run's stages, then measuring suggestions and writing files. */
export type ProgressStep = RunStage | 'suggest' | 'write';

/** A step shorter than this needs no bar. */
const SHOW_AFTER_MS = 1000;

/**
 * A one-line progress bar on stderr, only on a terminal, and only for a step that has been
 * running for over a second: whatever the file's size, a long step shows that it is moving.
 */
export function progressBar(lang: Lang = 'sv') {
  const enabled = process.stderr.isTTY === true;
  let stage: ProgressStep | null = null;
  let since = 0;
  let last = -1;
  let shown = false;
  const clear = () => {
    if (shown) process.stderr.write('\r' + ' '.repeat(60) + '\r');
    shown = false;
  };
  return {
    update(next: ProgressStep, fraction: number) {
      if (!enabled) return;
      const now = performance.now();
      if (next !== stage) {
        stage = next;
        since = now;
        last = -1;
      }
      if (now - since < SHOW_AFTER_MS) return;
      const pct = Math.floor(fraction * 100);
      if (pct === last) return;
      last = pct;
      shown = true;
      const filled = Math.round(pct / 4);
      process.stderr.write(
        `\r[${'#'.repeat(filled)}${' '.repeat(25 - filled)}] ${pct}% ${CLI_TEXT[lang].stage[next]}   `,
      );
    },
    clear,
    done: clear,
  };
}
