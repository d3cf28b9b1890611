import { isWikipedia } from '../../company/platforms';
import { readText, squash, textOf } from '../dom';
import type { Collector } from '../types';

/** One infobox row as the Wikipedia reader needs it: texts and the first link, no DOM. */
export interface InfoboxRow {
  label: string;
  /** The cell's text without footnote markers and hidden bits. */
  value: string;
  /** Text of the cell's first link or list item (else of the cell), for the industry. */
  first: string;
  href: string;
  locality: string;
  countryName: string;
}

export interface WikipediaSignals {
  caption: string;
  title: string;
  rows: InfoboxRow[];
}

/** Footnote markers, styles, "; 48 years ago" and hidden copies are not part of a value. */
function hiddenInCell(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (tag === 'SUP' || tag === 'STYLE') return true;
  if (/(?:^|\s)noprint(?:\s|$)/.test(element.getAttribute('class') ?? '')) return true;
  return /display:\s*none/.test(element.getAttribute('style') ?? '');
}

/** The text of an infobox cell without footnote markers, hidden spans and "; 48 years ago". */
function cellText(cell: Element): string {
  return squash(readText(cell, 600, hiddenInCell)).replace(/\[\s*\d+\s*\]/g, '');
}

/** The infobox of a Wikipedia article, as texts; nothing on other sites. */
export const wikipediaCollector: Collector<WikipediaSignals | undefined> = {
  name: 'wikipedia',
  collect(document, url) {
    if (!isWikipedia(url)) return undefined;
    // English and German: table.infobox; French: a table inside div.infobox_v2 / infobox_v3.
    const box = document.querySelector(
      'table.infobox, .infobox_v3 table, table.infobox_v2, .infobox_v2 table, table[class*="infobox"]',
    );
    if (!box) return undefined;
    const rows: InfoboxRow[] = [];
    for (const row of [...box.querySelectorAll('tr')].slice(0, 80)) {
      const label = textOf(row.querySelector('th'), 100);
      const cell = row.querySelector('td');
      if (!label) continue;
      // A row without a cell still tells a company's infobox from a person's by its label.
      if (!cell) {
        rows.push({ label, value: '', first: '', href: '', locality: '', countryName: '' });
        continue;
      }
      rows.push({
        label,
        value: cellText(cell),
        first: textOf(cell.querySelector('a, li') ?? cell, 200),
        href: (cell.querySelector('a[href]')?.getAttribute('href') ?? '').slice(0, 2000),
        locality: textOf(cell.querySelector('.locality'), 200),
        countryName: textOf(cell.querySelector('.country-name'), 100),
      });
    }
    return {
      caption: textOf(
        box.querySelector('caption, .infobox-title, th.infobox-above, .fn.org') ??
          box.parentElement?.querySelector('.entete'),
        300,
      ),
      title: squash(document.getElementsByTagName('title')[0]?.textContent ?? '').slice(0, 1000),
      rows,
    };
  },
};
