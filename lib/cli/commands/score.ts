import { parseArgs } from 'node:util';
import { companyFactsSchema } from '../../facts/schema';
import { scoreAgainstAll } from '../../score/score';
import { CliError } from '../errors';
import { printJson, readIcp, readJson } from '../io';

export const usage = 'icp-lens score --facts <facts.json> --icp <icp.json> [--icp <icp.json> ...]';

/** Prints the scoring JSON of a facts file against one or more ICPs, best fit first. */
export function score(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: { facts: { type: 'string' }, icp: { type: 'string', multiple: true } },
  });
  if (!values.facts || !values.icp?.length) throw new CliError(`usage: ${usage}`, 2);
  const company = readJson(values.facts, companyFactsSchema);
  const icps = values.icp.map(readIcp);
  const results = scoreAgainstAll(company.facts, icps);
  printJson(icps.length === 1 ? results[0] : results);
  return 0;
}
