import { useCallback, useEffect, useState } from 'react';
import type { StoredItem } from '../../lib/storage/item';

/**
 * A stored setting's value (undefined until read) and its setter; follows changes made anywhere
 * (another page, the background, the content script through the background).
 */
export function useStorageItem<T>(
  item: Pick<StoredItem<T>, 'getValue' | 'setValue' | 'watch'>,
): [T | undefined, (value: T) => Promise<void>] {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void item.getValue().then((current) => live && setValue(current));
    const unwatch = item.watch((next) => setValue(next));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  const set = useCallback((next: T) => item.setValue(next), [item]);
  return [value, set];
}
