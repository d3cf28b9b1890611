import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';

/**
 * Every word the extension's pages show comes from the message catalogue (public/_locales), so
 * it exists in English and French. This walks components/ and entrypoints/ with the TypeScript
 * compiler and fails on text written in the code instead: JSX text, string literals rendered as
 * children, text attributes (title, placeholder, aria-label, alt, label…), and messages handed
 * to a page's notice setters. Literal keys passed to t() are checked against the catalogue.
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));
const FOLDERS = ['components', 'entrypoints'];

/** Attributes whose value people read or hear. Everything else (className, id, type…) is code. */
const TEXT_ATTRIBUTES = new Set([
  'title',
  'placeholder',
  'alt',
  'label',
  'summary',
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
]);

/** Setters whose argument becomes a message on the page. */
const NOTICE_SETTERS = /^set(Notice|Error|Message|Problem|Status|Failure)$/;

/** Functions whose string arguments are message keys. */
const TRANSLATORS = new Set(['t', 'tn', 'phrase']);

/**
 * Text that may stay in code, with the reason. Strings without a letter (✓, ×, —, " · ") are
 * always allowed: they read the same in every language.
 */
const ALLOWED: { test: (text: string) => boolean; reason: string }[] = [
  {
    test: (text) => /^[A-Z0-9]{2,5}$/.test(text.trim()),
    reason: 'file-format names and codes (CSV, JSON) read the same in every language',
  },
];

interface Finding {
  file: string;
  line: number;
  text: string;
  where: string;
}

function sourceFiles(folder: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(name) && !/\.d\.ts$/.test(name)) out.push(path);
  }
  return out;
}

const isText = (text: string) =>
  /\p{L}/u.test(text) && !ALLOWED.some((allowed) => allowed.test(text));

/**
 * The string parts of an expression that end up on the page as they are: the expression itself,
 * both branches of a condition, the right side of && || ??, concatenations and template text.
 * Anything passed to a call (a message key, an argument) or compared is not shown.
 */
function shownStrings(node: ts.Node): ts.Node[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node];
  if (ts.isTemplateExpression(node))
    return [
      node.head,
      ...node.templateSpans.flatMap((span) => [...shownStrings(span.expression), span.literal]),
    ];
  if (ts.isParenthesizedExpression(node)) return shownStrings(node.expression);
  if (ts.isConditionalExpression(node))
    return [...shownStrings(node.whenTrue), ...shownStrings(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.PlusToken)
      return [...shownStrings(node.left), ...shownStrings(node.right)];
    if (
      op === ts.SyntaxKind.AmpersandAmpersandToken ||
      op === ts.SyntaxKind.BarBarToken ||
      op === ts.SyntaxKind.QuestionQuestionToken
    )
      return shownStrings(node.right);
  }
  return [];
}

function literalText(node: ts.Node): string {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node))
    return node.text;
  return '';
}

interface Scan {
  findings: Finding[];
  keys: { key: string; line: number }[];
  /** Sentences sitting anywhere else in the code (label tables, default texts). */
  prose: Finding[];
}

/** Attributes whose values are code even when they hold several words. */
const CODE_ATTRIBUTES = new Set(['className', 'rel']);

/** Prose kept in code on purpose, by file, with the reason. */
const PROSE_ALLOWED: Record<string, { text: RegExp; reason: string }[]> = {
  'components/icp/PreviewPanel.tsx': [
    {
      text: /^\{\n {2}"name": "Nordlys Analytics"/,
      reason:
        'sample company facts in the JSON format the preview reads; field names are the format',
    },
  ],
  'components/result/scorer-text.ts': [
    {
      text: /^( partly overlaps |; its middle decides)$/,
      reason: 'the scorer’s English note being recognised to be translated, never shown as is',
    },
  ],
};

/** Where a literal of several words is code, not prose: a class list, a comparison, a log line. */
function isCodeContext(node: ts.Node, source: ts.SourceFile): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (ts.isJsxAttribute(current)) return CODE_ATTRIBUTES.has(current.name.getText(source));
    if (ts.isImportDeclaration(current) || ts.isExportDeclaration(current)) return true;
    if (
      ts.isBinaryExpression(current) &&
      [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(
        current.operatorToken.kind,
      )
    )
      return true;
    if (ts.isCallExpression(current) && /^console\./.test(current.expression.getText(source)))
      return true;
    if (ts.isBlock(current) || ts.isSourceFile(current)) return false;
  }
  return false;
}

