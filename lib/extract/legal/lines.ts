/** A page's text as lines, keeping what the legal-notice reader needs: headings and blocks. */
export interface Line {
  text: string;
  /** A heading, a table or list label, or a short bold run opening a line: a section title or a label. */
  heading: boolean;
  /** Index of the block element (paragraph, cell, list item...) the line sits in. */
  block: number;
}

const SKIPPED = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|IFRAME|OBJECT|SELECT|BUTTON|CANVAS)$/;
const BLOCK =
  /^(?:P|DIV|LI|UL|OL|TD|TH|TR|TABLE|H[1-6]|SECTION|ARTICLE|FOOTER|HEADER|NAV|ADDRESS|MAIN|ASIDE|DL|DT|DD|FORM|BLOCKQUOTE|FIGURE|FIGCAPTION|CAPTION|HR|PRE)$/;
const STRONG = /^(?:H[1-6]|STRONG|B)$/;
const LINE_MAX = 2_000;

/**
 * Elements whose text titles what follows: headings, definition terms, table headers, and the
 * first cell of a table row ("Hébergeur" | "OVH SAS").
 */
function isLabelElement(element: Element, tag: string): boolean {
  if (/^(?:H[1-6]|DT|TH)$/.test(tag)) return true;
  return tag === 'TD' && !element.previousElementSibling && element.nextElementSibling !== null;
}

/**
 * Reads the text under `root` as lines: a line ends at a block boundary or a <br>. Iterative so
 * that deep nesting cannot overflow the stack, and stops after `cap` characters.
 */
export function readLines(root: Element, cap: number): Line[] {
  const lines: Line[] = [];
  let text = '';
  let strongChars = 0;
  let strongDepth = 0;
  let headingDepth = 0;
  let headingLine = false;
  let block = 0;
  let total = 0;
  const flush = () => {
    const squashed = text.replace(/\s+/g, ' ').trim();
    if (squashed) {
      const bold = strongChars >= squashed.replace(/[\s:]/g, '').length && squashed.length <= 80;
      lines.push({
        text: squashed,
        heading: (headingLine && squashed.length <= 120) || bold,
        block,
      });
      total += squashed.length;
    }
    text = '';
    strongChars = 0;
    headingLine = false;
  };
  // Nodes to visit, and closing markers (the element itself, tagged) to leave a block or bold run.
  const stack: [Node, boolean][] = [[root, false]];
  while (stack.length > 0 && total < cap) {
    const [node, closing] = stack.pop()!;
    if (node.nodeType === 3) {
      // Long text is cut into lines of at most LINE_MAX characters, and never read past the cap.
      let data = (node as Text).data;
      while (data && total + text.length < cap) {
        const room = LINE_MAX - text.length;
        const part = data.slice(0, room);
        data = data.slice(room);
        text += part;
        if (strongDepth > 0) strongChars += part.replace(/[\s:]/g, '').length;
        if (headingDepth > 0 && part.trim()) headingLine = true;
        if (text.length >= LINE_MAX) flush();
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (closing) {
      if (STRONG.test(tag)) {
        strongDepth--;
        // A bold run opening a line is a label of its own: "<b>Hébergeur :</b> OVH SAS".
        const soFar = text.replace(/[\s:]/g, '').length;
        if (strongDepth === 0 && soFar > 0 && soFar <= strongChars && soFar <= 60) {
          headingLine = true;
          flush();
        }
      }
      if (isLabelElement(node as Element, tag)) headingDepth--;
      if (BLOCK.test(tag)) {
        flush();
        block++;
      }
      continue;
    }
    if (SKIPPED.test(tag) || (node as Element).hasAttribute('hidden')) continue;
    if (tag === 'BR') {
      flush();
      continue;
    }
    if (BLOCK.test(tag)) {
      flush();
      block++;
    }
    if (STRONG.test(tag)) strongDepth++;
    if (isLabelElement(node as Element, tag)) headingDepth++;
    stack.push([node, true]);
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, false]);
  }
  flush();
  return lines;
}
