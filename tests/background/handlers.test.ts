import { describe, expect, it, vi } from 'vitest';
import { contentHandlers, uiHandlers, type BackgroundDeps } from '../../src/background/handlers.ts';
import { authoriseContent } from '../../src/background/senders.ts';
import { ContentToBackground } from '../../src/messages/contract.ts';
import { createRouter } from '../../src/messages/router.ts';
import { Store } from '../../src/storage/store.ts';
import { MemoryArea } from '../helpers/memory-area.ts';

function setup() {
  const local = new MemoryArea();
  const session = new MemoryArea();
  const deps: BackgroundDeps = {
    local: new Store(local),
    session: new Store(session),
    now: () => 1000,
    setBadge: vi.fn(async () => {}),
    captureTab: vi.fn(async () => 'shot-1'),
  };
  const route = createRouter({
    name: 't',
    schema: ContentToBackground,
    handlers: contentHandlers(deps),
    authorise: authoriseContent('me'),
    log: () => {},
  });
  return { local, session, deps, route, ui: uiHandlers(deps) };
}
const sender = (tabId: number, url: string) => ({ id: 'me', frameId: 0, url, tab: { id: tabId, url } });
const failed = {
  provider: 'sora',
  id: 'gen_01k2m3n4p5q6r7s8t9v0w1x2y3',
  status: 'failed',
  failureKind: 'generation_error',
  videoUrl: 'https://videos.openai.com/a.mp4?sig=secret&x=1',
  source: 'network',
};

describe('background handlers', () => {
  it('a report is stored (scrubbed), listed for its tab and counted on the badge', async () => {
    const { route, ui, deps } = setup();
    const r = await route(
      { type: 'content/generations', provider: 'sora', generations: [failed] },
      sender(5, 'https://sora.chatgpt.com/library?token=abc'),
    );
    expect(r).toEqual({ ok: true, data: { recorded: 1, skipped: 0 } });
    const state = (await ui['ui/tab-state']({ type: 'ui/tab-state', tabId: 5 }, true)) as {
      tab: { pageUrl: string };
      rows: { g: { videoUrl: string } }[];
    };
    expect(state.rows[0]!.g.videoUrl).toBe('https://videos.openai.com/a.mp4?x=1');
    expect(state.tab.pageUrl).toBe('https://sora.chatgpt.com/library');
    expect(deps.setBadge).toHaveBeenCalledWith(5, 1);
    expect(await ui['ui/tab-state']({ type: 'ui/tab-state', tabId: 6 }, true)).toEqual({
      tab: null,
      rows: [],
      cases: {},
      profile: { defaults: {}, accounts: {} },
      provider: null,
    });
  });

  it('a page cannot write another provider’s data: no state change at all', async () => {
    const { route, local, session } = setup();
    const r = await route(
      { type: 'content/generations', provider: 'runway', generations: [{ ...failed, provider: 'runway' }] },
      sender(5, 'https://sora.chatgpt.com/library'),
    );
    expect(r.ok).toBe(false);
    expect(local.data).toEqual({});
    expect(session.data).toEqual({});
  });

  it('"page not recognised" is kept for the popup but never hides what the tab already showed', async () => {
    const { route, ui } = setup();
    await route(
      { type: 'content/page-status', provider: 'sora', recognised: false, detail: 'No generations found on /explore' },
      sender(5, 'https://sora.chatgpt.com/explore'),
    );
    let state = (await ui['ui/tab-state']({ type: 'ui/tab-state', tabId: 5 }, true)) as { tab: { recognised: boolean; detail: string } };
    expect(state.tab).toMatchObject({ recognised: false, detail: 'No generations found on /explore' });
    await route({ type: 'content/generations', provider: 'sora', generations: [failed] }, sender(5, 'https://sora.chatgpt.com/library'));
    await route(
      { type: 'content/page-status', provider: 'sora', recognised: false, detail: 'later' },
      sender(5, 'https://sora.chatgpt.com/library'),
    );
    state = (await ui['ui/tab-state']({ type: 'ui/tab-state', tabId: 5 }, true)) as typeof state;
    expect(state.tab.recognised).toBe(true);
  });
});

