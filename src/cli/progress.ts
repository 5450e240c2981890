/** Inputs below this size load too fast for a progress bar to help. */
const SHOW_ABOVE_BYTES = 5_000_000;

/** A one-line progress bar on stderr, shown only on a terminal and only for large inputs. */
export function progressBar(totalBytes: number) {
  const enabled = process.stderr.isTTY && totalBytes > SHOW_ABOVE_BYTES;
  let last = -1;
  return {
    update(fraction: number, stage = '') {
      if (!enabled) return;
      const pct = Math.floor(fraction * 100);
      if (pct === last) return;
      last = pct;
      const filled = Math.round(pct / 4);
      process.stderr.write(
        `\r[${'#'.repeat(filled)}${' '.repeat(25 - filled)}] ${pct}% ${stage}   `,
      );
    },
    done() {
      if (enabled && last >= 0) process.stderr.write('\r' + ' '.repeat(60) + '\r');
    },
  };
}
