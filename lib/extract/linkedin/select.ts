/**
 * A page index and a small selector matcher for the registry. One walk over the document serves
 * every registry entry: on a 1.5 MB LinkedIn page parsed in Node each querySelectorAll walks the
 * whole tree again, and forty of them cost more than the rest of extraction together.
 *
 * Selectors understood: comma lists of compounds joined by spaces (descendant), each compound
 * `tag`, `.class` (any number), `[attr]`, `[attr="v"]`, `[attr^="v"]`, `[attr*="v"]`.
 */

type Attr = { name: string; op: string; value: string };
type Compound = { tag?: string; classes: string[]; attrs: Attr[] };

/** Elements of one document in document order, with lookups by tag, class and a few attributes. */
export type PageIndex = {
  all: Element[];
  /** Position in `all` of each element and of its last descendant. */
  at: Map<Element, number>;
  end: number[];
  /** " class1 class2 " per element, for cheap class tests. */
  classes: Map<Element, string>;
  byTag: Map<string, Element[]>;
  byKey: Map<string, Element[]>;
};

/** Attributes the registry selects on without a class: indexed so they need no full scan. */
const INDEXED = ['data-test-id', 'aria-label'];

/** Most elements indexed: a hostile page cannot make the walk unbounded. */
const ELEMENT_CAP = 100_000;

function push(map: Map<string, Element[]>, key: string, element: Element): void {
  const list = map.get(key);
  if (list) list.push(element);
  else map.set(key, [element]);
}

/** Walks the document once, depth first, iteratively (a 10,000-deep page cannot overflow). */
export function indexPage(document: Document): PageIndex {
  const index: PageIndex = {
    all: [],
    at: new Map(),
    end: [],
    classes: new Map(),
    byTag: new Map(),
    byKey: new Map(),
  };
  // Numbers on the stack mark where an element's subtree ends.
  const stack: (Element | number)[] = document.documentElement ? [document.documentElement] : [];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'number') {
      index.end[item] = index.all.length - 1;
      continue;
    }
    if (index.all.length >= ELEMENT_CAP) continue;
    const position = index.all.length;
    index.all.push(item);
    index.at.set(item, position);
    stack.push(position);
    for (let child = item.lastElementChild; child; child = child.previousElementSibling)
      stack.push(child);
    push(index.byTag, item.tagName.toLowerCase(), item);
    const names = (item.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
    index.classes.set(item, ` ${names.join(' ')} `);
    for (const name of names) push(index.byKey, `.${name}`, item);
    for (const name of INDEXED) if (item.hasAttribute(name)) push(index.byKey, `[${name}`, item);
  }
  return index;
}

const COMPOUND = /^([a-z][a-z0-9-]*)?((?:\.[\w-]+)*)((?:\[[\w-]+(?:[*^]?="[^"]*")?\])*)$/i;
const ATTR = /\[([\w-]+)(?:([*^]?=)"([^"]*)")?\]/g;
const parsed = new Map<string, Compound[][] | null>();

/** Parsed selector: one list of compounds per comma part; null when the grammar is exceeded. */
function parse(selector: string): Compound[][] | null {
  if (parsed.has(selector)) return parsed.get(selector)!;
  let result: Compound[][] | null = [];
  for (const complex of selector.split(',')) {
    const compounds: Compound[] = [];
    // Spaces inside [attr="a b"] do not separate compounds.
    for (const part of complex.trim().match(/(?:[^\s[]|\[[^\][]*\])+/g) ?? []) {
      const match = COMPOUND.exec(part);
      if (!match) {
        result = null;
        break;
      }
      const attrs = [...(match[3] ?? '').matchAll(ATTR)].map((m): Attr => ({
        name: m[1]!,
        op: m[2] ?? '',
        value: m[3] ?? '',
      }));
      const classes = (match[2] ?? '').split('.').filter(Boolean);
      compounds.push({ tag: match[1]?.toLowerCase(), classes, attrs });
    }
    if (!result) break;
    if (compounds.length) result.push(compounds);
  }
  parsed.set(selector, result);
  return result;
}

/** Whether the matcher understands a selector (every registry entry must pass; a test checks). */
export function isSupportedSelector(selector: string): boolean {
  return parse(selector) !== null;
}

function matches(index: PageIndex, element: Element, compound: Compound): boolean {
  if (compound.tag && element.tagName.toLowerCase() !== compound.tag) return false;
  const classes = index.classes.get(element) ?? '';
  for (const name of compound.classes) if (!classes.includes(` ${name} `)) return false;
  for (const { name, op, value } of compound.attrs) {
    const actual = element.getAttribute(name);
    if (actual === null) return false;
    if (op === '=' && actual !== value) return false;
    if (op === '^=' && !actual.startsWith(value)) return false;
    if (op === '*=' && !actual.includes(value)) return false;
  }
  return true;
}

/** Whether ancestors match the compounds before `last`, right to left. */
function ancestorsMatch(
  index: PageIndex,
  element: Element,
  compounds: readonly Compound[],
): boolean {
  let position = compounds.length - 2;
  let node = element.parentElement;
  for (let depth = 0; node && position >= 0 && depth < 500; depth++, node = node.parentElement)
    if (matches(index, node, compounds[position]!)) position--;
  return position < 0;
}

/** The indexed elements that can match a compound (its first class, attribute or tag). */
function pool(index: PageIndex, compound: Compound): Element[] {
  if (compound.classes[0]) return index.byKey.get(`.${compound.classes[0]}`) ?? [];
  const attr = compound.attrs.find((a) => INDEXED.includes(a.name));
  if (attr) return index.byKey.get(`[${attr.name}`) ?? [];
  return compound.tag ? (index.byTag.get(compound.tag) ?? []) : index.all;
}

/** Elements matching a registry selector, in document order, at most `limit`. */
export function selectAll(index: PageIndex, selector: string, limit = 50): Element[] {
  const found = new Set<Element>();
  for (const compounds of parse(selector) ?? []) {
    const first = compounds[0]!;
    const last = compounds[compounds.length - 1]!;
    let candidates = pool(index, last);
    // "[data-test-id=x] dd": look only inside the few elements the first compound picks.
    if (
      compounds.length > 1 &&
      !last.classes.length &&
      pool(index, first).length < candidates.length
    ) {
      candidates = [];
      for (const root of pool(index, first)) {
        const start = index.at.get(root)!;
        if (matches(index, root, first))
          candidates.push(...index.all.slice(start + 1, (index.end[start] ?? start) + 1));
      }
    }
    for (const element of candidates) {
      if (found.size >= limit * 4) break;
      if (matches(index, element, last) && ancestorsMatch(index, element, compounds))
        found.add(element);
    }
  }
  return [...found].sort((a, b) => index.at.get(a)! - index.at.get(b)!).slice(0, limit);
}

/** The closest ancestor-or-self with one of these classes or tags (lower-case tag names). */
export function closest(
  index: PageIndex,
  element: Element,
  classes: readonly string[],
  tags: readonly string[],
): Element | undefined {
  let node: Element | null = element;
  for (let depth = 0; node && depth < 50; depth++, node = node.parentElement) {
    const own = index.classes.get(node) ?? '';
    if (
      tags.includes(node.tagName.toLowerCase()) ||
      classes.some((name) => own.includes(` ${name} `))
    )
      return node;
  }
  return undefined;
}
