/**
 * Who a message claims to come from. Each sender carries what AVA must make of it, written out by hand rather than
 * computed with AVA's own checks, so the fuzz test compares the routers against an independent expectation.
 */
import type { Sender } from '../../src/messages/router.ts';

export const SELF = 'abcdefghijklmnopabcdefghijklmnop';
export const OTHER = 'ponmlkjihgfedcbaponmlkjihgfedcba';
export const ORIGIN = `chrome-extension://${SELF}/`;

export interface LabelledSender {
  name: string;
  sender: Sender;
  /** The provider a content report from this sender may speak for; null = no content report is allowed. */
  contentProvider: string | null;
  /** May this sender use the UI messages (popup, options)? */
  ui: boolean;
}

const tabFrom = (url: string, frameId = 0, tabId = 7): Sender => ({ id: SELF, frameId, url, tab: { id: tabId, url, windowId: 1 } });
const content = (name: string, url: string, provider: string): LabelledSender => ({
  name,
  sender: tabFrom(url),
  contentProvider: provider,
  ui: false,
});
const refused = (name: string, sender: Sender): LabelledSender => ({ name, sender, contentProvider: null, ui: false });

export const SENDERS: readonly LabelledSender[] = [
  // Trusted: the top frame of a provider tab, for its own provider only.
  content('sora tab', 'https://sora.chatgpt.com/library', 'sora'),
  content('sora.com tab', 'https://sora.com/drafts', 'sora'),
  content(
    'sora tab with credentials, token and fragment in the URL',
    'https://ana:hunter2@sora.chatgpt.com/library?token=secret-token#access_token=secret',
    'sora',
  ),
  content('runway tab', 'https://app.runwayml.com/video-tools/teams/demo/ai-tools/generate?sessionId=x', 'runway'),
  content('veo flow tab', 'https://labs.google/fx/tools/flow/project/1', 'veo'),
  content('kling tab', 'https://app.klingai.com/global/user-assets', 'kling'),
  { name: 'sora tab, another tab id', sender: tabFrom('https://sora.chatgpt.com/library', 0, 12), contentProvider: 'sora', ui: false },
  // Trusted: AVA's own pages.
  { name: 'popup', sender: { id: SELF, url: `${ORIGIN}src/popup/index.html` }, contentProvider: null, ui: true },
  {
    name: 'popup opened as a tab',
    sender: {
      id: SELF,
      url: `${ORIGIN}src/popup/index.html?tab=7`,
      tab: { id: 9, url: `${ORIGIN}src/popup/index.html?tab=7` },
      frameId: 0,
    },
    contentProvider: null,
    ui: true,
  },
  {
    name: 'options page',
    sender: { id: SELF, url: `${ORIGIN}src/options/index.html`, origin: ORIGIN.slice(0, -1) },
    contentProvider: null,
    ui: true,
  },
  // Wrong senders.
  refused('other extension on a sora page', { ...tabFrom('https://sora.chatgpt.com/library'), id: OTHER }),
  refused('no extension id', { frameId: 0, url: 'https://sora.chatgpt.com/library', tab: { id: 7 } }),
  refused('iframe in a sora page', tabFrom('https://sora.chatgpt.com/library', 3)),
  refused('frame id missing', { id: SELF, url: 'https://sora.chatgpt.com/library', tab: { id: 7 } }),
  refused('no tab', { id: SELF, frameId: 0, url: 'https://sora.chatgpt.com/library' }),
  refused('TAB_ID_NONE', { id: SELF, frameId: 0, url: 'https://sora.chatgpt.com/library', tab: { id: -1 } }),
  refused('no URL at all', { id: SELF, frameId: 0, tab: { id: 7 } }),
  refused('non-provider page', tabFrom('https://evil.example/sora.chatgpt.com/library')),
  refused('lookalike host', tabFrom('https://sora.chatgpt.com.evil.example/library')),
  refused('provider host over http', tabFrom('http://sora.chatgpt.com/library')),
  refused('veo host outside its generation pages', tabFrom('https://labs.google/search?q=flow')),
  refused('data: URL', tabFrom('data:text/html,<script>alert(1)</script>')),
  refused('javascript: URL', tabFrom('javascript:alert(1)')),
  refused('about:blank', tabFrom('about:blank')),
  refused('web page claiming the extension origin', { ...tabFrom('https://evil.example/'), origin: ORIGIN.slice(0, -1) }),
  refused('web page with the extension URL in its query', tabFrom(`https://evil.example/?u=${ORIGIN}src/popup/index.html`)),
  refused('another extension claiming our pages', { id: OTHER, url: `${ORIGIN}src/popup/index.html` }),
  refused('our id, another extension origin', { id: SELF, url: `chrome-extension://${OTHER}/src/popup/index.html` }),
  refused('our id, origin without the slash boundary', { id: SELF, url: `chrome-extension://${SELF}evil/src/popup/index.html` }),
  refused('our id, upper-case scheme', { id: SELF, url: `CHROME-EXTENSION://${SELF.toUpperCase()}/src/popup/index.html` }),
  refused('empty sender', {}),
];
