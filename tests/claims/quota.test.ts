/** Providers billed by an allowance (Grok, Midjourney): triage and the ledger speak of the allowance, not credits. */
import { describe, expect, it } from 'vitest';
import { recordSent } from '../../src/claims/record.ts';
import { triage } from '../../src/claims/triage.ts';
import { grok } from '../../src/providers/grok.ts';
import { midjourney } from '../../src/providers/midjourney.ts';
import { runway } from '../../src/providers/runway.ts';
import type { Generation } from '../../src/shared/generation.ts';

const now = new Date('2026-12-06T12:00:00Z');
const failed = (provider: string): Generation => ({
  provider,
  id: '0b6e1f4a-2c3d-4e5f-8a9b-0c1d2e3f4a5b',
  status: 'failed',
  failureKind: 'generation_error',
  source: 'network',
});
const draft = { subject: 'S', body: 'B' };

describe('quota providers', () => {
  it('a failed Grok video is a quota complaint: restore the allowance, no credits', () => {
    const t = triage(failed('grok'), grok, now);
    expect(t).toMatchObject({ lane: 'hard', action: 'draft' });
    expect(t.policy).toMatch(/allowance \(video generations\), not credits/);
    expect(t.policy).not.toMatch(/returns credits/);
  });

  it('Midjourney does not count failed jobs: the triage says so in GPU time', () => {
    expect(triage(failed('midjourney'), midjourney, now).policy).toBe(
      'Midjourney does not count failed generations against your Fast GPU time; if this one was counted, draft a claim to have it ' +
        'restored.',
    );
  });

  it('credit providers keep the credits wording', () => {
    expect(triage({ ...failed('runway'), id: '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f' }, runway, now).policy).toMatch(/returns credits/);
  });

  it('the ledger records a claim in the provider’s own unit', () => {
    const unit = (provider: string) =>
      recordSent({}, { provider, generationIds: ['x'], draft, channel: 'copy', now: 1, newId: 'c' }).claims.c!.amounts.unit;
    expect([unit('grok'), unit('midjourney'), unit('firefly'), unit('runway')]).toEqual([
      'video generations',
      'Fast GPU time',
      'generative credits',
      'credits',
    ]);
  });
});
