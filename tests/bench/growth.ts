/**
 * How extraction cost grows with page size: synthetic pages from 100 KB to 10 MB built from a
 * made-up company page (tests/fixtures/sites/nuagique.html) by repeating realistic content
 * (article sections with headings, paragraphs, lists, links, images and a table, plus the
 * inline JSON data and scripts that large real pages carry), then parsed and extracted in Node.
 */
import { readFileSync } from 'node:fs';
import { parsePage } from '../../lib/extract/html';
import { extractCompany } from '../../lib/extract/index';
import { median, round, timed } from './stats';

const SOURCE = new URL('../fixtures/sites/nuagique.html', import.meta.url);
const URL_OF_PAGE = 'https://www.nuagique.fr/';

/** One repeated block, about 3 KB; `i` varies its text so no two blocks are the same. */
function block(i: number): string {
  const city = ['Lyon', 'Paris', 'Bordeaux', 'Lille', 'Nantes'][i % 5]!;
  return `
    <section class="post" id="post-${i}">
      <h3>Étude de cas n°${i} : une équipe commerciale de ${20 + (i % 180)} personnes à ${city}</h3>
      <p>Avant Nuagique, les notes de frais de l'équipe prenaient ${2 + (i % 7)} jours par mois. Photo
      du ticket, contrôle automatique des plafonds, export comptable vers le logiciel du cabinet :
      le remboursement passe de ${10 + (i % 20)} jours à 48 heures.</p>
      <ul><li>Tickets traités : ${1000 + i * 7}</li><li>Économie estimée : ${(i % 90) + 10} k€</li>
      <li>Intégrations : comptabilité, paie, carte bancaire</li></ul>
      <p><img src="/img/case-${i}.webp" alt="Équipe ${i}" width="320" height="180" />
      <a href="/clients/cas-${i}">Lire l'étude complète</a> · <a href="/blog/${i}">Article lié</a></p>
      <table><tr><th>Mois</th><th>Tickets</th><th>Délai</th></tr>
      <tr><td>Janvier</td><td>${300 + (i % 50)}</td><td>${2 + (i % 3)} j</td></tr>
      <tr><td>Février</td><td>${280 + (i % 40)}</td><td>${1 + (i % 4)} j</td></tr></table>
      <blockquote>« Nous avons gagné une demi-journée par commercial et par mois. » — Responsable
      financier, client n°${i}</blockquote>
    </section>
    <script type="application/json" data-post="${i}">{"id":${i},"title":"Étude de cas ${i}","tags":["saas","notes de frais","${city}"],"views":${i * 13},"related":[${i + 1},${i + 2},${i + 3}],"body":"${'Contenu pré-rendu de la page pour l\\u2019hydratation. '.repeat(12)}"}</script>
    <script>window.__analytics=window.__analytics||[];window.__analytics.push({event:"impression",post:${i}});</script>`;
}

/** A page of about `bytes` bytes: the fixture's head, header and footer around repeated blocks. */
export function syntheticPage(bytes: number): string {
  const html = readFileSync(SOURCE, 'utf8');
  const cut = html.indexOf('</main>');
  const head = html.slice(0, cut);
  const tail = html.slice(cut);
  const parts = [head];
  let size = head.length + tail.length;
  for (let i = 0; size < bytes; i++) {
    const next = block(i);
    parts.push(next);
    size += next.length;
  }
  parts.push(tail);
  return parts.join('');
}

export type GrowthPoint = {
  /** Page size in bytes (UTF-8). */
  bytes: number;
  parseMs: number;
  extractMs: number;
  extractMsPerMb: number;
  /** Facts found: the page is the same company whatever its length, so this should not move. */
  facts: number;
};

export type Growth = {
  points: GrowthPoint[];
  /** Exponent b of extractMs ≈ a·size^b fitted on the points (log-log): ≤ 1 is linear or better. */
  exponent: number;
  verdict: string;
};

const MB = 1024 * 1024;

/** Times parse and extraction at each size (median of a few runs, fewer on the big pages). */
export function benchGrowth(sizes: readonly number[]): Growth {
  const points: GrowthPoint[] = [];
  // Warm the code up on a small page, so the first size does not pay for compilation.
  extractCompany(parsePage(syntheticPage(50_000)), URL_OF_PAGE);
  for (const size of sizes) {
    const html = syntheticPage(size);
    const bytes = Buffer.byteLength(html);
    const runs = bytes > 2 * MB ? 2 : 6;
    const parses: number[] = [];
    const extracts: number[] = [];
    let facts = 0;
    for (let i = 0; i < runs; i++) {
      const parsed = timed(() => parsePage(html));
      parses.push(parsed.ms);
      const extracted = timed(() => extractCompany(parsed.value, URL_OF_PAGE));
      extracts.push(extracted.ms);
      facts = Object.keys(extracted.value.facts).length;
    }
    const extractMs = median(extracts);
    points.push({
      bytes,
      parseMs: round(median(parses), 1),
      extractMs: round(extractMs, 2),
      extractMsPerMb: round(extractMs / (bytes / MB), 2),
      facts,
    });
  }
  const exponent = round(fitExponent(points), 2);
  return {
    points,
    exponent,
    verdict:
      exponent <= 1.1
        ? `linear or better (time grows as size^${exponent.toFixed(2)})`
        : `WORSE THAN LINEAR (time grows as size^${exponent.toFixed(2)})`,
  };
}

/** Least-squares slope of log(ms) against log(bytes). */
function fitExponent(points: readonly GrowthPoint[]): number {
  const xs = points.map((point) => Math.log(point.bytes));
  const ys = points.map((point) => Math.log(Math.max(point.extractMs, 0.01)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i]! - my);
    den += (x - mx) ** 2;
  });
  return den ? num / den : 0;
}
