import { InputError } from '../core/errors.ts';
import { CLI_TEXT } from '../i18n/cli.ts';
import { formatInputError } from '../i18n/io.ts';
import type { Lang } from '../i18n/lang.ts';
import { readArgs, UsageError } from './args.ts';
import { analyze } from './commands/analyze.ts';
import { convert } from './commands/convert.ts';
import { report } from './commands/report.ts';
import { suggest } from './commands/suggest.ts';
import { template } from './commands/template.ts';
import { weakLinks } from './commands/weak-links.ts';
import { listMetrics } from './commands/metrics.ts';

const COMMANDS: Record<string, (args: ReturnType<typeof readArgs>) => Promise<void>> = {
  analyze,
  convert,
  suggest,
  'weak-links': weakLinks,
  report,
  template,
  metrics: async (args) => void process.stdout.write(listMetrics(args.lang)),
};

function langOf(argv: string[]): Lang {
  const i = argv.indexOf('--lang');
  return argv[i + 1] === 'en' ? 'en' : 'sv';
}

/** Exit codes: 0 done, 1 bad input (one line naming file, row and column), 2 bad usage. */
async function main(argv: string[]): Promise<number> {
  const lang = langOf(argv);
  try {
    const args = readArgs(argv);
    if (args.help || args.command === '' || args.command === 'help') {
      process.stdout.write(CLI_TEXT[lang].usage + '\n');
      return args.help || args.command === 'help' ? 0 : 2;
    }
    const run = COMMANDS[args.command];
    if (!run) throw new UsageError(CLI_TEXT[lang].unknownCommand(args.command));
    await run(args);
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`brobyggare: ${err.message}\n\n${CLI_TEXT[lang].usage}\n`);
      return 2;
    }
    if (err instanceof InputError) {
      process.stderr.write(`brobyggare: ${formatInputError(err, lang)}\n`);
      return 1;
    }
    throw err;
  }
}

process.exitCode = await main(process.argv.slice(2));
