import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { z } from 'zod';
import { defineItem, type StoredItem } from '../../../lib/storage/item';
import { ALL_ITEMS } from '../../../lib/storage/items';

/**
 * Storage migrations: each version step of each item (lib/storage/items.ts) has a case here, run
 * on WXT's fake browser the way the extension runs it (stored at the old version, read at the
 * new one). Every item is at version 1 today: add a case with each new version.
 */

interface MigrationCase {
  item: StoredItem<unknown>;
  /** The version the case migrates to. */
  version: number;
  /** What the previous version stored. */
  stored: unknown;
  expected: unknown;
}

const CASES: MigrationCase[] = [];

beforeEach(() => {
  fakeBrowser.reset();
});

/** Stores `value` as version `version` wrote it, then defines the item again and reads it. */
async function readAfterUpgrade<T>(
  define: () => StoredItem<T>,
  key: string,
  value: unknown,
  version: number,
): Promise<{ value: T; meta: unknown }> {
  const name = key.slice(key.indexOf(':') + 1);
  await fakeBrowser.storage.local.set({ [name]: value, [`${name}$`]: { v: version } });
  const item = define();
  await item.migrate();
  const read = await item.getValue();
  return { value: read, meta: (await fakeBrowser.storage.local.get(`${name}$`))[`${name}$`] };
}

describe('storage migrations', () => {
  it('every version step of every item has a case', () => {
    const missing = ALL_ITEMS.flatMap((item) =>
      Array.from({ length: item.version - 1 }, (_, i) => i + 2)
        .filter((version) => !CASES.some((c) => c.item === item && c.version === version))
        .map((version) => `${item.key} v${version}`),
    );
    expect(missing).toEqual([]);
    for (const item of ALL_ITEMS)
      expect(Object.keys(item.migrations).map(Number).sort(), item.key).toEqual(
        Array.from({ length: item.version - 1 }, (_, i) => i + 2),
      );
  });

  it.each(CASES.map((c) => [`${c.item.key} v${c.version}`, c] as const))('%s', async (_, c) => {
    const { value } = await readAfterUpgrade(() => c.item, c.item.key, c.stored, c.version - 1);
    expect(value).toEqual(c.expected);
  });

  // How a migration runs, on an item made for the test: what a real case relies on.
  const v2 = () =>
    defineItem<{ sites: string[] }>('local:testSites', {
      fallback: { sites: [] },
      schema: z.object({ sites: z.array(z.string()) }),
      version: 2,
      migrations: {
        // v1 stored a comma-separated string.
        2: (old) => ({ sites: String(old).split(',').filter(Boolean) }),
      },
    });

  it('runs the migration once on a value an older version stored, and records the version', async () => {
    const { value, meta } = await readAfterUpgrade(v2, 'local:testSites', 'a.example,b.example', 1);
    expect(value).toEqual({ sites: ['a.example', 'b.example'] });
    expect(meta).toEqual({ v: 2 });
  });

  it('checks the migrated value like any other: a broken one falls back', async () => {
    const { value } = await readAfterUpgrade(
      () =>
        defineItem<number>('local:testCount', {
          fallback: 0,
          schema: z.number().int(),
          version: 2,
          migrations: { 2: (old) => `${String(old)}!` },
        }),
      'local:testCount',
      3,
      1,
    );
    expect(value).toBe(0);
  });
});
