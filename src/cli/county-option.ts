import { countyScope, type CountyScope } from '../core/scope/scope.ts';
import { REPORT_CLI_TEXT } from '../i18n/report.ts';
import { UsageError, type CliArgs } from './args.ts';

/** The county named by --county, if any; a name that is no county is a usage error. */
export function countyOption(args: CliArgs): CountyScope | undefined {
  if (args.county === undefined) return undefined;
  const scope = countyScope(args.county);
  if (!scope) throw new UsageError(REPORT_CLI_TEXT[args.lang].notCounty(args.county));
  return scope;
}
