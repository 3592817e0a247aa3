/**
 * Following stored items: the one way AVA's pages and its worker react to a change in storage, instead of a
 * hand-made onChanged listener and version counter in each place. Pure over an event source, so it runs without
 * chrome in tests; the edges pass `chrome.storage.onChanged` (src/ui/useItem.ts, src/background/main.ts).
 */
export type AreaName = 'local' | 'session' | 'sync' | 'managed';
export type ChangeListener = (changes: Record<string, unknown>, area: string) => void;
export interface ChangeSource {
  addListener(fn: ChangeListener): void;
  removeListener(fn: ChangeListener): void;
}

/**
 * Call `onChange` whenever one of `keys` (or a key the predicate accepts) changes in `area`. Returns the function
 * that stops watching; an AbortSignal stops it too (a page's or content script's one signal for every listener).
 */
export function watch(
  source: ChangeSource,
  area: AreaName,
  keys: readonly string[] | ((key: string) => boolean),
  onChange: () => void,
  signal?: AbortSignal,
): () => void {
  const wanted = typeof keys === 'function' ? keys : (k: string) => keys.includes(k);
  const listener: ChangeListener = (changes, changedArea) => {
    if (changedArea === area && Object.keys(changes).some(wanted)) onChange();
  };
  source.addListener(listener);
  const stop = () => source.removeListener(listener);
  signal?.addEventListener('abort', stop, { once: true });
  return stop;
}
