/** Small DOM helpers shared by the extractors; plain DOM only so they run in the content script. */

/** Most characters of body text any extractor reads: bounds the work on huge pages. */
export const TEXT_CAP = 200_000;

/** Longest evidence snippet kept on a fact. */
export const EVIDENCE_MAX = 160;

const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'CODE',
]);
const BLOCK =
  /^(?:P|DIV|BR|LI|UL|OL|TD|TH|TR|TABLE|H[1-6]|SECTION|ARTICLE|FOOTER|HEADER|NAV|ADDRESS|MAIN|ASIDE|DL|DT|DD|FORM|BUTTON|OPTION|BLOCKQUOTE|FIGCAPTION|CAPTION|HR)$/;

/**
 * Collapses each run of two or more whitespace characters to one: a line break when the run holds
 * one, else a space. Single characters stay as they are (a no-break space in "1\u00a0200" keeps
 * its meaning). A page cannot then feed the patterns a run of 190,000 spaces.
 */
export function collapseSpaces(value: string): string {
  return value.replace(/\s{2,}/g, (run) => (run.includes('\n') ? '\n' : ' '));
}

/** Collapses whitespace and trims. */
export function squash(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** Cuts a string to `max` characters on a word boundary when one is near, adding an ellipsis. */
export function clip(value: string, max = EVIDENCE_MAX): string {
  const text = squash(value);
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** The text around `index` in `text`, at most EVIDENCE_MAX characters, for a fact's evidence. */
export function snippetAt(text: string, index: number, length: number): string {
  const room = Math.max(0, EVIDENCE_MAX - length);
  let start = Math.max(0, index - Math.floor(room / 2));
  const end = Math.min(text.length, start + EVIDENCE_MAX);
  start = Math.max(0, Math.min(start, end - EVIDENCE_MAX));
  return squash(text.slice(start, end));
}

/**
 * Visible-ish text under a node, without scripts and styles, with line breaks between blocks so
 * patterns do not run across unrelated elements, and runs of whitespace collapsed
 * (`collapseSpaces`). Iterative (deep pages cannot overflow the stack) and stops after `cap`
 * characters. Elements for which `skip` is true are left out with
 * everything inside them (cheaper than cloning and removing them).
 */
export function readText(
  root: Node | null | undefined,
  cap = TEXT_CAP,
  skip?: (element: Element) => boolean,
): string {
  if (!root) return '';
  const parts: string[] = [];
  let length = 0;
  // The stack holds nodes to visit and, as strings, separators to emit after a block closes.
  const stack: (Node | string)[] = [root];
  while (stack.length > 0 && length < cap) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      parts.push(item);
      length += 1;
      continue;
    }
    if (item.nodeType === 3) {
      // Collapsed before counting, so whitespace padding cannot use up the cap.
      const data = collapseSpaces((item as Text).data.slice(0, cap * 4));
      parts.push(data);
      length += data.length;
      continue;
    }
    if (item.nodeType !== 1 && item.nodeType !== 9 && item.nodeType !== 11) continue;
    const tag = item.nodeType === 1 ? (item as Element).tagName.toUpperCase() : '';
    if (SKIPPED.has(tag)) continue;
    if (item.nodeType === 1 && (item as Element).getAttribute('hidden') !== null) continue;
    if (skip && item.nodeType === 1 && item !== root && skip(item as Element)) continue;
    const block = BLOCK.test(tag);
    if (block) {
      parts.push('\n');
      stack.push('\n');
    }
    const children = item.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  const text = collapseSpaces(parts.join(''));
  return text.length > cap ? text.slice(0, cap) : text;
}

/** Text of one element, squashed and capped: for short values such as a name or a city. */
export function textOf(element: Element | null | undefined, cap = 2000): string {
  return element ? squash(readText(element, cap)) : '';
}

/** The first non-empty value among `keys` in a map of meta tags (structured/collect.ts). */
export function metaContent(tags: Map<string, string>, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const content = tags.get(key);
    if (content) return content;
  }
  return undefined;
}
