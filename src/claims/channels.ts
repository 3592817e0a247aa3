import type { Draft } from './draft.ts';

/**
 * Compose URLs for the send buttons. Links longer than about 2,000 characters break in practice (mail clients and
 * Gmail truncate or refuse them), so the body is cut to fit and the person is told to paste the full text.
 */
export const URL_BUDGET = 1800;
const CUT_NOTE = '\n\n[Shortened to fit the link: the full text is on your clipboard; paste it here.]';

export interface ComposeLink {
  href: string;
  /** True when the body had to be shortened to fit the budget. */
  shortened: boolean;
}

function fit(build: (body: string) => string, body: string): ComposeLink {
  const full = build(body);
  if (full.length <= URL_BUDGET) return { href: full, shortened: false };
  // Binary search on the body length: encoding makes the URL length non-linear in the body length.
  let lo = 0;
  let hi = body.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (build(body.slice(0, mid) + CUT_NOTE).length <= URL_BUDGET) lo = mid;
    else hi = mid - 1;
  }
  return { href: build(body.slice(0, lo).trimEnd() + CUT_NOTE), shortened: true };
}

const enc = encodeURIComponent;

export function gmailLink(d: Draft): ComposeLink {
  return fit((body) => `https://mail.google.com/mail/?view=cm&fs=1&to=${enc(d.to ?? '')}&su=${enc(d.subject)}&body=${enc(body)}`, d.body);
}

export function outlookLink(d: Draft): ComposeLink {
  return fit((body) => `https://outlook.live.com/mail/0/deeplink/compose?to=${enc(d.to ?? '')}&subject=${enc(d.subject)}&body=${enc(body)}`, d.body);
}

export function mailtoLink(d: Draft): ComposeLink {
  return fit((body) => `mailto:${d.to ? enc(d.to).replace(/%40/g, '@') : ''}?subject=${enc(d.subject)}&body=${enc(body)}`, d.body);
}

/** Plain text for the clipboard: what the person pastes into a help-center chat or form. */
export function plainText(d: Draft): string {
  return `${d.to ? `To: ${d.to}\n` : ''}Subject: ${d.subject}\n\n${d.body}\n`;
}
