/**
 * What the popup's Evidence line says when Chrome refuses a screenshot: one sentence in the person's language with the
 * next step, not Chrome's own English error ("Either the '<all_urls>' or 'activeTab' permission is required."), which
 * the QA pass of the built popup found quoted in the middle of every locale's sentence.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureTab } from '../../src/background/capture.ts';

const CHROME_ERROR = "Either the '<all_urls>' or 'activeTab' permission is required.";
const g = globalThis as unknown as { chrome: Record<string, unknown> };
const saved = g.chrome.tabs;

function fakeTabs(active: boolean) {
  g.chrome.tabs = {
    get: vi.fn(async () => ({ id: 7, active, windowId: 1, url: 'https://app.runwayml.com/' })),
    captureVisibleTab: vi.fn(async () => {
      throw new Error(CHROME_ERROR);
    }),
  };
}

/** The error captureTab rejects with (a resolved capture would be a failure of its own). */
const refusal = () =>
  captureTab(7, 'runway:x').then(
    () => new Error('captured: expected a refusal'),
    (e: unknown) => e as Error,
  );

afterEach(() => {
  g.chrome.tabs = saved;
});

describe('screenshot refused', () => {
  it('says what to do, without Chrome’s permission jargon', async () => {
    fakeTabs(true);
    const err = await refusal();
    expect(err.message).toContain('Click the AVA icon on the generation tab');
    expect(err.message).not.toMatch(/activeTab|all_urls|permission/);
  });

  it('a tab in the background: switch to it, said once', async () => {
    fakeTabs(false);
    const err = await refusal();
    expect(err.message).toMatch(/switch to it/);
    expect(err.message.match(/generation tab/g)).toHaveLength(1);
  });
});
