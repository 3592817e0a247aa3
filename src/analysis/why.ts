/**
 * A finding's reason as data, beside the English sentence the draft quotes: a message key of the locale files with
 * its values (times and numbers already formatted as the English sentence has them, texts the frames showed) and
 * nested phrases ("black", "until the end of the clip"). The detectors run where there is no chrome.i18n (the
 * offscreen document, Node); the popup words it in the person's language with t(). Pure; no chrome APIs.
 */
import { z } from 'zod';
import type { MessageKey } from '../shared/i18n.ts';

export interface Why {
  key: MessageKey;
  subs: (string | Why)[];
}

/** `why('analysis_why_short', '3.00', '5.0', '60')`: numbers come formatted, so every language shows the same figures. */
export const why = (key: MessageKey, ...subs: (string | Why)[]): Why => ({ key, subs });

/** Phrases nest at most this deep (a sentence, a clause, a position): a crafted record cannot recurse without end. */
const MAX_DEPTH = 3;

function whySchema(depth: number): z.ZodType<Why> {
  const sub = depth > 1 ? z.union([z.string().max(300), z.lazy(() => whySchema(depth - 1))]) : z.string().max(300);
  // Only the analysis reasons' own keys: a stored record cannot make the popup show any other message. The cast: a
  // key checked by pattern here is a MessageKey by type in the detectors; the popup falls back when one is unknown.
  return z.object({ key: z.string().regex(/^analysis_why_[a-z0-9_]{1,50}$/), subs: z.array(sub).max(9) }) as unknown as z.ZodType<Why>;
}

export const WhySchema = whySchema(MAX_DEPTH);
