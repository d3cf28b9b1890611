/**
 * Pictures of the benchmark: the growth curve as a standalone SVG (log-log axes, with a
 * "linear" reference line) and an HTML page with every table of results.json.
 */

export type Series = { label: string; color: string; points: { x: number; y: number }[] };

const escape = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function niceLogTicks(min: number, max: number): number[] {
  const ticks: number[] = [];
  for (let p = Math.floor(Math.log10(min)); p <= Math.ceil(Math.log10(max)); p++)
    for (const m of [1, 3]) {
      const value = m * 10 ** p;
      if (value >= min / 1.0001 && value <= max * 1.0001) ticks.push(value);
    }
  return ticks;
}

const label = (value: number, unit: string): string =>
  `${value >= 1 ? value.toLocaleString('en-US') : value.toPrecision(1)}${unit}`;

/**
 * A log-log line chart. `reference` draws a dashed line of slope 1 through the first point of
 * that series: a linear cost would follow it, anything flatter grows slower than the page.
 */
export function logLogSvg(options: {
  title: string;
  xLabel: string;
  yLabel: string;
  xUnit: string;
  yUnit: string;
  series: Series[];
  reference?: string;
}): string {
  const width = 720;
  const height = 420;
  const margin = { left: 70, right: 250, top: 40, bottom: 50 };
  const all = options.series.flatMap((series) => series.points).filter((p) => p.x > 0 && p.y > 0);
  const xMin = Math.min(...all.map((p) => p.x)) / 1.3;
  const xMax = Math.max(...all.map((p) => p.x)) * 1.3;
  const yMin = Math.min(...all.map((p) => p.y)) / 2;
  const yMax = Math.max(...all.map((p) => p.y)) * 2;
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const sx = (x: number) =>
    margin.left + ((Math.log(x) - Math.log(xMin)) / (Math.log(xMax) - Math.log(xMin))) * plotW;
  const sy = (y: number) =>
    margin.top +
    plotH -
    ((Math.log(y) - Math.log(yMin)) / (Math.log(yMax) - Math.log(yMin))) * plotH;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${margin.left}" y="22" font-size="15" font-weight="600">${escape(options.title)}</text>`,
  ];
  for (const tick of niceLogTicks(xMin, xMax))
    parts.push(
      `<line x1="${sx(tick)}" x2="${sx(tick)}" y1="${margin.top}" y2="${margin.top + plotH}" stroke="#e5e7eb"/>`,
      `<text x="${sx(tick)}" y="${margin.top + plotH + 16}" text-anchor="middle" fill="#4b5563">${label(tick, options.xUnit)}</text>`,
    );
  for (const tick of niceLogTicks(yMin, yMax))
    parts.push(
      `<line x1="${margin.left}" x2="${margin.left + plotW}" y1="${sy(tick)}" y2="${sy(tick)}" stroke="#e5e7eb"/>`,
      `<text x="${margin.left - 6}" y="${sy(tick) + 4}" text-anchor="end" fill="#4b5563">${label(tick, options.yUnit)}</text>`,
    );
  parts.push(
    `<rect x="${margin.left}" y="${margin.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#9ca3af"/>`,
    `<text x="${margin.left + plotW / 2}" y="${height - 10}" text-anchor="middle">${escape(options.xLabel)}</text>`,
    `<text transform="translate(16 ${margin.top + plotH / 2}) rotate(-90)" text-anchor="middle">${escape(options.yLabel)}</text>`,
  );
  const legend: [string, string, boolean][] = [];
  let referenceLegend: [string, string, boolean] | undefined;
  const reference = options.series.find((series) => series.label === options.reference);
  if (reference?.points[0]) {
    const first = reference.points[0];
    const last = xMax / 1.3;
    parts.push(
      `<line x1="${sx(first.x)}" y1="${sy(first.y)}" x2="${sx(last)}" y2="${sy(Math.min(yMax, first.y * (last / first.x)))}" stroke="${reference.color}" stroke-dasharray="5 4" opacity="0.6"/>`,
    );
    referenceLegend = ['linear growth (for comparison)', reference.color, true];
  }
  for (const series of options.series) {
    const points = series.points.filter((p) => p.x > 0 && p.y > 0);
    if (points.length === 0) continue;
    parts.push(
      `<polyline fill="none" stroke="${series.color}" stroke-width="2" points="${points.map((p) => `${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join(' ')}"/>`,
      ...points.map(
        (p) =>
          `<circle cx="${sx(p.x).toFixed(1)}" cy="${sy(p.y).toFixed(1)}" r="3.5" fill="${series.color}"><title>${escape(`${series.label}: ${label(p.x, options.xUnit)} → ${p.y.toFixed(1)}${options.yUnit}`)}</title></circle>`,
      ),
    );
    legend.push([series.label, series.color, false]);
  }
  if (referenceLegend) legend.push(referenceLegend);
  legend.forEach(([text, color, dashed], i) => {
    const y = margin.top + 10 + i * 20;
    const x = margin.left + plotW + 14;
    parts.push(
      `<line x1="${x}" x2="${x + 22}" y1="${y}" y2="${y}" stroke="${color}" stroke-width="2"${dashed ? ' stroke-dasharray="5 4" opacity="0.6"' : ''}/>`,
      `<text x="${x + 28}" y="${y + 4}">${escape(text)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}

/** A plain HTML table from rows (the first one is the header). */
export function htmlTable(rows: readonly (readonly (string | number)[])[]): string {
  const [head = [], ...body] = rows;
  return `<table><thead><tr>${head.map((cell) => `<th>${escape(String(cell))}</th>`).join('')}</tr></thead><tbody>${body
    .map(
      (row) =>
        `<tr>${row.map((cell, i) => `<td${typeof cell === 'number' || (i > 0 && /^[\d.,\s×%-]+$/.test(cell)) ? ' class="n"' : ''}>${escape(String(cell))}</td>`).join('')}</tr>`,
    )
    .join('')}</tbody></table>`;
}

/** The results page: sections of text, tables and inline SVG. */
export function htmlPage(title: string, sections: { heading: string; html: string }[]): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 980px; color: #111827; padding: 0 1rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: 13px; }
th, td { border-bottom: 1px solid #e5e7eb; padding: 3px 10px; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
p.note { color: #4b5563; }
</style></head><body><h1>${escape(title)}</h1>
${sections.map((section) => `<h2>${escape(section.heading)}</h2>\n${section.html}`).join('\n')}
</body></html>
`;
}
