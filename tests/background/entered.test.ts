import { describe, expect, it, vi } from 'vitest';
import { contentHandlers, uiHandlers, type BackgroundDeps } from '../../src/background/handlers.ts';
import { authoriseContent } from '../../src/background/senders.ts';
import { manualGeneration } from '../../src/claims/manual-claim.ts';
import { ContentToBackground } from '../../src/messages/contract.ts';
import { createRouter } from '../../src/messages/router.ts';
import { providerById } from '../../src/providers/index.ts';
import type { EvidenceRecord } from '../../src/storage/evidence-db.ts';
import { generationsItemFor } from '../../src/storage/generations.ts';
import { casesItem, tabsItem } from '../../src/storage/items.ts';

const generationsItem = generationsItemFor('runway');
import { Store } from '../../src/storage/store.ts';
import { MemoryArea } from '../helpers/memory-area.ts';

const runway = providerById('runway')!;
const TASK = '3b9d2f4e-6a1c-4e8b-9d7f-5c2a1b0e9f8d';
const PNG = 'data:image/png;base64,iVBORw0KGgo=';

function setup() {
  const evidence: EvidenceRecord[] = [];
  const deps: BackgroundDeps = {
    local: new Store(new MemoryArea()),
    session: new Store(new MemoryArea()),
    now: () => 5000,
    setBadge: vi.fn(async () => {}),
    captureTab: vi.fn(async () => 'shot'),
    putEvidence: async (r) => (evidence.push(r), r.id),
    newId: () => 'n1',
  };
  const route = createRouter({
    name: 't',
    schema: ContentToBackground,
    handlers: contentHandlers(deps),
    authorise: authoriseContent('me'),
    log: () => {},
  });
  return { deps, ui: uiHandlers(deps), route, evidence };
}
const pikaTab = { id: 'me', frameId: 0, url: 'https://pika.art/redesign?token=abc', tab: { id: 4, url: 'https://pika.art/redesign' } };

describe('generations AVA did not capture', () => {
  it('an entered generation is stored as manual, listed first in its tab, and marked as entered there', async () => {
    const { deps, ui } = setup();
    const g = manualGeneration({ provider: runway, id: TASK, happened: 'charged_no_output', credits: 25, now: new Date(0) });
    // Whatever the popup sent as source, the worker stores what it is: entered by the person.
    await ui['ui/claim-entered']({ type: 'ui/claim-entered', tabId: 9, generation: { ...g, source: 'network' } }, true);
    expect((await deps.local.read(generationsItem))[`runway:${TASK}`]).toEqual({
      g: { ...g, source: 'manual' },
      firstSeen: 5000,
      lastSeen: 5000,
    });
    expect((await deps.session.read(tabsItem))['9']).toEqual({
      provider: 'runway',
      keys: [`runway:${TASK}`],
      recognised: true,
      entered: true,
      updatedAt: 5000,
    });
  });

  it('refuses an ID that is not in the provider’s formats, and an unknown provider', async () => {
    const { ui, deps } = setup();
    const g = manualGeneration({ provider: runway, id: 'gen_01k2m3n4p5q6r7s8t9v0w1x2y3', happened: 'failed', now: new Date(0) });
    await expect(ui['ui/claim-entered']({ type: 'ui/claim-entered', tabId: 9, generation: g }, true)).rejects.toThrow();
    await expect(
      ui['ui/claim-entered']({ type: 'ui/claim-entered', tabId: 9, generation: { ...g, provider: 'nope', id: TASK } }, true),
    ).rejects.toThrow();
    expect(await deps.local.read(generationsItem)).toEqual({});
  });

  it('what AVA captured wins over an entry for the same ID; the entry only adds the credits', async () => {
    const { ui, deps } = setup();
    await deps.local.write(generationsItem, {
      [`runway:${TASK}`]: {
        g: { provider: 'runway', id: TASK, status: 'failed', providerCode: 'INTERNAL.BAD_OUTPUT.CODE01', source: 'network' },
        firstSeen: 1,
        lastSeen: 1,
      },
    });
    const g = manualGeneration({ provider: runway, id: TASK, happened: 'blocked', credits: 7, now: new Date(0) });
    await ui['ui/claim-entered']({ type: 'ui/claim-entered', tabId: 9, generation: g }, true);
    expect((await deps.local.read(generationsItem))[`runway:${TASK}`]!.g).toMatchObject({
      status: 'failed',
      providerCode: 'INTERNAL.BAD_OUTPUT.CODE01',
      source: 'network',
      credits: 7,
    });
  });

  it('a picked card: stored as picker for the page’s own provider, its picture kept and named in the case', async () => {
    const { route, deps, evidence } = setup();
    const id = '9c1e4b7a-2d3f-4a5b-8c6d-7e8f9a0b1c2d';
    const generation = { provider: 'pika', id, status: 'failed', message: 'Generation failed.', source: 'picker' };
    const card = { dataUrl: PNG, width: 320, height: 228, omittedImages: 1 };
    expect(await route({ type: 'content/picked', provider: 'pika', generation, card }, pikaTab)).toEqual({
      ok: true,
      data: { key: `pika:${id}` },
    });
    expect(evidence).toEqual([
      expect.objectContaining({
        id: 'card-n1',
        generationKey: `pika:${id}`,
        kind: 'card',
        mime: 'image/png',
        pageUrl: 'https://pika.art/redesign',
        note: expect.any(String),
      }),
    ]);
    expect((await deps.local.read(casesItem))[`pika:${id}`]!.evidence).toEqual(['card-n1']);
    // Another provider's generation from this page, or a non-PNG picture, is refused.
    expect(
      (await route({ type: 'content/picked', provider: 'pika', generation: { ...generation, provider: 'runway', id: TASK } }, pikaTab)).ok,
    ).toBe(false);
    expect(
      (
        await route(
          { type: 'content/picked', provider: 'pika', generation, card: { ...card, dataUrl: 'data:text/html;base64,PHNjcmlwdD4=' } },
          pikaTab,
        )
      ).ok,
    ).toBe(false);
  });
});
