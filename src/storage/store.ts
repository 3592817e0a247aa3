import type { z } from 'zod';
import { scrubUrlsInText } from '../shared/scrub.ts';

/** The slice of chrome.storage.StorageArea AVA uses; tests pass an in-memory one. */
export interface Area {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface ItemSpec<T> {
  key: string;
  version: number;
  /** Parses one version-current value; used with per-entry fallback for record items. */
  schema: z.ZodType<T>;
  empty: () => T;
  /** migrations[n] turns a version-n value into version n+1. */
  migrations: Record<number, (data: unknown) => unknown>;
  /** For record items: parse entries one by one, so one bad entry does not lose the rest. */
  entrySchema?: z.ZodType<unknown>;
}

export interface Envelope {
  v: number;
  data: unknown;
}

export interface ReadResult<T> {
  value: T;
  /** What was wrong with the stored value, if anything (shown to the person; the raw value is kept aside). */
  problems: string[];
  /** The keys of entries left out as unreadable (each also in `problems`), for words that are not these log lines. */
  dropped?: string[];
}

const isEnvelope = (x: unknown): x is Envelope =>
  typeof x === 'object' && x !== null && typeof (x as Envelope).v === 'number' && 'data' in (x as object);

/** Migrate and parse a stored value. Pure: returns the value and what had to be dropped. */
export function decode<T>(spec: ItemSpec<T>, stored: unknown): ReadResult<T> {
  if (stored === undefined) return { value: spec.empty(), problems: [] };
  if (!isEnvelope(stored)) return { value: spec.empty(), problems: [`${spec.key}: stored value has no version; reset`] };
  if (stored.v > spec.version) return { value: spec.empty(), problems: [`${spec.key}: stored by a newer AVA (v${stored.v}); not read`] };
  let data = stored.data;
  for (let v = stored.v; v < spec.version; v++) {
    const step = spec.migrations[v];
    if (!step) return { value: spec.empty(), problems: [`${spec.key}: no migration from v${v}`] };
    data = step(data);
  }
  const whole = spec.schema.safeParse(data);
  if (whole.success) return { value: whole.data, problems: [] };
  if (spec.entrySchema && typeof data === 'object' && data !== null && !Array.isArray(data)) {
    const kept: Record<string, unknown> = {};
    const problems: string[] = [];
    const dropped: string[] = [];
    for (const [k, entry] of Object.entries(data)) {
      const r = spec.entrySchema.safeParse(entry);
      if (r.success) kept[k] = r.data;
      else {
        problems.push(`${spec.key}: dropped unreadable entry ${k.slice(0, 80)}`);
        dropped.push(k.slice(0, 80));
      }
    }
    const again = spec.schema.safeParse(kept);
    if (again.success) return { value: again.data, problems, dropped };
  }
  return { value: spec.empty(), problems: [`${spec.key}: unreadable (${whole.error.issues[0]?.message ?? 'invalid'}); reset`] };
}

export const encode = <T>(spec: ItemSpec<T>, value: T): Envelope => ({ v: spec.version, data: value });

/**
 * Reads and writes items in one area. Updates to one key are serialised, because the service worker handles
 * reports from several tabs at once and a read-modify-write race would drop generations.
 */
export class Store {
  private chains = new Map<string, Promise<unknown>>();
  /**
   * @param onWriteFailure told of every failed write (quota, ...), so the person sees it (ui/StorageAlert and the
   *   worker's storageFailures item), instead of a Save that silently did nothing. The write still rejects.
   */
  constructor(
    private area: Area,
    private onProblem: (p: string) => void = (p) => console.warn(`[AVA storage] ${scrubUrlsInText(p)}`),
    private onWriteFailure: (key: string, message: string) => void = () => undefined,
  ) {}

  async has(key: string): Promise<boolean> {
    return (await this.area.get(key))[key] !== undefined;
  }

  /** Remove one key, in turn with the updates of that key. */
  remove(key: string): Promise<void> {
    const prev = this.chains.get(key) ?? Promise.resolve();
    const next = prev.catch(() => undefined).then(() => this.area.remove(key));
    this.chains.set(key, next);
    return next;
  }

