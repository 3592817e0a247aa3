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
  const deps: BackgroundDeps = { local: new Store(local), session: new Store(session), now: () => 1000, setBadge: vi.fn(async () => {}), captureTab: vi.fn(async () => 'shot-1') };
  const route = createRouter({ name: 't', schema: ContentToBackground, handlers: contentHandlers(deps), authorise: authoriseContent('me'), log: () => {} });
  return { local, session, deps, route, ui: uiHandlers(deps) };
}
const sender = (tabId: number, url: string) => ({ id: 'me', frameId: 0, url, tab: { id: tabId, url } });
const failed = { provider: 'sora', id: 'gen_01k2m3n4p5q6r7s8t9v0w1x2y3', status: 'failed', failureKind: 'generation_error', videoUrl: 'https://videos.openai.com/a.mp4?sig=secret&x=1', source: 'network' };

describe('background handlers', () => {
  it('a report is stored (scrubbed), listed for its tab and counted on the badge', async () => {
    const { route, ui, deps } = setup();
    const r = await route({ type: 'content/generations', provider: 'sora', generations: [failed] }, sender(5, 'https://sora.chatgpt.com/library?token=abc'));
    expect(r).toEqual({ ok: true, data: { recorded: 1 } });
    const state = (await ui['ui/tab-state']({ type: 'ui/tab-state', tabId: 5 }, true)) as { tab: { pageUrl: string }; generations: { g: { videoUrl: string } }[] };
    expect(state.generations[0]!.g.videoUrl).toBe('https://videos.openai.com/a.mp4?x=1');
    expect(state.tab.pageUrl).toBe('https://sora.chatgpt.com/library');
    expect(deps.setBadge).toHaveBeenCalledWith(5, 1);
    expect(await ui['ui/tab-state']({ type: 'ui/tab-state', tabId: 6 }, true)).toEqual({ tab: null, generations: [], cases: {} });
  });

  it('a page cannot write another provider’s data: no state change at all', async () => {
    const { route, local, session } = setup();
    const r = await route({ type: 'content/generations', provider: 'runway', generations: [{ ...failed, provider: 'runway' }] }, sender(5, 'https://sora.chatgpt.com/library'));
    expect(r.ok).toBe(false);
    expect(local.data).toEqual({});
    expect(session.data).toEqual({});
  });

  it('"page not recognised" is kept for the popup but never hides what the tab already showed', async () => {
    const { route, ui } = setup();
    await route({ type: 'content/page-status', provider: 'sora', recognised: false, detail: 'No generations found on /explore' }, sender(5, 'https://sora.chatgpt.com/explore'));
    let state = (await ui['ui/tab-state']({ type: 'ui/tab-state', tabId: 5 }, true)) as { tab: { recognised: boolean; detail: string } };
    expect(state.tab).toMatchObject({ recognised: false, detail: 'No generations found on /explore' });
    await route({ type: 'content/generations', provider: 'sora', generations: [failed] }, sender(5, 'https://sora.chatgpt.com/library'));
    await route({ type: 'content/page-status', provider: 'sora', recognised: false, detail: 'later' }, sender(5, 'https://sora.chatgpt.com/library'));
    state = (await ui['ui/tab-state']({ type: 'ui/tab-state', tabId: 5 }, true)) as typeof state;
    expect(state.tab.recognised).toBe(true);
  });
});

describe('generation cap', () => {
  it('evicts only the reporting provider’s oldest entries', async () => {
    const { capGenerations } = await import('../../src/background/generations.ts');
    const { MAX_GENERATIONS_PER_PROVIDER: max } = await import('../../src/storage/items.ts');
    const all: Record<string, import('../../src/storage/items.ts').StoredGeneration> = {
      'runway:old': { g: { provider: 'runway', id: 'old', status: 'failed', source: 'network' }, firstSeen: 0, lastSeen: 0 },
    };
    for (let i = 1; i <= max + 5; i++) all[`sora:g${i}`] = { g: { provider: 'sora', id: `g${i}`, status: 'failed', source: 'network' }, firstSeen: i, lastSeen: i };
    const out = capGenerations(all, 'sora');
    expect(out['runway:old']).toBeDefined();
    expect(Object.keys(out).filter((k) => k.startsWith('sora:'))).toHaveLength(max);
    expect(out['sora:g1']).toBeUndefined();
    expect(out[`sora:g${max + 5}`]).toBeDefined();
  });
});
