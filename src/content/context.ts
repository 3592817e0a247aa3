/**
 * A content script's life on one page, with one AbortSignal for every listener, timer and observer it starts. After
 * an extension update or reload Chrome leaves the old script running in open tabs with no connection to AVA
 * ("Extension context invalidated"): the context notices (its `valid` check fails at the next event or timer) and
 * aborts, which removes everything at once and runs the `onAbort` callbacks, so nothing can be forgotten.
 */
export class ContentContext {
  private readonly ctl = new AbortController();
  readonly signal = this.ctl.signal;

  /** `valid`: is the extension still there? (chrome.runtime.id disappears from an orphaned script.) */
  constructor(private readonly valid: () => boolean) {}

  /** True once stopped; checking it also stops an orphaned context. */
  get stopped(): boolean {
    if (!this.signal.aborted && !this.valid()) this.stop();
    return this.signal.aborted;
  }

  stop(): void {
    this.ctl.abort();
  }

  onAbort(fn: () => void): void {
    if (this.signal.aborted) fn();
    else this.signal.addEventListener('abort', fn, { once: true });
  }

  /** A DOM listener removed when the context stops. */
  listen<K extends keyof WindowEventMap>(target: Window, type: K, fn: (e: WindowEventMap[K]) => void): void;
  listen(target: EventTarget, type: string, fn: (e: Event) => void, opts?: AddEventListenerOptions): void;
  listen(target: EventTarget, type: string, fn: (e: Event) => void, opts: AddEventListenerOptions = {}): void {
    target.addEventListener(type, fn, { ...opts, signal: this.signal });
  }

  /** A timeout that does not fire once the context has stopped (and is cleared when it stops). */
  setTimeout(fn: () => void, ms: number): ReturnType<typeof setTimeout> {
    const id = setTimeout(() => this.stopped || fn(), ms);
    this.onAbort(() => clearTimeout(id));
    return id;
  }

  setInterval(fn: () => void, ms: number): ReturnType<typeof setInterval> {
    const id = setInterval(() => this.stopped || fn(), ms);
    this.onAbort(() => clearInterval(id));
    return id;
  }

  /** An observer disconnected when the context stops. */
  observe(target: Node, fn: () => void, opts: MutationObserverInit): MutationObserver {
    const observer = new MutationObserver(() => this.stopped || fn());
    observer.observe(target, opts);
    this.onAbort(() => observer.disconnect());
    return observer;
  }
}
