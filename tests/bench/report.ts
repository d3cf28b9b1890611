/**
 * The benchmark's output for people: each section printed as it completes (tables, lines) and
 * kept for the HTML page written at the end.
 */
import { htmlPage, htmlTable } from './chart';
import { table } from './stats';

type Rows = readonly (readonly (string | number)[])[];

export class Report {
  private sections: { heading: string; html: string[] }[] = [];
  private sectionStart = 0;

  /** Starts a section; prints how long the previous one took. */
  section(heading: string): void {
    const now = Date.now();
    if (this.sectionStart) console.log(`(${((now - this.sectionStart) / 1000).toFixed(1)} s)`);
    this.sectionStart = now;
    console.log(`\n== ${heading}`);
    this.sections.push({ heading, html: [] });
  }

  private current(): string[] {
    if (this.sections.length === 0) this.sections.push({ heading: '', html: [] });
    return this.sections[this.sections.length - 1]!.html;
  }

  table(rows: Rows): void {
    console.log(table(rows));
    this.current().push(htmlTable(rows));
  }

  line(text: string): void {
    console.log(text);
    const escaped = text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
    this.current().push(`<p class="note">${escaped}</p>`);
  }

  /** Raw HTML for the page only (a chart). */
  html(markup: string): void {
    this.current().push(markup);
  }

  page(title: string): string {
    return htmlPage(
      title,
      this.sections.map((section) => ({ heading: section.heading, html: section.html.join('\n') })),
    );
  }
}
