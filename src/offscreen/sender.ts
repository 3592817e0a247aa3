import type { Sender } from '../messages/router.ts';

/**
 * Only AVA's own service worker may start or cancel work in the offscreen document: not a web page, not a content
 * script (they can broadcast to extension pages too), not the popup. Offscreen documents get only part of
 * chrome.runtime (no getManifest), so the worker is recognised by shape: a script, not a page, at this extension's
 * origin, outside any tab. AVA has exactly one such script.
 */
export function authoriseWorker(selfId: string, origin: string) {
  return (s: Sender): true | string => {
    if (s.id !== selfId) return 'not this extension';
    if (s.tab) return 'from a tab';
    const url = s.url ?? '';
    if (!url.startsWith(origin) || !/^[^?#]+\.js$/.test(url)) return 'not the service worker';
    return true;
  };
}
