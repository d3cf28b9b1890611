import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Arrows one way: every import of lib/, components/ and entrypoints/ (type-only and dynamic ones
 * included, read with the TypeScript compiler) goes to the importer's own layer or a lower one
 * (.config/layers.json), and no files import each other in a circle.
 */

const root = fileURLToPath(new URL('../../..', import.meta.url));
const FOLDERS = ['lib', 'components', 'entrypoints'];

interface Layer {
  name: string;
  paths: string[];
}

const { layers } = JSON.parse(readFileSync(join(root, '.config/layers.json'), 'utf8')) as {
  layers: Layer[];
};

function sources(folder: string): string[] {
  return readdirSync(join(root, folder)).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(join(root, path)).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The layer of a file: the one with the longest path that names it (index in `layers`). */
function layerOf(file: string): number | undefined {
  let best: { index: number; length: number } | undefined;
  layers.forEach((layer, index) => {
    for (const path of layer.paths)
      if ((file === path || file.startsWith(`${path}/`)) && path.length > (best?.length ?? -1))
        best = { index, length: path.length };
  });
  return best?.index;
}

/** The project file an import names, or undefined (a package, a JSON, CSS or public file). */
function resolve(from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith('@/')) base = specifier.slice(2);
  else if (specifier.startsWith('.')) base = normalize(join(dirname(from), specifier));
  else return undefined;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`])
    if (/\.tsx?$/.test(candidate) && existsSync(join(root, candidate))) return candidate;
  return undefined;
}

const files = FOLDERS.flatMap(sources);
const imports = new Map(
  files.map((file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const found = ts
      .preProcessFile(text, true, true)
      .importedFiles.map((entry) => resolve(file, entry.fileName))
      .filter((target): target is string => target !== undefined);
    return [file, [...new Set(found)]];
  }),
);

/** Files that import each other in a circle (Tarjan's strongly connected components). */
function circles(): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (file: string) => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const target of imports.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || (imports.get(file) ?? []).includes(file))
        found.push(component.sort());
    }
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return found;
}

describe('the layers (.config/layers.json)', () => {
  it('place every file of lib/, components/ and entrypoints/', () => {
    expect(files.length).toBeGreaterThan(200);
    expect(files.filter((file) => layerOf(file) === undefined)).toEqual([]);
  });

  it('name only paths that exist, each once', () => {
    const paths = layers.flatMap((layer) => layer.paths);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.filter((path) => !existsSync(join(root, path)))).toEqual([]);
  });

  it('are never imported upwards', () => {
    const upwards: string[] = [];
    for (const [file, targets] of imports)
      for (const target of targets) {
        const from = layerOf(file)!;
        const to = layerOf(target);
        if (to !== undefined && to > from)
          upwards.push(`${file} (${layers[from]!.name}) → ${target} (${layers[to]!.name})`);
      }
    expect(upwards).toEqual([]);
  });

  it('hold no import cycle', () => {
    expect(circles()).toEqual([]);
  });

  it('see the imports a file has, type-only and dynamic ones too', () => {
    const of = (file: string) => imports.get(file) ?? [];
    expect(of('lib/messaging/protocol.ts')).toContain('lib/score/tiers.ts');
    expect(of('entrypoints/content/index.ts')).toContain('lib/session/page-session.ts');
    expect(of('lib/cli/commands/suggest.ts')).toContain('lib/derive/load.ts');
  });
});
