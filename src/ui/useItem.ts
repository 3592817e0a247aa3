import { useEffect, useState } from 'preact/hooks';
import { type AreaName, watch } from '../storage/watch.ts';
import { type ItemSpec, Store } from '../storage/store.ts';

const stores: Partial<Record<AreaName, Store>> = {};
/** The versioned store over one chrome.storage area (extension pages are trusted contexts and may read both). */
export function storeFor(area: 'local' | 'session'): Store {
  return (stores[area] ??= new Store(chrome.storage[area]));
}

/**
 * Follow one stored item: `onValue` now and again whenever it changes in storage, until the returned stop is called.
 * For a hook that cannot import this statically (the popup's first view, see popup/useAnalysis.ts).
 */
export function followItem<T>(spec: ItemSpec<T>, area: 'local' | 'session', onValue: (v: T) => void): () => void {
  const ctl = new AbortController();
  const load = () =>
    void storeFor(area)
      .read(spec)
      .then((v) => ctl.signal.aborted || onValue(v));
  load();
  watch(chrome.storage.onChanged, area, [spec.key], load, ctl.signal);
  return () => ctl.abort();
}

/**
 * Follow one stored item from a page: read it now and again whenever it changes in storage. `undefined` until the
 * first read. The one storage hook of the popup and the dashboard (storage/watch.ts underneath).
 */
export function useItem<T>(spec: ItemSpec<T>, area: 'local' | 'session' = 'local'): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => followItem(spec, area, (v) => setValue(() => v)), [spec, area]);
  return value;
}

/** Re-run `onChange` when any of `keys` changes in `area`, for as long as the component is mounted. */
export function useStorageChange(area: 'local' | 'session', keys: readonly string[], onChange: () => void): void {
  useEffect(() => {
    const ctl = new AbortController();
    watch(chrome.storage.onChanged, area, keys, onChange, ctl.signal);
    return () => ctl.abort();
  }, [area, keys.join('\n'), onChange]);
}
