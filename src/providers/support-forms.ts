import { PROVIDERS } from './index.ts';
import type { ProviderDefinition } from './types.ts';

/**
 * The providers' support forms AVA can fill: every `ticket-form` channel with a known help-desk `form`, from the
 * provider files (sourced), so the manifest's support-page matches and the background's origin checks come from one
 * list. Pure; importing it runs nothing.
 */
export interface SupportForm {
  provider: string;
  form: 'zendesk' | 'freshdesk';
  /** The sourced URL "Open support form" opens. */
  url: string;
  /** https://host, what a support page's sender URL must have to receive a fill. */
  origin: string;
  /** Content-script match patterns: the new-request pages only, not the whole help center. */
  matches: string[];
}

/** Where each help desk serves its new-request form (any locale, any form id in the query). */
const FORM_PATHS: Record<SupportForm['form'], readonly string[]> = {
  // Zendesk Guide: /hc/<locale>/requests/new, also /hc/requests/new before the locale redirect.
  zendesk: ['/hc/*requests/new*'],
  // Freshdesk portal: /support/tickets/new.
  freshdesk: ['/support/tickets/new*'],
};

export function supportForms(providers: readonly ProviderDefinition[] = PROVIDERS): SupportForm[] {
  const out: SupportForm[] = [];
  for (const p of providers) {
    for (const ch of p.support.channels) {
      if (ch.kind !== 'ticket-form' || !ch.form) continue;
      const u = new URL(ch.value);
      if (u.protocol !== 'https:') continue;
      out.push({
        provider: p.id,
        form: ch.form,
        url: ch.value,
        origin: u.origin,
        matches: FORM_PATHS[ch.form].map((path) => `${u.origin}${path}`),
      });
    }
  }
  return out;
}

/** The fillable form of a provider, if it has one. */
export const supportFormFor = (providerId: string): SupportForm | undefined => supportForms().find((f) => f.provider === providerId);

/** The form served at this origin (exact match: scheme, host and port). */
export const supportFormAt = (origin: string): SupportForm | undefined => supportForms().find((f) => f.origin === origin);

/** Match patterns for the support-form content script, deduplicated and sorted for a stable manifest. */
export function supportFormMatches(): string[] {
  return [...new Set(supportForms().flatMap((f) => f.matches))].sort();
}
