/**
 * Finds every regular expression in the project's TypeScript sources with the TypeScript compiler
 * API: regex literals, and `new RegExp(…)` / `RegExp(…)` calls whose pattern is evaluated
 * statically (string and template literals, `String.raw`, constants of the same file or imported
 * from another, `+`, `.source`, and pure string and array methods such as `join`, `map`, `replace`
 * with arrow functions). A call whose pattern depends on run-time values (a parameter, a loop
 * variable) is reported as dynamic, with its code, for the allow-list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export interface FoundPattern {
  /** Path from the project root, e.g. lib/extract/text.ts. */
  file: string;
  line: number;
  /** The constant it is declared as (`const EMPLOYEES = /…/`), if any. */
  name?: string;
  /** The pattern's source and flags, or undefined when it is only known at run time. */
  source?: string;
  flags?: string;
  /** The code that builds it (literal or call), shortened. */
  code: string;
}

/** Thrown when an expression's value cannot be known without running the program. */
class Dynamic extends Error {}

type Value = unknown;
type Scope = Map<string, Value>;

/** String and array methods that are pure: calling them on constants gives a constant. */
const PURE_METHODS = new Set([
  'join',
  'map',
  'filter',
  'slice',
  'concat',
  'replace',
  'replaceAll',
  'toLowerCase',
  'toUpperCase',
  'trim',
  'split',
  'repeat',
  'normalize',
  'padStart',
  'padEnd',
]);

export class PatternFinder {
  private readonly sources = new Map<string, ts.SourceFile>();

  constructor(private readonly root: string) {}

  /** Every pattern in the .ts/.tsx files under the given folders (relative to the root). */
  findAll(folders: readonly string[]): FoundPattern[] {
    const found: FoundPattern[] = [];
    for (const folder of folders)
      for (const file of listSources(join(this.root, folder))) found.push(...this.inFile(file));
    return found;
  }

  private sourceFile(path: string): ts.SourceFile {
    let file = this.sources.get(path);
    if (!file) {
      const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
      file = ts.createSourceFile(
        path,
        readFileSync(path, 'utf8'),
        ts.ScriptTarget.Latest,
        true,
        kind,
      );
      this.sources.set(path, file);
    }
    return file;
  }

