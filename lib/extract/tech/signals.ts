/** An element near the top of the tree, as plain data: where DOM markers are looked for. */
export interface ElementMark {
  tag: string;
  id: string;
  /** The class attribute, space-separated. */
  classes: string;
  attributes: string[];
}

/**
 * What the technology detector reads off a page, collected without running any page code. Plain
 * data (JSON-safe), so the matching can run away from the page.
 */
export interface PageSignals {
  /** `[tag, url]` for script, iframe and image sources and form actions. */
  sources: [string, string][];
  /** `href` of `<link>` elements. */
  links: string[];
  /** Content of `<meta name="generator">` tags. */
  generators: string[];
  /** Inline script text, concatenated and capped. */
  inline: string;
  /** Identifier-like words in the inline script text: where page globals get defined. */
  words: string[];
  /**
   * `<html>`, `<body>` and the elements just below body: where frameworks and site builders put
   * their markers (#__next, [data-wf-site], [ng-version]). Checking only these keeps DOM marker
   * matching cheap on huge pages.
   */
  shallow: ElementMark[];
}

/** Bounds on what is read: a hostile page can hold any number of huge scripts. */
export const SIGNAL_CAPS = {
  elements: 2_000,
  sources: 400,
  links: 200,
  urlLength: 400,
  inlineTotal: 150_000,
  inlinePerScript: 30_000,
  words: 50_000,
  shallowDepth: 4,
  shallow: 300,
};

const NON_JS_TYPE = /json|template|html|text\/x-|markdown/i;
const WORD = /[A-Za-z_$][\w$]{1,40}/g;

function mark(element: Element): ElementMark {
  return {
    tag: element.tagName.toLowerCase(),
    id: element.id,
    classes: (element.getAttribute('class') ?? '').slice(0, 500),
    attributes: [...element.getAttributeNames()].slice(0, 30),
  };
}

function shallowElements(document: Document): ElementMark[] {
  const out: ElementMark[] = [];
  if (document.documentElement) out.push(mark(document.documentElement));
  const stack: [Element, number][] = document.body ? [[document.body, 0]] : [];
  while (stack.length > 0 && out.length < SIGNAL_CAPS.shallow) {
    const [element, depth] = stack.pop()!;
    out.push(mark(element));
    if (depth >= SIGNAL_CAPS.shallowDepth) continue;
    const children = element.children;
    for (let i = Math.min(children.length, 50) - 1; i >= 0; i--)
      stack.push([children[i]!, depth + 1]);
  }
  return out;
}

/** Collects the page's technology signals within SIGNAL_CAPS. */
export function collectSignals(document: Document): PageSignals {
  const caps = SIGNAL_CAPS;
  const sources: [string, string][] = [];
  const links: string[] = [];
  const generators: string[] = [];
  const inlineParts: string[] = [];
  let inlineLength = 0;
  // One query for every tag of interest: much cheaper than one traversal per tag in Node DOMs.
  const elements = document.querySelectorAll('script,iframe,img,link,meta,form');
  for (let k = 0; k < elements.length && k < caps.elements; k++) {
    const element = elements[k]!;
    const tag = element.tagName.toLowerCase();
    if (tag === 'link') {
      const href = element.getAttribute('href');
      if (href && links.length < caps.links) links.push(href.slice(0, caps.urlLength));
    } else if (tag === 'meta') {
      if ((element.getAttribute('name') ?? '').toLowerCase() === 'generator')
        generators.push((element.getAttribute('content') ?? '').trim().slice(0, 200));
    } else {
      const url = element.getAttribute(tag === 'form' ? 'action' : 'src');
      if (url) {
        if (sources.length < caps.sources) sources.push([tag, url.slice(0, caps.urlLength)]);
      } else if (tag === 'script' && inlineLength < caps.inlineTotal) {
        if (NON_JS_TYPE.test(element.getAttribute('type') ?? '')) continue;
        const text = (element.textContent ?? '').slice(0, caps.inlinePerScript);
        inlineParts.push(text);
        inlineLength += text.length;
      }
    }
  }
  const inline = inlineParts.join('\n').slice(0, caps.inlineTotal);
  const words = new Set<string>();
  for (const match of inline.matchAll(WORD)) {
    words.add(match[0]);
    if (words.size >= caps.words) break;
  }
  return {
    sources,
    links,
    generators,
    inline,
    words: [...words],
    shallow: shallowElements(document),
  };
}
