import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../../lib/cli/main';
import { parseIcpText } from '../../../lib/icp/validate';

const root = new URL('../../../', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'icp-lens-derive-'));
const demo = 'tests/fixtures/derive/demo-accounts.csv';

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['lib/cli/bin.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * Runs the CLI in this process, for the error paths: same `main`, output captured, without
 * paying a Node and tsx start per case (the end-to-end cases spawn the real binary).
 */
async function runMain(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await main(
      args.map((arg) =>
        arg.startsWith('tests/') || arg.startsWith('public/') ? join(root, arg) : arg,
      ),
    );
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

function file(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}

// Each run starts Node and tsx (a second or more on a shared machine), hence the longer timeout.
describe('icp-lens suggest', { timeout: 30_000 }, () => {
  it('prints a valid draft ICP on stdout and the import report and evidence on stderr', () => {
    const run = cli('suggest', demo, '--won', 'Closed Won');
    expect(run.code).toBe(0);
    const parsed = parseIcpText(run.stdout);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const industry = parsed.icp.criteria.find((criterion) => criterion.id === 'industry');
    expect(industry?.values).toEqual(['Software Development']);
    expect(parsed.icp.tiers[0]?.label).toBe('A');
    expect(run.stderr).toContain('demo-accounts.csv: 600 rows: 134 won, 420 lost, 46 open');
    expect(run.stderr).toMatch(/Employees: \d+ unreadable cells \(e\.g\. row \d+: “lots”/);
    expect(run.stderr).toMatch(
      /industry: Industry: Software Development: \d+ closed deals, win rate/,
    );
  });

  it('can print the evidence with the ICP', async () => {
    const run = await runMain('suggest', demo, '--won', 'Closed Won', '--with-evidence');
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as {
      evidence: Record<string, { combined: { accounts: number; lift: number } }>;
      tiers: { label: string; winRate: number }[];
    };
    expect(output.evidence.industry?.combined.lift).toBeGreaterThan(1);
    expect(output.tiers.length).toBeGreaterThanOrEqual(2);
  });

  it('lists the outcome values when --won is missing or misspelt', async () => {
    const missing = await runMain('suggest', demo);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(
      /say which values of "Deal Stage" mean won with --won; its values: "Closed Lost" \(\d+\), "Closed Won" \(\d+\)/,
    );
    const typo = await runMain('suggest', demo, '--won', 'Closed-Won');
    expect(typo.code).toBe(1);
    expect(typo.stderr).toMatch(/"Closed-Won" never occurs in the outcome column "Deal Stage"/);
  });

  it('says so when nothing stands out at the chosen support', async () => {
    const run = await runMain('suggest', demo, '--won', 'Closed Won', '--min-support', '1000');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /No attribute value wins clearly more often .* at least 1,000 closed deals/,
    );
    expect(
      (await runMain('suggest', demo, '--won', 'Closed Won', '--min-support', 'many')).code,
    ).toBe(2);
  });

  it('reads a Windows-1252 export as Excel writes it', async () => {
    const text = 'Société,Statut\nÉcole Nouvelle,Gagné\nBoulangerie,Perdu\n';
    const path = join(tmp, 'excel.csv');
    writeFileSync(path, Buffer.from([...text].map((char) => char.charCodeAt(0))));
    const run = await runMain(
      'backtest',
      path,
      '--icp',
      'public/icps/eu-b2b-saas.json',
      '--won',
      'Gagné',
      '--json',
    );
    expect(run.stderr).toContain('counting as lost: "Perdu"');
    expect(JSON.parse(run.stdout)).toMatchObject({ won: 1, lost: 1 });
  });

  it('explains malformed files in one line', async () => {
    const empty = await runMain('suggest', file('empty.csv', ''), '--won', 'Won');
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/empty\.csv: The file is empty\.\n$/);
    const noOutcome = await runMain(
      'suggest',
      file('no-outcome.csv', 'Company,Industry\nAcme,Retail\n'),
      '--won',
      'Won',
    );
    expect(noOutcome.stderr).toMatch(/no outcome column found .*--column outcome=/);
    expect(noOutcome.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('icp-lens backtest', { timeout: 30_000 }, () => {
  it('prints the per-tier table and the AUC of each ICP', () => {
    const draft = cli('suggest', demo, '--won', 'Closed Won');
    const icp = file('draft.json', draft.stdout);
    const run = cli(
      'backtest',
      demo,
      '--icp',
      icp,
      '--icp',
      'public/icps/eu-b2b-saas.json',
      '--won',
      'Closed Won',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'Derived from demo-accounts.csv (derived-demo-accounts v1): 600 accounts',
    );
    expect(run.stdout).toMatch(/^tier\s+min\s+accounts\s+won\s+lost\s+win rate$/m);
    expect(run.stdout).toMatch(/^A\s+\d+\s+\d+\s+\d+\s+\d+\s+[\d.]+%$/m);
    expect(run.stdout.match(/^AUC 0\.\d{3} /gm)).toHaveLength(2);
    expect(run.stdout).toContain('EU B2B SaaS, 50-500 staff');
    expect(run.stdout).toMatch(/^Won deal value in tier A: [\d.]+%$/m);
  });

  it('prints JSON with --json and reads Pipedrive exports as they come', async () => {
    const run = await runMain(
      'backtest',
      'tests/fixtures/derive/pipedrive-deals.csv',
      '--icp',
      'public/icps/eu-b2b-saas.json',
      '--won',
      'won',
      '--json',
    );
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as {
      won: number;
      lost: number;
      open: number;
      auc: number;
    };
    expect([result.won, result.lost, result.open]).toEqual([2, 1, 1]);
    expect(result.auc).toBe(1);
  });

  it('needs an ICP', async () => {
    const run = await runMain('backtest', demo, '--won', 'Closed Won');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/usage: icp-lens backtest/);
  });
});