  private inFile(path: string): FoundPattern[] {
    const file = this.sourceFile(path);
    const found: FoundPattern[] = [];
    const at = (node: ts.Node) => {
      let parent = node.parent;
      while (parent && (ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent)))
        parent = parent.parent;
      const name =
        parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)
          ? parent.name.text
          : undefined;
      return {
        file: relative(this.root, path),
        line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1,
        ...(name ? { name } : {}),
        code: node.getText().replace(/\s+/g, ' ').slice(0, 160),
      };
    };
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const regex = literalRegex(node.getText());
        found.push({ ...at(node), source: regex.source, flags: regex.flags });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        const [pattern, flags] = node.arguments ?? [];
        try {
          if (!pattern) throw new Dynamic();
          const value = this.evaluate(pattern, new Map());
          const flagValue = flags ? this.evaluate(flags, new Map()) : undefined;
          if (flagValue !== undefined && typeof flagValue !== 'string') throw new Dynamic();
          if (value instanceof RegExp)
            found.push({ ...at(node), source: value.source, flags: flagValue ?? value.flags });
          else if (typeof value === 'string')
            found.push({ ...at(node), source: value, flags: flagValue ?? '' });
          else throw new Dynamic();
        } catch (error) {
          if (!(error instanceof Dynamic)) throw error;
          found.push(at(node));
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
    return found;
  }

  /** The value of an expression made of constants, or throws Dynamic. */
  private evaluate(node: ts.Expression, scope: Scope): Value {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
    if (ts.isNumericLiteral(node)) return Number(node.text);
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) return literalRegex(node.getText());
    if (
      ts.isParenthesizedExpression(node) ||
      ts.isAsExpression(node) ||
      ts.isSatisfiesExpression(node) ||
      ts.isNonNullExpression(node)
    )
      return this.evaluate(node.expression, scope);
    if (ts.isTemplateExpression(node)) {
      let text = node.head.text;
      for (const span of node.templateSpans)
        text += String(this.evaluate(span.expression, scope)) + span.literal.text;
      return text;
    }
    if (ts.isTaggedTemplateExpression(node)) {
      if (node.tag.getText() !== 'String.raw') throw new Dynamic();
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) return rawText(template);
      let text = rawText(template.head);
      for (const span of template.templateSpans)
        text += String(this.evaluate(span.expression, scope)) + rawText(span.literal);
      return text;
    }
    if (ts.isArrayLiteralExpression(node))
      return node.elements.map((element) => {
        if (ts.isSpreadElement(element)) throw new Dynamic();
        return this.evaluate(element, scope);
      });
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const left = this.evaluate(node.left, scope);
      const right = this.evaluate(node.right, scope);
      if (typeof left === 'number' && typeof right === 'number') return left + right;
      return String(left) + String(right);
    }
    if (ts.isIdentifier(node)) {
      if (scope.has(node.text)) return scope.get(node.text);
      return this.constant(node);
    }
    if (ts.isPropertyAccessExpression(node)) {
      const target = this.evaluate(node.expression, scope);
      const name = node.name.text;
      if (target instanceof RegExp && (name === 'source' || name === 'flags')) return target[name];
      if ((typeof target === 'string' || Array.isArray(target)) && name === 'length')
        return target.length;
      throw new Dynamic();
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      if (!PURE_METHODS.has(method)) throw new Dynamic();
      const target = this.evaluate(node.expression.expression, scope);
      if (typeof target !== 'string' && !Array.isArray(target)) throw new Dynamic();
      const args = node.arguments.map((argument) =>
        ts.isArrowFunction(argument)
          ? this.closure(argument, scope)
          : this.evaluate(argument, scope),
      );
      const fn = (target as unknown as Record<string, (...a: unknown[]) => unknown>)[method];
      if (typeof fn !== 'function') throw new Dynamic();
      return fn.apply(target, args);
    }
    throw new Dynamic();
  }

  /** An arrow function with an expression body, as a JS function over constants. */
  private closure(arrow: ts.ArrowFunction, scope: Scope): (...args: unknown[]) => unknown {
    if (!ts.isExpression(arrow.body)) throw new Dynamic();
    const body = arrow.body;
    const names = arrow.parameters.map((parameter) => {
      if (!ts.isIdentifier(parameter.name)) throw new Dynamic();
      return parameter.name.text;
    });
    return (...args: unknown[]) => {
      const inner: Scope = new Map(scope);
      names.forEach((name, index) => inner.set(name, args[index]));
      return this.evaluate(body, inner);
    };
  }

  /** The value of a `const` the identifier refers to, in its file or the file it is imported from. */
  private constant(identifier: ts.Identifier): Value {
    const file = identifier.getSourceFile();
    return this.exported(file, identifier.text, identifier);
  }

  private exported(file: ts.SourceFile, name: string, from?: ts.Node): Value {
    // The nearest enclosing block declaring the name, then the module itself.
    for (let node: ts.Node | undefined = from; node; node = node.parent) {
      if (bindsLocally(node, name)) throw new Dynamic();
      const statements =
        ts.isBlock(node) || ts.isSourceFile(node) || ts.isModuleBlock(node)
          ? node.statements
          : undefined;
      if (!statements) continue;
      for (const statement of statements) {
        const value = this.declared(statement, name, file);
        if (value !== NOT_HERE) return value;
      }
    }
    if (!from)
      for (const statement of file.statements) {
        const value = this.declared(statement, name, file);
        if (value !== NOT_HERE) return value;
      }
    throw new Dynamic();
  }

  /** The value a statement gives `name` (const or import), or NOT_HERE. */
  private declared(statement: ts.Statement, name: string, file: ts.SourceFile): Value {
    if (ts.isVariableStatement(statement)) {
      if (!(statement.declarationList.flags & ts.NodeFlags.Const)) return NOT_HERE;
      for (const declaration of statement.declarationList.declarations)
        if (ts.isIdentifier(declaration.name) && declaration.name.text === name) {
          if (!declaration.initializer) throw new Dynamic();
          return this.evaluate(declaration.initializer, new Map());
        }
      return NOT_HERE;
    }
    if (
      ts.isImportDeclaration(statement) &&
      statement.importClause?.namedBindings &&
      ts.isNamedImports(statement.importClause.namedBindings) &&
      ts.isStringLiteral(statement.moduleSpecifier)
    ) {
      for (const element of statement.importClause.namedBindings.elements) {
        if (element.name.text !== name) continue;
        const target = this.resolveModule(file.fileName, statement.moduleSpecifier.text);
        if (!target) throw new Dynamic();
        return this.exported(this.sourceFile(target), (element.propertyName ?? element.name).text);
      }
    }
    return NOT_HERE;
  }

  private resolveModule(fromFile: string, specifier: string): string | undefined {
    const base = specifier.startsWith('@/')
      ? join(this.root, specifier.slice(2))
      : specifier.startsWith('.')
        ? resolve(dirname(fromFile), specifier)
        : undefined;
    if (!base) return undefined;
    for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')])
      try {
        readFileSync(candidate);
        return candidate;
      } catch {
        // try the next
      }
    return undefined;
  }
}

const NOT_HERE = Symbol('not declared here');

/** Whether a function's parameters or a loop's variables bind `name` (a run-time value). */
function bindsLocally(node: ts.Node, name: string): boolean {
  const names = (binding: ts.BindingName): string[] =>
    ts.isIdentifier(binding)
      ? [binding.text]
      : binding.elements.flatMap((element) =>
          ts.isOmittedExpression(element) ? [] : names(element.name),
        );
  if (ts.isFunctionLike(node))
    return node.parameters.some((parameter) => names(parameter.name).includes(name));
  if (ts.isForOfStatement(node) || ts.isForInStatement(node) || ts.isForStatement(node)) {
    const list = node.initializer;
    return (
      !!list &&
      ts.isVariableDeclarationList(list) &&
      list.declarations.some((declaration) => names(declaration.name).includes(name))
    );
  }
  if (ts.isCatchClause(node) && node.variableDeclaration)
    return names(node.variableDeclaration.name).includes(name);
  return false;
}

/** A regex literal's text (`/a+/gi`) as a RegExp. */
function literalRegex(text: string): RegExp {
  const end = text.lastIndexOf('/');
  return new RegExp(text.slice(1, end), text.slice(end + 1));
}

/** The raw text of a template part, as String.raw sees it. */
function rawText(node: ts.TemplateLiteralLikeNode): string {
  return node.rawText ?? node.text;
}

function listSources(folder: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...listSources(path));
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out.sort();
}
