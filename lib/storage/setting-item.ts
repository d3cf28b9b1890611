import { browser } from 'wxt/browser';

/**
 * A typed setting in extension storage with a fallback and a version: the part of WXT's storage
 * items the content script needs, in a few hundred bytes instead of @wxt-dev/storage's 8 KB
 * (the content script runs on every page and has a 15 KB budget).
 *
 * Stored in WXT's own layout (value under `key`, metadata `{ v: version }` under `key$`), so an
 * item can move to `storage.defineItem` with migrations when a shape changes, without losing data.
 * Code that takes "any setting" (a React hook) types it as `SettingItem<T>`.
 */
export interface SettingItem<T> {
  readonly key: string;
  readonly fallback: T;
  readonly version: number;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls back with the new value (fallback when removed); returns the unwatch function. */
  watch(callback: (value: T) => void): () => void;
  removeValue(): Promise<void>;
}

type Area = 'local' | 'session' | 'sync';

export function defineSetting<T>(
  key: `${Area}:${string}`,
  options: { fallback: T; version: number },
): SettingItem<T> {
  const split = key.indexOf(':');
  const area = key.slice(0, split) as Area;
  const name = key.slice(split + 1);
  const store = () => browser.storage[area];
  const orFallback = (value: unknown) => (value ?? options.fallback) as T;
  return {
    key,
    fallback: options.fallback,
    version: options.version,
    async getValue() {
      const found = await store().get(name);
      return orFallback(found[name]);
    },
    async setValue(value) {
      await store().set({ [name]: value, [`${name}$`]: { v: options.version } });
    },
    async removeValue() {
      await store().remove([name, `${name}$`]);
    },
    watch(callback) {
      const listener = (changes: Record<string, { newValue?: unknown }>, changedArea: string) => {
        const change = changes[name];
        if (changedArea === area && change) callback(orFallback(change.newValue));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
