/**
 * A page index and a small selector matcher for the registry. One walk over the document serves
 * every registry entry: on a 1.5 MB LinkedIn page parsed in Node each querySelectorAll walks the
 * whole tree again, and forty of them cost more than the rest of extraction together.
 *
 * Selectors understood: comma lists of compounds joined by spaces (descendant), each compound
 * `tag`, `.class` (any number), `[attr]`, `[attr="v"]`, `[attr^="v"]`, `[attr*="v"]`.
 */

type Attr = { name: string; op: '' | '=' | '^=' | '*='; value: string };
type Compound = { tag?: string; classes: string[]; attrs: Attr[] };

/** Elements of one document, by tag and by class, in document order. */
export type PageIndex = {
  all: Element[];
  byTag: Map<string, Element[]>;
  byClass: Map<string, Element[]>;
  /** Document order, built on the first comma-list selector that needs sorting. */
  order?: Map<Element, number>;
};

/** Most elements indexed: a hostile page cannot make the walk unbounded. */
const ELEMENT_CAP = 100_000;

function push(map: Map<string, Element[]>, key: string, element: Element): void {
  const list = map.get(key);
  if (list) list.push(element);
  else map.set(key, [element]);
}

/** Walks the document once. */
export function indexPage(document: Document): PageIndex {
  const index: PageIndex = { all: [], byTag: new Map(), byClass: new Map() };
  // Depth-first in document order, iterative so a 10,000-deep page cannot overflow the stack.
  const stack: Element[] = document.documentElement ? [document.documentElement] : [];
  while (stack.length > 0 && index.all.length < ELEMENT_CAP) {
    const element = stack.pop()!;
    for (let child = element.lastElementChild; child; child = child.previousElementSibling)
      stack.push(child);
    index.all.push(element);
    push(index.byTag, element.tagName.toLowerCase(), element);
    const classes = element.getAttribute('class');
    if (classes)
      for (const name of classes.split(/\s+/)) if (name) push(index.byClass, name, element);
  }
  return index;
}

const COMPOUND = /^([a-z][a-z0-9-]*)?((?:\.[\w-]+)*)((?:\[[\w-]+(?:[*^]?="[^"]*")?\])*)$/i;
const ATTR = /\[([\w-]+)(?:([*^]?=)"([^"]*)")?\]/g;
const parsed = new Map<string, Compound[][]>();

/** Whether the matcher understands a selector (every registry entry must pass; a test checks). */
export function isSupportedSelector(selector: string): boolean {
  return parse(selector) !== null;
}

/** Parsed selector: one list of compounds per comma part; null when the grammar is exceeded. */
function parse(selector: string): Compound[][] | null {
  let result = parsed.get(selector);
  if (result) return result;
  result = [];
  for (const complex of selector.split(',')) {
    const compounds: Compound[] = [];
    // Spaces inside [attr="a b"] do not separate compounds.
    for (const part of complex.trim().match(/(?:[^\s[]+|\[[^\]]*\])+/g) ?? []) {
      const match = COMPOUND.exec(part);
      if (!match) return null;
      const attrs = [...(match[3] ?? '').matchAll(ATTR)].map((m): Attr => ({
        name: m[1]!,
        op: (m[2] ?? '') as Attr['op'],
        value: m[3] ?? '',
      }));
      const classes = (match[2] ?? '').split('.').filter(Boolean);
      compounds.push({ tag: match[1]?.toLowerCase(), classes, attrs });
    }
    if (compounds.length) result.push(compounds);
  }
  parsed.set(selector, result);
  return result;
}

function hasClass(element: Element, name: string): boolean {
  return ` ${element.getAttribute('class') ?? ''} `.replace(/\s+/g, ' ').includes(` ${name} `);
}

function matches(element: Element, compound: Compound): boolean {
  if (compound.tag && element.tagName.toLowerCase() !== compound.tag) return false;
  for (const name of compound.classes) if (!hasClass(element, name)) return false;
  for (const { name, op, value } of compound.attrs) {
    const actual = element.getAttribute(name);
    if (actual === null) return false;
    if (op === '=' && actual !== value) return false;
    if (op === '^=' && !actual.startsWith(value)) return false;
    if (op === '*=' && !actual.includes(value)) return false;
  }
  return true;
}

/** Whether some chain of ancestors matches the compounds before the last, right to left. */
function ancestorsMatch(element: Element, compounds: readonly Compound[]): boolean {
  let position = compounds.length - 2;
  let node = element.parentElement;
  for (let depth = 0; node && position >= 0 && depth < 200; depth++, node = node.parentElement)
    if (matches(node, compounds[position]!)) position--;
  return position < 0;
}

/** Elements matching a registry selector, in document order, at most `limit`. */
export function selectAll(index: PageIndex, selector: string, limit = 50): Element[] {
  const found = new Set<Element>();
  const complexes = parse(selector) ?? [];
  for (const compounds of complexes) {
    const last = compounds[compounds.length - 1]!;
    const pool = last.classes[0]
      ? (index.byClass.get(last.classes[0]) ?? [])
      : last.tag
        ? (index.byTag.get(last.tag) ?? [])
        : index.all;
    for (const element of pool) {
      if (found.size >= limit * 4) break;
      if (matches(element, last) && ancestorsMatch(element, compounds)) found.add(element);
    }
  }
  const list = [...found];
  if (list.length <= 1 || complexes.length === 1) return list.slice(0, limit);
  const order = (index.order ??= new Map(index.all.map((element, i) => [element, i])));
  return list.sort((a, b) => order.get(a)! - order.get(b)!).slice(0, limit);
}

/** The closest ancestor-or-self with one of these classes or tags (lower-case tag names). */
export function closest(
  element: Element,
  classes: readonly string[],
  tags: readonly string[],
): Element | undefined {
  let node: Element | null = element;
  for (let depth = 0; node && depth < 50; depth++, node = node.parentElement)
    if (tags.includes(node.tagName.toLowerCase()) || classes.some((name) => hasClass(node!, name)))
      return node;
  return undefined;
}
