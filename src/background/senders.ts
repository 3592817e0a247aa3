import { providerForUrl } from '../providers/index.ts';
import type { Sender } from '../messages/router.ts';

/** A content script may only report for the provider whose page it runs on, from the top frame of a tab. */
export function authoriseContent(selfId: string) {
  return (s: Sender, msg: { provider: string }): { tabId: number; pageUrl: string } | string => {
    if (s.id !== selfId) return 'not this extension';
    if (!s.tab || typeof s.tab.id !== 'number' || s.tab.id < 0) return 'not from a tab';
    if (s.frameId !== 0) return 'not the top frame';
    const url = s.url ?? s.tab.url;
    if (!url) return 'no sender URL';
    const p = providerForUrl(url);
    if (!p) return 'not a provider page';
    if (p.id !== msg.provider) return `page is ${p.id}, message claims ${msg.provider}`;
    return { tabId: s.tab.id, pageUrl: url };
  };
}

/** UI messages come only from AVA's own pages (popup, options), never from a content script or the web. */
export function authoriseUi(selfId: string, extensionOrigin: string) {
  return (s: Sender): true | string => {
    if (s.id !== selfId) return 'not this extension';
    if (!s.url?.startsWith(extensionOrigin)) return 'not an extension page';
    return true;
  };
}
