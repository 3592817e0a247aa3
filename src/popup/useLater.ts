import { useEffect, useState } from 'preact/hooks';

/** What the popup needs only after its first view is up: see later.ts. */
export type Later = typeof import('./later.ts');

let loaded: Later | undefined;
let loading: Promise<Later> | undefined;

/** Loads later.ts once; every caller gets the same module. */
export function loadLater(): Promise<Later> {
  loading ??= import('./later.ts').then((m) => (loaded = m));
  return loading;
}

/**
 * later.ts once `start` is true (the first view is drawn) and the module has loaded; undefined until then. Started
 * from an effect, so its code (zod, the provider registry, the drafting) runs after the list is on screen.
 */
export function useLater(start: boolean): Later | undefined {
  const [m, setM] = useState<Later | undefined>(() => loaded);
  useEffect(() => {
    if (start && !m) void loadLater().then((x) => setM(() => x));
  }, [start]);
  return m;
}
