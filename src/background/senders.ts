import { providerForUrl } from '../providers/index.ts';
import { supportFormAt } from '../providers/support-forms.ts';
import { matchesPattern } from '../shared/match-pattern.ts';
import type { Sender } from '../messages/router.ts';

/** The provider of a site the person added (storage), by origin; undefined when none. */
export type AddedSiteLookup = (origin: string) => Promise<string | undefined>;

/**
 * A content script may only report for the provider whose page it runs on, from the top frame of a tab: a provider
 * host from the registry, or a site the person added for that provider (looked up only when no registry host matches).
 */
export function authoriseContent(selfId: string, addedSite: AddedSiteLookup = async () => undefined) {
  return async (s: Sender, msg: { type: string }): Promise<{ tabId: number; pageUrl: string; provider: string } | string> => {
    if (s.id !== selfId) return 'not this extension';
    if (!s.tab || typeof s.tab.id !== 'number' || s.tab.id < 0) return 'not from a tab';
    if (s.frameId !== 0) return 'not the top frame';
    const url = s.url ?? s.tab.url;
    if (!url) return 'no sender URL';
    const p = providerForUrl(url)?.id ?? (await addedSite(originOf(url) ?? ''));
    if (!p) return 'not a provider page';
    const claimed = 'provider' in msg ? msg.provider : undefined;
    if (claimed !== undefined && p !== claimed) return `page is ${p}, message claims ${String(claimed)}`;
    return { tabId: s.tab.id, pageUrl: url, provider: p };
  };
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** UI messages come only from AVA's own pages (popup, options), never from a content script or the web. */
export function authoriseUi(selfId: string, extensionOrigin: string) {
  return (s: Sender): true | string => {
    if (s.id !== selfId) return 'not this extension';
    if (!s.url?.startsWith(extensionOrigin)) return 'not an extension page';
    return true;
  };
}

/** Analysis progress and results come only from AVA's own offscreen document (its exact URL), never another page. */
export function authoriseOffscreen(selfId: string, offscreenUrl: string) {
  return (s: Sender): true | string => {
    if (s.id !== selfId) return 'not this extension';
    if (s.tab) return 'from a tab';
    if ((s.url ?? '').split(/[?#]/)[0] !== offscreenUrl) return 'not the offscreen document';
    return true;
  };
}

/**
 * The support-form content script: the top frame of a tab on one of the registry's support-form pages. Its origin
 * (not anything in the message) decides which pending fill it may take.
 */
export function authoriseSupport(selfId: string) {
  return (s: Sender): { origin: string } | string => {
    if (s.id !== selfId) return 'not this extension';
    if (!s.tab || typeof s.tab.id !== 'number' || s.tab.id < 0) return 'not from a tab';
    if (s.frameId !== 0) return 'not the top frame';
    const url = s.url ?? s.tab.url;
    let origin: string;
    try {
      origin = new URL(url ?? '').origin;
    } catch {
      return 'no sender URL';
    }
    // Chrome also reports the frame's origin; when it does, both must agree.
    if (s.origin !== undefined && s.origin !== origin) return 'sender origin and URL disagree';
    const form = supportFormAt(origin);
    if (!form) return 'not a support-form site';
    // Origin and path only: a query string (`?x=/hc/requests/new`) must not make any page of the site a form page.
    const { pathname } = new URL(url!);
    if (!form.matches.some((m) => matchesPattern(m, `${origin}${pathname}`))) return 'not a support-form page';
    return { origin };
  };
}
