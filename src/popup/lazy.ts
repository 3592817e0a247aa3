import { type ComponentType, h } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export type LazyComponent<P> = ComponentType<P> & { preload: () => Promise<unknown> };

/**
 * A component whose code is loaded (dynamic import) the first time it is rendered or preloaded, so the popup's first
 * view does not parse and run code it may never show. Until the code is there it renders nothing: every panel loaded
 * this way already renders nothing while it reads its own data. Once loaded, it renders synchronously, so a preloaded
 * panel appears in the same frame as the click that asked for it.
 */
export function lazy<P>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let Loaded: ComponentType<P> | undefined;
  let loading: Promise<unknown> | undefined;
  const preload = () => (loading ??= load().then((c) => (Loaded = c)));
  function Lazy(props: P) {
    const [, setReady] = useState(!!Loaded);
    useEffect(() => {
      if (!Loaded) void preload().then(() => setReady(true));
    }, []);
    return Loaded ? h(Loaded as ComponentType<object>, props as object) : null;
  }
  return Object.assign(Lazy, { preload });
}
