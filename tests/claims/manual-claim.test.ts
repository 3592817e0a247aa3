import { describe, expect, it } from 'vitest';
import {
  domainFamily,
  manualGeneration,
  providerAtSite,
  readCredits,
  readGenerationId,
  siteFamilyOffer,
} from '../../src/claims/manual-claim.ts';
import { PROVIDERS, providerById } from '../../src/providers/index.ts';
import { GenerationSchema } from '../../src/shared/generation.ts';

const runway = providerById('runway')!;
const sora = providerById('sora')!;
const veo = providerById('veo')!;
const kling = providerById('kling')!;

describe('readGenerationId', () => {
  it('accepts each provider format example as it is', () => {
    for (const p of PROVIDERS) {
      for (const f of p.idFormats) {
        const r = readGenerationId(p, `  ${f.example}\n`);
        expect(r, `${p.id} ${f.label}`).toMatchObject({ ok: true, id: f.example, fromLink: false });
      }
    }
  });

  it('reads the one ID out of a pasted link (path, query or fragment)', () => {
    const id = '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
    expect(
      readGenerationId(runway, `https://app.runwayml.com/video-tools/teams/demo/ai-tools/generate?mode=tools&sessionId=${id}`),
    ).toMatchObject({ ok: true, id, fromLink: true });
    expect(readGenerationId(sora, 'https://sora.chatgpt.com/g/gen_01k2m3n4p5q6r7s8t9v0w1x2y3?x=1')).toMatchObject({
      ok: true,
      id: 'gen_01k2m3n4p5q6r7s8t9v0w1x2y3',
    });
    expect(readGenerationId(kling, 'https://app.klingai.com/global/work#784261523409510467')).toMatchObject({
      ok: true,
      id: '784261523409510467',
    });
  });

  it('reads an operation name with slashes out of a link as one ID, not its last segment', () => {
    const r = readGenerationId(veo, 'https://example.test/v1beta/models/veo-3.0-generate-001/operations/8f3kq2m1x7zd');
    expect(r).toMatchObject({ ok: true, id: 'models/veo-3.0-generate-001/operations/8f3kq2m1x7zd', format: 'Gemini API operation' });
  });

  it('does not guess between two different IDs in one link', () => {
    const a = '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
    const b = '7a1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
    const r = readGenerationId(runway, `https://app.runwayml.com/teams/${a}/tasks/${b}`);
    expect(r).toEqual({ ok: false, reason: 'ambiguous', candidates: [a, b] });
  });

  it('says what was expected for a wrong ID, and that nothing was entered for blank input', () => {
    const r = readGenerationId(sora, 'gen_123');
    expect(r.ok).toBe(false);
    if (r.ok || r.reason !== 'no-match') throw new Error('expected no-match');
    expect(r.expected.join(' ')).toContain('gen_01k2m3n4p5q6r7s8t9v0w1x2y3');
    expect(readGenerationId(sora, '   ')).toEqual({ ok: false, reason: 'empty' });
    // Another provider's ID is not this provider's.
    expect(readGenerationId(kling, '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f').ok).toBe(false);
  });
});

describe('readCredits', () => {
  it('reads plain amounts and refuses anything else', () => {
    expect(readCredits('')).toBeUndefined();
    expect(readCredits('12')).toBe(12);
    expect(readCredits('12.5')).toBe(12.5);
    expect(readCredits('1,200')).toBe(1200);
    // The decimal comma and the dot or space grouping thousands of de, fr, es and pt.
    expect(readCredits('12,5')).toBe(12.5);
    expect(readCredits('1.200')).toBe(1200);
    expect(readCredits('1 200,50')).toBe(1200.5);
    expect(readCredits('1,2,3')).toBe('invalid');
    expect(readCredits('-3')).toBe('invalid');
    expect(readCredits('ten')).toBe('invalid');
  });
});

describe('manualGeneration', () => {
  const now = new Date('2026-12-06T22:00:00Z');
  it('stores what the person said as a valid Generation marked as entered', () => {
    const g = manualGeneration({
      provider: runway,
      id: '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
      happened: 'charged_no_output',
      credits: 25,
      now,
    });
    expect(GenerationSchema.parse(g)).toEqual(g);
    expect(g).toMatchObject({ provider: 'runway', status: 'failed', failureKind: 'charged_no_output', credits: 25, source: 'manual' });
    expect(manualGeneration({ provider: runway, id: 'x1', happened: 'blocked', now })).toMatchObject({
      status: 'blocked',
      failureKind: 'moderation',
    });
    const q = manualGeneration({ provider: runway, id: 'x1', happened: 'quality', now });
    expect(q.status).toBe('succeeded');
    expect(q.failureKind).toBeUndefined();
    expect(q.credits).toBeUndefined();
  });
});

describe('sites', () => {
  it('preselects the provider of a known host or an added site, nothing elsewhere', () => {
    expect(providerAtSite('https://app.runwayml.com/x', PROVIDERS)).toBe('runway');
    expect(providerAtSite('https://mail.example.com/inbox', PROVIDERS)).toBeUndefined();
    expect(providerAtSite('https://new.example.com/app', PROVIDERS, { 'https://new.example.com': { provider: 'pika' } })).toBe('pika');
    expect(providerAtSite('not a url', PROVIDERS)).toBeUndefined();
  });

  it('offers a new subdomain of a provider as an added site, not a known host or an unrelated one', () => {
    expect(domainFamily('app.runwayml.com')).toBe('runwayml.com');
    expect(siteFamilyOffer('https://beta.runwayml.com/generate', PROVIDERS)).toEqual({
      provider: 'runway',
      origin: 'https://beta.runwayml.com',
    });
    expect(siteFamilyOffer('https://app.runwayml.com/generate', PROVIDERS)).toBeUndefined();
    expect(siteFamilyOffer('https://beta.runwayml.com/', PROVIDERS, { 'https://beta.runwayml.com': {} })).toBeUndefined();
    expect(siteFamilyOffer('http://beta.runwayml.com/', PROVIDERS)).toBeUndefined();
    expect(siteFamilyOffer('https://mail.example.com/', PROVIDERS)).toBeUndefined();
  });
});
