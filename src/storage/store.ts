import type { z } from 'zod';

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
    for (const [k, entry] of Object.entries(data)) {
      const r = spec.entrySchema.safeParse(entry);
      if (r.success) kept[k] = r.data;
      else problems.push(`${spec.key}: dropped unreadable entry ${k.slice(0, 80)}`);
    }
    const again = spec.schema.safeParse(kept);
    if (again.success) return { value: again.data, problems };
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
  constructor(private area: Area, private onProblem: (p: string) => void = (p) => console.warn(`[AVA storage] ${p}`)) {}

  async read<T>(spec: ItemSpec<T>): Promise<T> {
    const raw = (await this.area.get(spec.key))[spec.key];
    const { value, problems } = decode(spec, raw);
    if (problems.length) await this.quarantine(spec.key, raw, problems);
    return value;
  }

  update<T>(spec: ItemSpec<T>, change: (current: T) => T): Promise<T> {
    const prev = this.chains.get(spec.key) ?? Promise.resolve();
    const next = prev.catch(() => undefined).then(async () => {
      const value = change(await this.read(spec));
      await this.area.set({ [spec.key]: encode(spec, value) });
      return value;
    });
    this.chains.set(spec.key, next);
    return next;
  }

  write<T>(spec: ItemSpec<T>, value: T): Promise<T> {
    return this.update(spec, () => value);
  }

  /** Keep what could not be read under a side key, so nothing is lost for good by a reset. */
  private async quarantine(key: string, raw: unknown, problems: string[]): Promise<void> {
    for (const p of problems) this.onProblem(p);
    try {
      await this.area.set({ [`corrupt:${key}`]: { at: Date.now(), problems, raw } });
    } catch {
      // Out of quota: the problem was still reported; the item itself is untouched until the next write.
    }
  }
}