  async read<T>(spec: ItemSpec<T>): Promise<T> {
    const raw = (await this.area.get(spec.key))[spec.key];
    const { value, problems } = decode(spec, raw);
    if (problems.length) await this.quarantine(spec.key, raw, problems);
    return value;
  }

  /**
   * Some entries of a record item (by key, or the keys a test accepts), each validated with the item's entry schema:
   * the popup needs one tab's few generations, and parsing every generation AVA ever saw (thousands) took the worker
   * 100-250 ms per popup open. Missing keys are left out. Anything unusual (no envelope, another version, an entry
   * that does not parse) goes through read(), which reports and quarantines it as always, and is picked from there.
   */
  async readEntries<E>(
    spec: ItemSpec<Record<string, E>>,
    which: readonly string[] | ((key: string) => boolean),
  ): Promise<Record<string, E>> {
    const keysOf = (all: object) =>
      typeof which === 'function' ? Object.keys(all).filter(which) : which.filter((k) => Object.hasOwn(all, k));
    const pick = (all: Record<string, E>) => Object.fromEntries(keysOf(all).map((k) => [k, all[k]!]));
    const raw = (await this.area.get(spec.key))[spec.key];
    if (raw === undefined) return {};
    const data = isEnvelope(raw) && raw.v === spec.version ? raw.data : undefined;
    if (!spec.entrySchema || typeof data !== 'object' || data === null || Array.isArray(data)) return pick(await this.read(spec));
    const out: Record<string, E> = {};
    for (const k of keysOf(data)) {
      const r = spec.entrySchema.safeParse((data as Record<string, unknown>)[k]);
      if (!r.success) return pick(await this.read(spec));
      out[k] = r.data as E;
    }
    return out;
  }

  update<T>(spec: ItemSpec<T>, change: (current: T) => T): Promise<T> {
    const prev = this.chains.get(spec.key) ?? Promise.resolve();
    const next = prev
      .catch(() => undefined)
      .then(async () => {
        const value = change(await this.read(spec));
        try {
          await this.area.set({ [spec.key]: encode(spec, value) });
        } catch (e) {
          this.onWriteFailure(spec.key, e instanceof Error ? e.message : String(e));
          throw e;
        }
        return value;
      });
    this.chains.set(spec.key, next);
    return next;
  }

  write<T>(spec: ItemSpec<T>, value: T): Promise<T> {
    return this.update(spec, () => value);
  }

  /**
   * Keep what could not be read under a side key, so nothing is lost for good by a reset: with the URLs in it
   * scrubbed (it is page data), bounded in size, and aged out after QUARANTINE_DAYS (dropQuarantine).
   */
  private async quarantine(key: string, raw: unknown, problems: string[]): Promise<void> {
    for (const p of problems) this.onProblem(p);
    try {
      const text = scrubUrlsInText(JSON.stringify(raw) ?? 'null');
      const kept = text.length <= QUARANTINE_MAX_CHARS ? parseOr(text) : `${text.slice(0, QUARANTINE_MAX_CHARS)}…`;
      await this.area.set({ [`${QUARANTINE_PREFIX}${key}`]: { at: Date.now(), problems: problems.map(scrubUrlsInText), raw: kept } });
    } catch {
      // Out of quota: the problem was still reported; the item itself is untouched until the next write.
    }
  }
}

const parseOr = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

export const QUARANTINE_PREFIX = 'corrupt:';
export const QUARANTINE_DAYS = 30;
const QUARANTINE_MAX_CHARS = 256 * 1024;

/** Remove quarantined values older than QUARANTINE_DAYS (run at worker start); returns the keys removed. */
export async function dropOldQuarantine(
  area: Pick<Area, 'remove'> & { getAll(): Promise<Record<string, unknown>> },
  now: number,
): Promise<string[]> {
  const fresh = (v: unknown) => {
    const at = (v as { at?: unknown } | null)?.at;
    return typeof at === 'number' && now - at < QUARANTINE_DAYS * 86_400_000;
  };
  const old = Object.entries(await area.getAll())
    .filter(([k, v]) => k.startsWith(QUARANTINE_PREFIX) && !fresh(v))
    .map(([k]) => k);
  for (const k of old) await area.remove(k);
  return old;
}
