import { CliError } from './errors';
import * as evalCommand from './commands/eval';
import * as backtestCommand from './commands/backtest';
import * as extractCommand from './commands/extract';
import * as scoreCommand from './commands/score';
import * as suggestCommand from './commands/suggest';
import * as validateCommand from './commands/validate';

type Command = { usage: string; run: (argv: string[]) => number | Promise<number> };

const commands: Record<string, Command> = {
  validate: { usage: validateCommand.usage, run: validateCommand.validate },
  score: { usage: scoreCommand.usage, run: scoreCommand.score },
  extract: { usage: extractCommand.usage, run: extractCommand.extract },
  eval: { usage: evalCommand.usage, run: evalCommand.evaluate },
  suggest: { usage: suggestCommand.usage, run: suggestCommand.suggest },
  backtest: { usage: backtestCommand.usage, run: backtestCommand.backtest },
};

/** Registers a subcommand; feature modules add theirs here. */
export function helpText(): string {
  return ['Usage:', ...Object.values(commands).map((command) => `  ${command.usage}`)].join('\n');
}

/** Runs the CLI and returns its exit code; errors print as one line each, never a stack trace. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${helpText()}\n`);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`icp-lens: unknown command "${name}"\n${helpText()}\n`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`${error.message.replace(/^/gm, 'icp-lens: ')}\n`);
      return error.exitCode;
    }
    // parseArgs rejects unknown options with a TypeError carrying a readable message.
    if (
      error instanceof Error &&
      'code' in error &&
      String(error.code).startsWith('ERR_PARSE_ARGS')
    ) {
      process.stderr.write(`icp-lens: ${error.message}\nusage: ${command.usage}\n`);
      return 2;
    }
    process.stderr.write(
      `icp-lens: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
}
