import { parseArgs } from 'node:util';
import { CliError } from '../errors';
import { readIcp } from '../io';

export const usage = 'icp-lens validate <icp.json> [...]';

/** Checks ICP files against the v1 format; exits 1 with every problem when one is invalid. */
export function validate(argv: string[]): number {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
  if (positionals.length === 0) throw new CliError(`usage: ${usage}`, 2);
  const failures: string[] = [];
  for (const file of positionals) {
    try {
      const icp = readIcp(file);
      const personas = icp.personas?.length ? `, ${icp.personas.length} personas` : '';
      process.stdout.write(
        `${file}: valid ICP "${icp.name}" (${icp.id} v${icp.version}, ${icp.criteria.length} criteria${personas})\n`,
      );
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      failures.push(error.message);
    }
  }
  if (failures.length > 0) throw new CliError(failures.join('\n'));
  return 0;
}