/** Scans one source text; `path` names it in the findings. */
function scan(path: string, text = readFileSync(path, 'utf8')): Scan {
  const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const file = relative(root, path);
  const findings: Finding[] = [];
  const keys: { key: string; line: number }[] = [];
  const prose: Finding[] = [];
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const report = (node: ts.Node, where: string) => {
    for (const part of shownStrings(node)) {
      const shown = literalText(part);
      if (isText(shown)) findings.push({ file, line: lineOf(part), text: shown.trim(), where });
    }
  };

  const visit = (node: ts.Node) => {
    const literal = literalText(node);
    if (
      /\p{L}{2,}\s+\p{L}{2,}/u.test(literal) &&
      !isCodeContext(node, source) &&
      !(PROSE_ALLOWED[file] ?? []).some((allowed) => allowed.text.test(literal))
    )
      prose.push({ file, line: lineOf(node), text: literal.trim(), where: 'string in code' });
    if (ts.isJsxText(node) && isText(node.text))
      findings.push({ file, line: lineOf(node), text: node.text.trim(), where: 'JSX text' });
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent))
      report(node.expression, 'JSX child');
    if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(source);
      if (TEXT_ATTRIBUTES.has(name) && node.initializer) {
        if (ts.isStringLiteral(node.initializer)) report(node.initializer, `${name}=`);
        else if (ts.isJsxExpression(node.initializer) && node.initializer.expression)
          report(node.initializer.expression, `${name}=`);
      }
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : '';
      if (NOTICE_SETTERS.test(name))
        for (const argument of node.arguments) {
          report(argument, `${name}()`);
          if (ts.isObjectLiteralExpression(argument))
            for (const property of argument.properties)
              if (ts.isPropertyAssignment(property) && property.name.getText(source) === 'text')
                report(property.initializer, `${name}({ text })`);
        }
      const [first] = node.arguments;
      if (TRANSLATORS.has(name) && first && ts.isStringLiteral(first))
        keys.push({ key: first.text, line: lineOf(first) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { findings, keys, prose };
}

const files = FOLDERS.flatMap((folder) => sourceFiles(join(root, folder)));
const scanned = files.map((path) => ({ path, ...scan(path) }));

describe('UI strings come from the message catalogue', () => {
  it('finds the component files to check', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it('no component or page renders text written in the code', () => {
    const findings = scanned.flatMap((entry) => entry.findings);
    expect(
      findings.map(
        (finding) => `${finding.file}:${finding.line} ${finding.where} "${finding.text}"`,
      ),
    ).toEqual([]);
  });

  it('no sentence hides in a component’s constants (label tables, default texts)', () => {
    // Findings the JSX checks already report are not repeated here.
    const shown = new Set(
      scanned.flatMap((entry) =>
        entry.findings.map((finding) => `${finding.file}:${finding.line}`),
      ),
    );
    const prose = scanned
      .flatMap((entry) => entry.prose)
      .filter((finding) => !shown.has(`${finding.file}:${finding.line}`));
    expect(prose.map((finding) => `${finding.file}:${finding.line} "${finding.text}"`)).toEqual([]);
  });

  it('every literal key given to t(), tn() or phrase() exists in the catalogue', () => {
    const known = new Set(Object.keys(en));
    const plurals = new Set(
      Object.keys(en)
        .filter((key) => key.endsWith('_other'))
        .map((key) => key.slice(0, -'_other'.length)),
    );
    const missing = scanned.flatMap(({ path, keys }) =>
      keys
        .filter(({ key }) => !known.has(key) && !plurals.has(key))
        .map(({ key, line }) => `${relative(root, path)}:${line} ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('catches what it is meant to catch (the scanner itself)', () => {
    const sample = [
      `export const A = () => <p title="Hover me">Hello {cond ? 'yes' : t('no')}</p>;`,
      `const B = () => { setNotice('Saved.'); return <i aria-label={\`Remove \${x}\`}>×</i>; };`,
      `const C = () => <b className="not-text" data-x="y">{t('key')}{' · '}CSV {a === 'b' && n}</b>;`,
    ].join('\n');
    const { findings, keys, prose } = scan(
      join(root, 'components', 'probe.tsx'),
      `${sample}\nconst LABELS = { must: 'Must have', nice: 'nice-to-have' };\nconst c = 'a b' === x;`,
    );
    expect(prose.map((finding) => finding.text)).toEqual(['Hover me', 'Must have']);
    expect(findings.map((finding) => finding.text)).toEqual([
      'Hover me',
      'Hello',
      'yes',
      'Saved.',
      'Remove',
    ]);
    expect(keys.map((entry) => entry.key)).toEqual(['no', 'key']);
  });
});
