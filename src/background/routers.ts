import { ContentToBackground, UiToBackground } from '../messages/contract.ts';
import { createRouter, type Sender } from '../messages/router.ts';
import { contentHandlers, uiHandlers, type BackgroundDeps } from './handlers.ts';
import { authoriseContent, authoriseUi } from './senders.ts';

/**
 * The service worker's two receivers and the dispatch between them, built in one place so the fuzz test exercises
 * exactly what main.ts registers.
 */
export function buildRouters(deps: BackgroundDeps, selfId: string, extensionOrigin: string) {
  const fromContent = createRouter({ name: 'content', schema: ContentToBackground, handlers: contentHandlers(deps), authorise: authoriseContent(selfId) });
  const fromUi = createRouter({ name: 'ui', schema: UiToBackground, handlers: uiHandlers(deps), authorise: authoriseUi(selfId, extensionOrigin) });
  // Extension pages have URLs at our own origin; everything else is a content script on a web page.
  const dispatch = (msg: unknown, sender: Sender) => (sender.url?.startsWith(extensionOrigin) === true ? fromUi(msg, sender) : fromContent(msg, sender));
  return { fromContent, fromUi, dispatch };
}
