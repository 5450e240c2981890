import packageJson from '../../package.json' with { type: 'json' };
import { InputError } from '../core/errors.ts';
import { CLI_TEXT } from '../i18n/cli.ts';
import { formatInputError } from '../i18n/io.ts';
import type { Lang } from '../i18n/lang.ts';
import { readArgs, UsageError, type CliArgs } from './args.ts';
import { analyze } from './commands/analyze.ts';
import { compare } from './commands/compare.ts';
import { convert } from './commands/convert.ts';
import { listMetrics } from './commands/metrics.ts';
import { report } from './commands/report.ts';
import { suggest } from './commands/suggest.ts';
import { template } from './commands/template.ts';
import { weakLinks } from './commands/weak-links.ts';

const COMMANDS = new Map<string, (args: CliArgs) => Promise<void>>([
  ['analyze', analyze],
  ['compare', compare],
  ['convert', convert],
  ['suggest', suggest],
  ['weak-links', weakLinks],
  ['report', report],
  ['template', template],
  ['metrics', async (args) => void process.stdout.write(listMetrics(args.lang))],
]);

function langOf(argv: string[]): Lang {
  const i = argv.indexOf('--lang');
  return argv[i + 1] === 'en' ? 'en' : 'sv';
}

/** Exit codes: 0 done, 1 bad input (one line naming file, row and column), 2 bad usage. */
async function main(argv: string[]): Promise<number> {
  const lang = langOf(argv);
  try {
    const args = readArgs(argv, lang);
    if (args.version) {
      process.stdout.write(`${packageJson.version}\n`);
      return 0;
    }
    if (args.help || args.command === '' || args.command === 'help') {
      process.stdout.write(CLI_TEXT[lang].usage + '\n');
      return args.help || args.command === 'help' ? 0 : 2;
    }
    const command = COMMANDS.get(args.command);
    if (!command) throw new UsageError(CLI_TEXT[lang].unknownCommand(args.command));
    await command(args);
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
    process.stderr.write(`brobyggare: ${CLI_TEXT[lang].internalError(describe(err))}\n`);
    return 3;
  }
}

/** One line for an error that is ours, not the input's: never a stack trace. */
function describe(err: unknown): string {
  return err instanceof Error ? err.message.split('\n')[0]! : String(err);
}

process.exitCode = await main(process.argv.slice(2));
