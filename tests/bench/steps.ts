/**
 * Runs another benchmark script of tests/bench as a step of `npm run bench` (its own process,
 * its own output), so each script stays runnable alone and keeps its own interface.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Output of a step: its stdout lines (also echoed) and exit code. */
export type StepOutput = { code: number; lines: string[] };

/** Runs `tests/bench/<script>` with tsx, echoing its output indented, and returns its lines. */
export function runStep(script: string, args: readonly string[]): Promise<StepOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(new URL(script, import.meta.url)), ...args],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const lines: string[] = [];
    // stdout and stderr both belong to the record (a failed budget is reported on stderr).
    const collect = (stream: NodeJS.ReadableStream) => {
      let buffered = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        buffered += chunk;
        const complete = buffered.split('\n');
        buffered = complete.pop()!;
        for (const line of complete) {
          if (/Unknown user config/.test(line)) continue;
          lines.push(line);
          console.log(`  ${line}`);
        }
      });
      stream.on('end', () => {
        if (buffered) lines.push(buffered);
      });
    };
    collect(child.stdout);
    collect(child.stderr);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, lines }));
  });
}

/** The rescore figures out of `rescore-accounts.ts` lines ("100,000 accounts: rescored in 41.2 s …"). */
export type RescoreStep = {
  accounts: number;
  rescoreSeconds: number;
  fillSeconds?: number;
  accountsPerSecond: number;
  lines: string[];
};

export function parseRescore(lines: readonly string[]): RescoreStep[] {
  const runs: RescoreStep[] = [];
  lines.forEach((line, i) => {
    const match = /([\d,]+) accounts: rescored in ([\d.]+) s/.exec(line);
    if (!match) return;
    const accounts = Number(match[1]!.replaceAll(',', ''));
    const rescoreSeconds = Number(match[2]);
    const fill = /filling took ([\d.]+) s/.exec(line);
    // The lines up to the next run belong to this one (movement summary, other figures).
    const rest = lines.slice(i + 1);
    const next = rest.findIndex((other) => /accounts: rescored in/.test(other));
    runs.push({
      accounts,
      rescoreSeconds,
      ...(fill ? { fillSeconds: Number(fill[1]) } : {}),
      accountsPerSecond: Math.round(accounts / rescoreSeconds),
      lines: [line.trim(), ...(next < 0 ? rest : rest.slice(0, next)).map((l) => l.trim())].filter(
        Boolean,
      ),
    });
  });
  return runs;
}
