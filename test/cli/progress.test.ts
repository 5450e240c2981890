import { afterEach, describe, expect, it, vi } from 'vitest';
import { progressBar } from '../../src/cli/progress.ts';
import { CLI_TEXT } from '../../src/i18n/cli.ts';

/** The bar on a pretend terminal, with a clock the test moves by hand (no real waiting). */
function terminalBar(lang: 'sv' | 'en') {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  const tty = Object.getOwnPropertyDescriptor(process.stderr, 'isTTY');
  Object.defineProperty(process.stderr, 'isTTY', { value: true, configurable: true });
  const written: string[] = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
  const bar = progressBar(lang);
  const restore = () => {
    if (tty) Object.defineProperty(process.stderr, 'isTTY', tty);
    else delete (process.stderr as { isTTY?: boolean }).isTTY;
  };
  return { bar, written, restore, advance: (ms: number) => (now += ms) };
}

afterEach(() => vi.restoreAllMocks());

describe('the progress bar', () => {
  it.each(['sv', 'en'] as const)('names every step once it has run over a second (%s)', (lang) => {
    const t = terminalBar(lang);
    try {
      for (const step of ['refine', 'analysis', 'suggest', 'write'] as const) {
        t.bar.update(step, 0);
        t.bar.update(step, 0.2);
        expect(t.written.join('')).not.toContain(CLI_TEXT[lang].stage[step]);
        t.advance(1500);
        t.bar.update(step, 0.5);
        expect(t.written.at(-1)).toContain(`50% ${CLI_TEXT[lang].stage[step]}`);
      }
      t.bar.done();
    } finally {
      t.restore();
    }
  });
});
