import type { Reply } from './contract.ts';

/** What a send resolves to when nobody answered (bus.ts; ui/messaging.ts words it for the person). */
export const NO_ANSWER = 'no answer';

/**
 * A reply that is not an envelope (a receiver that is not AVA's, or nothing at all) becomes an error envelope. On its
 * own, without the polyfill bus.ts loads, so a page can unwrap the worker's reply without loading that (issue 15.4).
 */
export function envelope<T>(raw: unknown, silent: string): Reply<T> {
  if (typeof raw === 'object' && raw !== null && 'ok' in raw) {
    const r = raw as { ok: unknown; data?: unknown; error?: unknown };
    if (r.ok === true) return { ok: true, data: r.data as T };
    return { ok: false, error: typeof r.error === 'string' ? r.error : 'refused' };
  }
  return { ok: false, error: silent };
}
