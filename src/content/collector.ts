import type { BalanceReading, ProviderDefinition } from '../providers/types.ts';
import type { Generation } from '../shared/generation.ts';

/** Merge two sightings of one generation: network data is richer than the DOM's, newer fields win. */
export function mergeGeneration(old: Generation | undefined, next: Generation): Generation {
  if (!old) return next;
  if (old.source === 'network' && next.source === 'dom') {
    // The DOM may show a failure the network did not (e.g. an error banner); never let it erase network facts.
    return old.status === 'unknown' && next.status !== 'unknown' ? { ...old, status: next.status, failureKind: next.failureKind ?? old.failureKind } : old;
  }
  const merged: Generation = { ...old, ...next };
  if (!next.prompt && old.prompt) merged.prompt = old.prompt;
  if (!next.videoUrl && old.videoUrl) merged.videoUrl = old.videoUrl;
  return merged;
}

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
  problems: string[] = [];
  networkHits = 0;

  constructor(private provider: ProviderDefinition) {}

  /** A JSON response the tap saw. Returns false when the URL is not one of the provider's generation endpoints. */
  addResponse(url: string, bodyText: string): boolean {
    if (!this.provider.apiUrls.some((re) => re.test(url))) return false;
    let body: unknown;
    try {
      body = JSON.parse(bodyText);
    } catch {
      this.problems.push(`unreadable JSON from ${url.slice(0, 120)}`);
      return true;
    }
    try {
      const r = this.provider.parseResponse(url, body);
      this.networkHits++;
      this.add(r.generations);
      this.problems.push(...r.problems.slice(0, 5));
    } catch (err) {
      this.problems.push(err instanceof Error ? err.message : String(err));
    }
    this.addBalances(url, body);
    if (this.problems.length > 20) this.problems.splice(0, this.problems.length - 20);
    return true;
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
  private addBalances(url: string, body: unknown): void {
    if (!this.provider.parseBalance) return;
    try {
      this.readings.push(...this.provider.parseBalance(url, body));
    } catch (err) {
      this.problems.push(`balance reader: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (this.readings.length > 50) this.readings.splice(0, this.readings.length - 50);
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
