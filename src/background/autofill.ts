import type { SupportToBackground, UiToBackground } from '../messages/contract.ts';
import type { HandlerMap } from '../messages/router.ts';
import { supportFormFor } from '../providers/support-forms.ts';
import { type PendingFill, pendingFillsItem } from '../storage/items.ts';
import type { Store } from '../storage/store.ts';
import { t } from '../shared/i18n.ts';

/**
 * Support-form autofill, the service worker's part: the popup arms a fill for the provider's form when the person
 * chooses "Open support form"; the form page's content script takes it, once. A page that was not chosen within the
 * last few minutes gets nothing, and a page can only ever take the fill for its own origin (senders.ts checks it).
 */

/** Long enough to open the form (and sign in), short enough that a form opened later is not filled by surprise. */
export const FILL_TTL_MS = 5 * 60_000;

export interface FillText {
  subject: string;
  body: string;
  email?: string;
}

const live = (all: Record<string, PendingFill>, now: number) =>
  Object.fromEntries(Object.entries(all).filter(([, f]) => f.expiresAt > now));

/** Keep the draft for the provider's form; the form's origin comes from the registry, never from the message. */
export async function armFill(session: Store, provider: string, text: FillText, now: number): Promise<{ url: string; expiresAt: number }> {
  const form = supportFormFor(provider);
  if (!form) throw new Error(t('err_no_support_form', provider));
  const expiresAt = now + FILL_TTL_MS;
  const fill: PendingFill = { provider, subject: text.subject, body: text.body, ...(text.email ? { email: text.email } : {}), expiresAt };
  await session.update(pendingFillsItem, (all) => ({ ...live(all, now), [form.origin]: fill }));
  return { url: form.url, expiresAt };
}

/** The fill waiting for this origin, removed as it is handed out; null when there is none (or it expired). */
export async function takeFill(session: Store, origin: string, now: number): Promise<FillText | null> {
  const current = await session.read(pendingFillsItem);
  // Nothing to take and nothing stale to clean: answer without a write.
  if (!Object.hasOwn(current, origin) && Object.values(current).every((f) => f.expiresAt > now)) return null;
  let taken: PendingFill | undefined;
  await session.update(pendingFillsItem, (all) => {
    const mine = Object.hasOwn(all, origin) ? all[origin] : undefined;
    taken = mine && mine.expiresAt > now ? mine : undefined;
    const rest = live(all, now);
    delete rest[origin];
    return rest;
  });
  return taken ? { subject: taken.subject, body: taken.body, ...(taken.email ? { email: taken.email } : {}) } : null;
}

export interface AutofillDeps {
  session: Store;
  now: () => number;
}

export function autofillUiHandlers(d: AutofillDeps): Pick<HandlerMap<UiToBackground, true>, 'ui/autofill-arm'> {
  return {
    'ui/autofill-arm': (msg) => armFill(d.session, msg.provider, { subject: msg.subject, body: msg.body, email: msg.email }, d.now()),
  };
}

export function supportHandlers(d: AutofillDeps): HandlerMap<SupportToBackground, { origin: string }> {
  return {
    'support/autofill-take': async (_msg, ctx) => ({ fill: await takeFill(d.session, ctx.origin, d.now()) }),
  };
}
