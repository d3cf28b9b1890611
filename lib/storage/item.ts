import { storage } from 'wxt/utils/storage';
import type { z } from 'zod';

/**
 * A setting in extension storage: a WXT storage item (value under its key, version under
 * `key$`, migrations run by WXT when the version rises) whose value is checked every time it is
 * read. A stored value that does not fit (written by an older or broken build, or by hand) is
 * never used: the fallback is, and the console says so (once per key and value).
 *
 * Background and extension pages only: the content scripts ask the background for what they need
 * (lib/background/page-settings.ts), so they bundle neither WXT's storage module nor zod.
 */
export interface StoredItem<T> {
  readonly key: string;
  readonly fallback: T;
  /** The shape's version; each step up has a migration in `migrations` and a unit test. */
  readonly version: number;
  /** Version → the function turning the previous version's value into this one's. */
  readonly migrations: Readonly<Record<number, (value: unknown) => unknown>>;
  /** The stored value if valid, else the fallback. */
  getValue(): Promise<T>;
  /** Stores a value; throws on one that does not fit the schema (a bug, not user input). */
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  /** Calls back with each new value (checked like getValue) and the previous one; returns the unwatch. */
  watch(callback: (value: T, previous: T) => void): () => void;
  /** Runs the migrations now (WXT also runs them when the item is defined). */
  migrate(): Promise<void>;
}

export interface ItemOptions<T> {
  fallback: T;
  schema: z.ZodType<T>;
  /** 1 unless the shape changed; raise it and add a migration for the new version. */
  version?: number;
  migrations?: Record<number, (value: unknown) => unknown>;
}

const warned = new Set<string>();

function show(value: unknown): string {
  try {
    return (JSON.stringify(value) ?? String(value)).slice(0, 120);
  } catch {
    return String(value);
  }
}

/** Defines a checked storage item; `key` names its area (`local:` or `session:`). */
export function defineItem<T>(
  key: `local:${string}` | `session:${string}`,
  options: ItemOptions<T>,
): StoredItem<T> {
  const { fallback, schema, version = 1, migrations = {} } = options;
  // `migrations` always given, even empty: WXT then records the version with the first value
  // stored, so a later migration knows what it starts from.
  const item = storage.defineItem<T>(key, { fallback, version, migrations });
  const checked = (value: T | null | undefined): T => {
    if (value === null || value === undefined) return fallback;
    const parsed = schema.safeParse(value);
    if (parsed.success) return value;
    const seen = `${key}=${show(value)}`;
    if (!warned.has(seen)) {
      warned.add(seen);
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
      console.warn(
        `[icp-lens] the stored setting ${key} is not valid (${show(value)}${where}: ` +
          `${issue?.message ?? 'invalid'}); using the default ${show(fallback)} instead`,
      );
    }
    return fallback;
  };
  return {
    key,
    fallback,
    version,
    migrations,
    async getValue() {
      return checked(await item.getValue());
    },
    async setValue(value) {
      const parsed = schema.safeParse(value);
      if (!parsed.success)
        throw new Error(`[icp-lens] refused to store ${key}: ${parsed.error.issues[0]?.message}`);
      await item.setValue(value);
    },
    removeValue: () => item.removeValue(),
    watch(callback) {
      return item.watch((value, previous) => callback(checked(value), checked(previous)));
    },
    migrate: () => item.migrate(),
  };
}
