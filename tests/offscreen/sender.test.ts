import { describe, expect, it } from 'vitest';
import { authoriseWorker } from '../../src/offscreen/sender.ts';

const SELF = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${SELF}/`;

describe('offscreen document sender check', () => {
  const ok = authoriseWorker(SELF, ORIGIN);
  it('accepts the extension’s service worker script', () => {
    expect(ok({ id: SELF, url: `${ORIGIN}service-worker-loader.js` })).toBe(true);
  });
  it('refuses pages of the extension, content scripts, other extensions and web pages', () => {
    expect(ok({ id: SELF, url: `${ORIGIN}src/popup/index.html?tab=1` })).toBe('not the service worker');
    expect(ok({ id: SELF, url: `${ORIGIN}src/options/index.html` })).toBe('not the service worker');
    expect(ok({ id: SELF, url: 'https://sora.chatgpt.com/evil.js', tab: { id: 4 } })).toBe('from a tab');
    expect(ok({ id: SELF, url: 'https://sora.chatgpt.com/evil.js' })).toBe('not the service worker');
    expect(ok({ id: 'otherextensionidotherextensionid', url: `chrome-extension://otherextensionidotherextensionid/sw.js` })).toBe(
      'not this extension',
    );
    expect(ok({ id: SELF, url: `${ORIGIN}x.html?y=.js` })).toBe('not the service worker');
    expect(ok({})).toBe('not this extension');
  });
});
