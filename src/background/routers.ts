import { ContentToBackground, OffscreenToBackground, SupportToBackground, UiToBackground } from '../messages/contract.ts';
import { createRouter, type Sender } from '../messages/router.ts';
import { offscreenHandlers } from './analysis.ts';
import { supportHandlers } from './autofill.ts';
import { contentHandlers, uiHandlers, type BackgroundDeps } from './handlers.ts';
import { OFFSCREEN_PATH } from './offscreen-path.ts';
import { addedSiteProvider } from './sites.ts';
import { authoriseContent, authoriseOffscreen, authoriseSupport, authoriseUi } from './senders.ts';

/**
 * The service worker's two receivers and the dispatch between them, built in one place so the fuzz test exercises
 * exactly what main.ts registers.
 */
export function buildRouters(deps: BackgroundDeps, selfId: string, extensionOrigin: string) {
  const fromContent = createRouter({
    name: 'content',
    schema: ContentToBackground,
    handlers: contentHandlers(deps),
    authorise: authoriseContent(selfId, (origin) => addedSiteProvider(deps.local, origin)),
  });
  const fromUi = createRouter({
    name: 'ui',
    schema: UiToBackground,
    handlers: uiHandlers(deps),
    authorise: authoriseUi(selfId, extensionOrigin),
  });
  const offscreenUrl = `${extensionOrigin.replace(/\/$/, '')}/${OFFSCREEN_PATH}`;
  const fromOffscreen = createRouter({
    name: 'offscreen',
    schema: OffscreenToBackground,
    handlers: offscreenHandlers(deps),
    authorise: authoriseOffscreen(selfId, offscreenUrl),
  });
  const fromSupport = createRouter({
    name: 'support',
    schema: SupportToBackground,
    handlers: supportHandlers(deps),
    authorise: authoriseSupport(selfId),
  });
  // Extension pages have URLs at our own origin; everything else is a content script on a web page. The offscreen
  // document is an extension page with its own direction of messages. A web page's `support/` messages go to the
  // support-form receiver, whose sender check is the support page's origin (each receiver checks on its own).
  const dispatch = (msg: unknown, sender: Sender) => {
    if (sender.url?.startsWith(extensionOrigin) !== true)
      return isSupportMessage(msg) ? fromSupport(msg, sender) : fromContent(msg, sender);
    return sender.url.split(/[?#]/)[0] === offscreenUrl ? fromOffscreen(msg, sender) : fromUi(msg, sender);
  };
  return { fromContent, fromUi, fromOffscreen, fromSupport, dispatch };
}

const isSupportMessage = (msg: unknown) =>
  typeof msg === 'object' &&
  msg !== null &&
  typeof (msg as { type?: unknown }).type === 'string' &&
  (msg as { type: string }).type.startsWith('support/');
