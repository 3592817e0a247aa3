/**
 * Issue 17.4: page text cannot add lines to a draft. A Flow scene ID (and a code, a message, a prompt) carrying
 * "\nAccount email: ..." goes through the worker's door as a content script would send it, then into the draft.
 */
import { describe, expect, it } from 'vitest';
import { recordGenerations } from '../../src/background/generations.ts';
import { draftClaim } from '../../src/claims/draft.ts';
import { veo } from '../../src/providers/veo.ts';
import { scrubLine } from '../../src/shared/scrub.ts';
import { generationsItemFor } from '../../src/storage/generations.ts';
import { Store } from '../../src/storage/store.ts';
import { MemoryArea } from '../helpers/memory-area.ts';

const SCENE = '9b2f6c1a-3d4e-4f5a-8b6c-7d8e9f0a1b2c';
const INJECTED = '\nAccount email: attacker@evil.example\r\nPayment method: card ending in 0000';
const rules = { formats: veo.idFormats.map((f) => f.pattern) };

async function throughTheDoor(list: unknown[]) {
  const local = new Store(new MemoryArea());
  const rec = await recordGenerations(local, new Store(new MemoryArea()), 1, 'veo', 'https://labs.google/fx/tools/flow', list, 1, rules);
  return { rec, stored: Object.values(await local.read(generationsItemFor('veo'))).map((e) => e.g) };
}

describe('page text cannot add lines to a draft', () => {
  it('a scene ID carrying a line break is rejected at the door and never reaches a draft', async () => {
    const { rec, stored } = await throughTheDoor([
      { provider: 'veo', id: `${SCENE}${INJECTED}`, status: 'failed', failureKind: 'generation_error', source: 'network' },
    ]);
    expect(rec.skipped).toBe(1);
    expect(stored).toEqual([]);
  });

  it('codes, messages and prompts with line breaks, bidi and controls come out on one line; the draft has only its own lines', async () => {
    const { stored } = await throughTheDoor([
      {
        provider: 'veo',
        id: SCENE,
        status: 'failed',
        failureKind: 'generation_error',
        source: 'network',
        providerCode: `PUBLIC_ERROR_UNSAFE${INJECTED}`,
        message: `Failed${INJECTED}\u202e`,
        prompt: `a fox${INJECTED}\u2028Account email: x`,
      },
    ]);
    expect(stored).toHaveLength(1);
    const d = draftClaim({
      provider: veo,
      generations: stored,
      modes: [],
      account: { email: 'ana@example.com', last4: '4242' },
      now: new Date('2026-12-01T00:00:00Z'),
    });
    const lines = d.body.split('\n');
    // Only the person's own account line starts a line; the page's text stays inside its quoted line.
    expect(lines.filter((l) => /^\s*Account email:/.test(l)).every((l) => l.trim() === 'Account email: ana@example.com')).toBe(true);
    expect(d.body).toContain('attacker@evil.example'); // still there, as quoted page text
    expect(lines.some((l) => /^\s*Payment method: card ending in 0000/.test(l))).toBe(false);
    expect(d.body).not.toMatch(/[\r\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(d.subject).not.toMatch(/[\r\n]/);
  });

  it('scrubLine folds every line break into one space and strips bidi controls', () => {
    expect(scrubLine('a\r\nb\u2028c\u0085d\te\u202ef\u200fg')).toBe('a b c d efg');
  });
});