describe('the worker cleans every report item by item (issue 17.4, 17.6)', () => {
  it('one oversized or malformed item is skipped and counted; the rest of the report is kept', async () => {
    const { route, ui } = setup();
    const long = {
      ...failed,
      id: 'gen_01k2m3n4p5q6r7s8t9v0w1x2y4',
      message: 'm'.repeat(5000),
      prompt: 'p'.repeat(9000),
      relatedIds: Array.from({ length: 40 }, (_, i) => `task_${i}`),
    };
    const bad = [{ ...failed, id: 'not-a-sora-id' }, { ...failed, id: 'gen_01k2m3n4p5q6r7s8t9v0w1x2y5', status: 'exploded' }, 'junk'];
    const r = await route(
      { type: 'content/generations', provider: 'sora', generations: [failed, long, ...bad] },
      sender(5, 'https://sora.chatgpt.com/library'),
    );
    expect(r).toEqual({ ok: true, data: { recorded: 2, skipped: 3 } });
    const state = (await ui['ui/tab-state']({ type: 'ui/tab-state', tabId: 5 }, true)) as {
      tab: { rejected: number; detail: string };
      rows: { g: Record<string, unknown> }[];
    };
    expect(state.tab.rejected).toBe(3);
    expect(state.tab.detail).toContain("does not match sora's ID format");
    const kept = state.rows.find((x) => x.g.id === long.id)!.g;
    // Truncated to the shared limits with a mark, never rejected for length.
    expect((kept.message as string).length).toBe(2000);
    expect(kept.message as string).toMatch(/…$/);
    expect((kept.prompt as string).length).toBe(4000);
    expect(kept.relatedIds as string[]).toHaveLength(20);
  });

  it('line breaks, controls and bidi characters never survive in any text field, whatever the content script sent', async () => {
    const { route, ui } = setup();
    const evil = {
      ...failed,
      providerCode: 'E1\r\nAccount email: evil@example.com',
      message: 'failed\nPayment method: card ending in 0000\u202e',
      prompt: 'a fox\u2028Account email: x\u0007',
      providerStatus: 'FAILED\u2066',
      model: 'm\n1',
    };
    await route({ type: 'content/generations', provider: 'sora', generations: [evil] }, sender(5, 'https://sora.chatgpt.com/library'));
    const state = (await ui['ui/tab-state']({ type: 'ui/tab-state', tabId: 5 }, true)) as { rows: { g: Record<string, unknown> }[] };
    const g = state.rows[0]!.g;
    for (const k of ['providerCode', 'message', 'prompt', 'providerStatus', 'model']) {
      expect(g[k] as string, k).not.toMatch(/[\r\n\u2028\u2029\u0000-\u001f\u202a-\u202e\u2066-\u2069]/);
    }
    expect(g.providerCode).toBe('E1 Account email: evil@example.com');
  });

  it('an ID carrying a line break is rejected, not stored', async () => {
    const { route, local } = setup();
    const r = await route(
      {
        type: 'content/generations',
        provider: 'sora',
        generations: [{ ...failed, id: 'gen_01k2m3n4p5q6r7s8t9v0w1x2y3\nAccount email: a@b.c' }],
      },
      sender(5, 'https://sora.chatgpt.com/library'),
    );
    expect(r).toEqual({ ok: true, data: { recorded: 0, skipped: 1 } });
    expect(JSON.stringify(local.data)).not.toContain('Account email');
  });
});

describe('badge and popup share one definition of a problem (issue 17.7)', () => {
  it('a job stuck past the provider limit counts on the badge, as the popup lists it first', async () => {
    const { route, deps } = setup();
    // now() is 1000 ms after the epoch; a job created long before it is stuck.
    const stuck = {
      provider: 'sora',
      id: 'gen_01k2m3n4p5q6r7s8t9v0w1x2y6',
      status: 'running',
      createdAt: '1969-12-31T00:00:00.000Z',
      source: 'network',
    };
    await route({ type: 'content/generations', provider: 'sora', generations: [stuck] }, sender(5, 'https://sora.chatgpt.com/library'));
    expect(deps.setBadge).toHaveBeenLastCalledWith(5, 1);
  });
});
