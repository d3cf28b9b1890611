import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';

/**
 * Page-lifetime memory for the tab's work: the options page shows one tab at a time, so going
 * to the ICP tab and back would otherwise drop an imported file and its review. Kept in memory
 * only, never stored: the accounts stay in this page and go when it closes.
 */
const memory = new Map<string, unknown>();

/** useState that survives the tab being hidden and shown again (not a page reload). */
export function useRemembered<T>(key: string, initial: T): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState<T>(() => (memory.has(key) ? (memory.get(key) as T) : initial));
  useEffect(() => {
    memory.set(key, value);
  }, [key, value]);
  return [value, setValue];
}
