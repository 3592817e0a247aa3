import { describe, expect, it } from 'vitest';
import { gmailLink, mailtoLink, outlookLink, plainText, URL_BUDGET } from '../../src/claims/channels.ts';
import { draftClaim } from '../../src/claims/draft.ts';
import { runway } from '../../src/providers/runway.ts';
import { sora } from '../../src/providers/sora.ts';
import type { Generation } from '../../src/shared/generation.ts';

const now = new Date('2026-11-25T12:00:00Z');
const soraError: Generation = { provider: 'sora', id: 'gen_01k2m3n4p5q6r7s8t9v0w1x2y3', status: 'failed', providerStatus: 'sora_error', failureKind: 'generation_error', providerCode: 'sora_error', prompt: 'A fox reading a sign that says OPEN', createdAt: '2026-03-01T10:00:00.000Z', source: 'network' };
const soraDone: Generation = { provider: 'sora', id: 'gen_01k2m3n4p5q6r7s8t9v0w1x2y4', status: 'succeeded', providerStatus: 'sora_draft', source: 'network' };
const account = { email: 'ana@example.com', last4: '4242', name: 'Ana' };

describe('draftClaim', () => {
  it('Sora hard failure: subject in OpenAI’s form, account, ID, provider code, honest policy, help center not a guessed address', () => {
    const d = draftClaim({ provider: sora, generations: [soraError], modes: [], account, now });
    expect(d.subject).toBe('Sora 2 credit refund — failed generations');
    expect(d.to).toBeUndefined();
    expect(d.supportUrl).toBe('https://help.openai.com/');
    expect(d.channelNote).toMatch(/no support email/);
    expect(d.body).toContain('Account email: ana@example.com');
    expect(d.body).toContain('card ending in 4242');
    expect(d.body).toContain('gen_01k2m3n4p5q6r7s8t9v0w1x2y3: Generation failed (status sora_error, code sora_error, created 2026-03-01)');
    expect(d.body).toMatch(/outcome is not guaranteed/);
    expect(d.body).toContain('“A fox reading a sign that says OPEN”');
  });

  it('quality claim: technical names with definitions and the person’s words quoted', () => {
    const d = draftClaim({ provider: sora, generations: [soraDone], modes: ['anatomy', 'text'], description: 'six fingers and the sign is gibberish', account, now });
    expect(d.body).toContain('Anatomical Topology Failure');
    expect(d.body).toContain('Text Rendering Failure');
    expect(d.body).toContain('What I observed: “six fingers and the sign is gibberish”');
    expect(d.body).toContain('gen_01k2m3n4p5q6r7s8t9v0w1x2y4: Anatomical Topology Failure; Text Rendering Failure');
  });

  it('Runway: documented address, no card digits (Runway identifies accounts by email), its own failure code', () => {
    const g: Generation = { provider: 'runway', id: '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f', status: 'failed', providerStatus: 'FAILED', failureKind: 'generation_error', providerCode: 'INTERNAL.BAD_OUTPUT.CODE01', source: 'network' };
    const d = draftClaim({ provider: runway, generations: [g], modes: [], account, now });
    expect(d.to).toBe('support@runwayml.com');
    expect(d.body).not.toContain('4242');
    expect(d.body).toContain('code INTERNAL.BAD_OUTPUT.CODE01');
    expect(d.subject).toBe('Credit refund request — failed generation');
  });

  it('a stuck job (running past the provider’s limit) is named as stuck', () => {
    const g: Generation = { provider: 'runway', id: '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5a', status: 'running', providerStatus: 'RUNNING', createdAt: '2026-11-25T08:00:00.000Z', source: 'network' };
    expect(draftClaim({ provider: runway, generations: [g], modes: [], account, now }).body).toContain('Stuck generation');
  });

  it('says less when the profile is empty: no blank account lines', () => {
    const d = draftClaim({ provider: sora, generations: [soraError], modes: [], account: {}, now });
    expect(d.body).not.toMatch(/Account email:|card ending/);
  });
});

describe('send channels', () => {
  const d = draftClaim({ provider: runway, generations: [{ provider: 'runway', id: '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f', status: 'failed', failureKind: 'generation_error', source: 'network' }], modes: [], account, now });

  it('Gmail compose link is well formed and round-trips the draft', () => {
    const { href, shortened } = gmailLink(d);
    const u = new URL(href);
    expect(u.origin + u.pathname).toBe('https://mail.google.com/mail/');
    expect(u.searchParams.get('view')).toBe('cm');
    expect(u.searchParams.get('to')).toBe('support@runwayml.com');
    expect(u.searchParams.get('su')).toBe(d.subject);
    expect(u.searchParams.get('body')).toBe(d.body);
    expect(shortened).toBe(false);
  });

  it('Outlook web compose link round-trips the draft', () => {
    const u = new URL(outlookLink(d).href);
    expect(u.origin + u.pathname).toBe('https://outlook.live.com/mail/0/deeplink/compose');
    expect(u.searchParams.get('to')).toBe('support@runwayml.com');
    expect(u.searchParams.get('subject')).toBe(d.subject);
    expect(u.searchParams.get('body')).toBe(d.body);
  });

  it('mailto keeps the address readable and encodes the rest', () => {
    const { href } = mailtoLink(d);
    expect(href.startsWith('mailto:support@runwayml.com?subject=')).toBe(true);
    expect(decodeURIComponent(href.split('&body=')[1]!)).toBe(d.body);
  });

  it('long drafts are shortened to the budget and say so', () => {
    const long = { ...d, body: `${d.body}\n${'Ünïcode evidence line. '.repeat(400)}` };
    for (const link of [gmailLink(long), mailtoLink(long), outlookLink(long)]) {
      expect(link.href.length).toBeLessThanOrEqual(URL_BUDGET);
      expect(link.shortened).toBe(true);
      expect(decodeURIComponent(link.href)).toContain('full text is on your clipboard');
    }
    expect(plainText(long)).toContain(long.body);
  });
});
