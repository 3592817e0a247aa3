import type { z } from 'zod';
import type { Reply } from './contract.ts';
import { scrubUrlsInText } from '../shared/scrub.ts';

/** The parts of a runtime.MessageSender AVA checks (chrome's and the polyfill's shapes both fit). */
export interface Sender {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number; url?: string; windowId?: number };
}

type Union = { type: string };
export type HandlerMap<U extends Union, C> = {
  [K in U['type']]: (msg: Extract<U, { type: K }>, ctx: C) => Promise<unknown> | unknown;
};

/**
 * A receiver: parse with the direction's schema, check the sender, dispatch through the handler map. It never
 * throws; every failure is a `{ok:false}` reply and a log line, so a hostile or buggy sender learns nothing useful
 * and cannot crash the receiver.
 */
export function createRouter<S extends z.ZodType<Union>, C>(opts: {
  name: string;
  schema: S;
  handlers: HandlerMap<z.infer<S>, C>;
  /**
   * Returns the handler context for a trusted sender, or a reason string to reject it; may be async where the check
   * reads storage (a content script on a site the person added).
   */
  authorise: (sender: Sender, msg: z.infer<S>) => C | string | Promise<C | string>;
  log?: (line: string) => void;
}): (raw: unknown, sender: Sender) => Promise<Reply> {
  // Log lines quote sender URLs and errors: their tokens are scrubbed before anything is written to the console.
  const sink = opts.log ?? ((line: string) => console.warn(line));
  const log = (line: string) => sink(scrubUrlsInText(line));
  return async (raw, sender) => {
    const parsed = opts.schema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const error = `invalid message: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'unknown'}`;
      log(`[AVA ${opts.name}] rejected ${error}`);
      return { ok: false, error };
    }
    const msg = parsed.data;
    let ctx: C | string;
    try {
      ctx = await opts.authorise(sender, msg);
    } catch (err) {
      ctx = `sender check failed: ${err instanceof Error ? err.message : String(err)}`;
    }
    if (typeof ctx === 'string') {
      log(`[AVA ${opts.name}] rejected ${msg.type} from ${sender.url ?? 'unknown sender'}: ${ctx}`);
      return { ok: false, error: `sender not allowed: ${ctx}` };
    }
    const handler = (opts.handlers as Record<string, (m: unknown, c: C) => unknown>)[msg.type];
    if (!handler) return { ok: false, error: `no handler for ${msg.type}` };
    try {
      return { ok: true, data: await handler(msg, ctx) };
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      log(`[AVA ${opts.name}] ${msg.type} failed: ${error}`);
      return { ok: false, error };
    }
  };
}
