import { watchesApiUrl } from '../providers/capture.ts';
import { readResponse } from '../providers/read-response.ts';
import type { BalanceReading, ProviderCapture } from '../providers/types.ts';
import type { Generation } from '../shared/generation.ts';
import { mergeGeneration } from '../shared/merge-generation.ts';
import { reportPath, shapeOf, unreadableShape } from '../shared/shape.ts';
// Type only: the content script stays free of zod; the worker validates with the schema.
import type { UnreadResponse } from '../shared/unread.ts';
/** Distinct (path, kind) pairs held between reports: a page cannot grow this without bound. */
const MAX_UNREAD = 20;

const same = (a: Generation, b: Generation) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Collects what the tap and the DOM reader find on one page and hands out only what changed since the last report,
 * so a chatty app polling its status endpoint does not flood the service worker.
 */
export class Collector {
  private seen = new Map<string, Generation>();
  private dirty = new Set<string>();
  /** Balance readings not yet reported, bounded: the service worker keeps the history, not the page. */
  private readings: BalanceReading[] = [];
  /** Watched responses nothing could be read from, by kind and path, until the next report. */
  private unread = new Map<string, UnreadResponse>();
  problems: string[] = [];
  networkHits = 0;

  constructor(private provider: ProviderCapture) {}

  /**
   * A response the tap saw. Returns false when the URL is not one of the provider's generation endpoints. What the
   * provider's parser cannot read goes to the generic fallback, and is counted for the diagnostics either way.
   */
  addResponse(url: string, bodyText: string, contentType?: string): boolean {
    if (!watchesApiUrl(this.provider, url)) return false;
    const r = readResponse(this.provider, url, bodyText);
    this.problems.push(...r.problems);
    if (r.outcome === 'unreadable') this.problems.push(`unreadable response from ${reportPath(url)}`);
    else this.networkHits++;
    this.add(r.generations);
    const readings = r.body === undefined ? 0 : this.addBalances(url, r.body);
    // A response that only carries a balance (Sora's /backend/nf/check) was read, not missed.
    if (r.outcome === 'unreadable' || ((r.outcome === 'rejected' || r.outcome === 'empty') && readings === 0)) {
      const shape = r.outcome === 'unreadable' ? unreadableShape(contentType) : shapeOf(r.body);
      this.noteUnread(reportPath(url), r.outcome, shape);
    }
    if (this.problems.length > 20) this.problems.splice(0, this.problems.length - 20);
    return true;
  }

  private noteUnread(path: string, kind: UnreadResponse['kind'], shape: string): void {
    const key = `${kind} ${path}`;
    const old = this.unread.get(key);
    if (old) {
      old.count++;
      old.shape = shape;
    } else if (this.unread.size < MAX_UNREAD) this.unread.set(key, { path, kind, shape, count: 1 });
  }

  /** The unread responses since the last call, for the worker's diagnostics. */
  takeUnread(): UnreadResponse[] {
    const out = [...this.unread.values()];
    this.unread.clear();
    return out;
  }

  addDom(root: ParentNode, pageUrl: string): void {
    try {
      this.add(this.provider.parseDom(root, pageUrl).generations);
    } catch (err) {
      this.problems.push(`page reader: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private add(list: readonly Generation[]): void {
    for (const g of list) {
      if (g.provider !== this.provider.id) continue;
      const old = this.seen.get(g.id);
      const merged = mergeGeneration(old, g);
      if (old && same(old, merged)) continue;
      this.seen.set(g.id, merged);
      this.dirty.add(g.id);
    }
  }

  /** Balances or charges in the same response (Sora credit_remaining, Flow remainingCredits, Kling charges). */
  private addBalances(url: string, body: unknown): number {
    if (!this.provider.parseBalance) return 0;
    let n = 0;
    try {
      const found = this.provider.parseBalance(url, body);
      n = found.length;
      this.readings.push(...found);
    } catch (err) {
      this.problems.push(`balance reader: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (this.readings.length > 50) this.readings.splice(0, this.readings.length - 50);
    return n;
  }

  /** The readings since the last call, oldest first. */
  takeReadings(): BalanceReading[] {
    return this.readings.splice(0);
  }

  get size(): number {
    return this.seen.size;
  }

  /** The generations that changed since the last call. */
  takeChanged(): Generation[] {
    const out = [...this.dirty].map((id) => this.seen.get(id)!).filter(Boolean);
    this.dirty.clear();
    return out;
  }
}
