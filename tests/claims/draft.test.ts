import { describe, expect, it } from 'vitest';
import { gmailLink, mailtoLink, outlookLink, plainText, URL_BUDGET } from '../../src/claims/channels.ts';
import { type DraftCase, draftClaim, situationOf } from '../../src/claims/draft.ts';
import { waited } from '../../src/claims/draft-templates.ts';
import { qualityMode } from '../../src/modes/index.ts';
import { hailuo } from '../../src/providers/hailuo.ts';
import { runway } from '../../src/providers/runway.ts';
import { sora } from '../../src/providers/sora.ts';
import type { ProviderDefinition } from '../../src/providers/types.ts';
import type { Generation } from '../../src/shared/generation.ts';
import { proseWords, sentences } from './draft-words.ts';

const now = new Date('2026-11-25T12:00:00Z');
const account = { email: 'ana@example.com', last4: '4242', name: 'Ana' };
const rw = (id: string, g: Partial<Generation>): Generation => ({
  provider: 'runway',
  id,
  status: 'failed',
  source: 'network',
  createdAt: '2026-11-25T09:00:00.000Z',
  ...g,
});
const failed = rw('6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f', {
  providerStatus: 'FAILED',
  failureKind: 'generation_error',
  providerCode: 'INTERNAL.BAD_OUTPUT.CODE01',
  credits: 25,
});
const soraError: Generation = {
  provider: 'sora',
  id: 'gen_01k2m3n4p5q6r7s8t9v0w1x2y3',
  status: 'failed',
  providerStatus: 'sora_error',
  failureKind: 'generation_error',
  providerCode: 'sora_error',
  prompt: 'A fox reading a sign that says OPEN',
  createdAt: '2026-03-01T10:00:00.000Z',
  source: 'network',
};
const blocked = rw('7a1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f', {
  status: 'blocked',
  failureKind: 'moderation_input',
  providerCode: 'SAFETY.INPUT.TEXT',
  prompt: 'A boxer throws a punch in slow motion, sweat flying',
  credits: 10,
});
const done = rw('8b1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f', {
  status: 'succeeded',
  providerStatus: 'SUCCEEDED',
  prompt: 'A woman waves at the camera',
  credits: 40,
  videoUrl: 'https://example.test/v.mp4',
});
// Runway as if it cited no article: the templates' own wording, whatever Runway's file cites today.
const uncited: ProviderDefinition = { ...runway, policy: { ...runway.policy, refundCitation: undefined } };
const base = (over: Partial<DraftCase>): DraftCase => ({ provider: uncited, generations: [failed], modes: [], account, now, ...over });
// Runway's article 34266159290003 "Can I have credits refunded?" (shared/providers-2026-12.md §1.2, stored copy, H):
// "Credits are only automatically returned when a generation ends in a generation error".
const cited: ProviderDefinition = {
  ...runway,
  policy: {
    ...runway.policy,
    refundCitation: {
      title: 'Can I have credits refunded?',
      says: 'credits are automatically returned when a generation ends in a generation error',
      source: runway.policy.autoRefundOnFailure.source,
    },
  },
};
const idsOf = (c: DraftCase) => c.generations.flatMap((g) => [g.id, ...(g.relatedIds ?? [])]);

/** Every template: the person's voice, no tool named, no policy restated, each sentence once, within its budget. */
function expectPersonalEmail(c: DraftCase, budget: number) {
  const d = draftClaim(c);
  expect(d.body).not.toMatch(/\bAVA\b|extension|\btool\b|automatic(ally)? (detect|analys)/i);
  expect(d.body).not.toContain(c.provider.policy.summary.value);
  expect(d.body).not.toMatch(/not guaranteed/);
  expect(d.body.startsWith(`Hello ${c.provider.name} Support,`)).toBe(true);
  const s = sentences(d.body);
  expect(s.length, 'sentences').toBeGreaterThan(2);
  expect(new Set(s).size, s.join(' | ')).toBe(s.length);
  expect(proseWords(d.body, idsOf(c))).toBeLessThanOrEqual(budget);
  expect(d.subject).toContain(c.generations[0]!.id);
  return d;
}

describe('draft templates', () => {
  it('hard failure not refunded: the error in one sentence, the credits charged asked for, sent to the documented address', () => {
    const d = expectPersonalEmail(base({}), 120);
    expect(situationOf(base({}))).toBe('failed');
    expect(d.to).toBe('support@runwayml.com');
    expect(d.subject).toBe('Credit refund request — failed generation — 6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f');
    expect(d.body).toContain('My generation on 2026-11-25 failed with the error INTERNAL.BAD_OUTPUT.CODE01 and delivered no video.');
    expect(d.body).toContain('Could you please return the 25 credits charged for it?');
    expect(d.body).toContain(
      'Generation ID: 6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f (status FAILED, code INTERNAL.BAD_OUTPUT.CODE01, 2026-11-25)',
    );
    expect(d.body).not.toContain('4242'); // Runway identifies accounts by email only
    expect(d.body).not.toContain('help article'); // nothing cited where no article is sourced
  });

  it('without a known cost it still asks for the credits charged, without a figure', () => {
    const d = draftClaim(base({ generations: [{ ...failed, credits: undefined }] }));
    expect(d.body).toContain('Could you please return the credits charged for it?');
  });

  it('cites the provider’s own article in one sentence where it supports the ask', () => {
    const d = expectPersonalEmail(base({ provider: cited }), 120);
    expect(d.body).toContain(
      "Your help article 'Can I have credits refunded?' says credits are automatically returned when a generation ends in a generation error; mine did not come back.",
    );
  });

  it('stuck: how long it sat in the provider’s own status', () => {
    const c = base({
      generations: [
        rw('9c1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f', { status: 'running', providerStatus: 'RUNNING', createdAt: '2026-11-25T08:00:00.000Z' }),
      ],
    });
    expect(situationOf(c)).toBe('stuck');
    const d = expectPersonalEmail(c, 120);
    expect(d.body).toContain('has shown the status “RUNNING” for 4 hours and never finished.');
  });

  it('stuck for days: the wait in days, as a person would write it', () => {
    const c = base({
      generations: [
        rw('9c1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f', {
          status: 'running',
          providerStatus: 'THROTTLED',
          createdAt: '2026-11-13T23:00:00.000Z',
        }),
      ],
    });
    expect(expectPersonalEmail(c, 120).body).toContain('has shown the status “THROTTLED” for 11 days and never finished.');
  });

  it.each([
    [1, '1 hour'],
    [47, '47 hours'],
    [48, '2 days'],
    [285, '11 days'],
  ])('waited(%i) is "%s"', (hours, text) => {
    expect(waited(hours)).toBe(text);
  });

  it('charged without a video: the charge the page showed', () => {
    const c = base({ generations: [{ ...failed, failureKind: 'charged_no_output' }] });
    const d = expectPersonalEmail(c, 120);
    expect(d.body).toContain('I was charged 25 credits for my generation on 2026-11-25, but no video was delivered.');
  });

  it('moderation block: asks for a review and quotes the prompt', () => {
    const c = base({ generations: [blocked] });
    expect(situationOf(c)).toBe('moderation');
    const d = expectPersonalEmail(c, 150);
    expect(d.subject.startsWith(runway.ticket.subjects.moderation)).toBe(true);
    expect(d.body).toContain('was blocked (SAFETY.INPUT.TEXT), and I believe the block was a mistake.');
    expect(d.body).toContain('My prompt was: “A boxer throws a punch in slow motion, sweat flying”');
    expect(d.body).toContain('Could you please review the block and, if it was a mistake, return the 10 credits charged for it?');
  });

  it('broken output: goodwill, technical name with its definition, the moment, the person’s words, the findings', () => {
    const findings = [
      { mode: 'anatomy' as const, confidence: 0.8, at: [2, 3.5] as [number, number], reasons: ['a hand with six fingers'] },
    ];
    const c = base({
      generations: [done],
      modes: ['anatomy', 'identity'],
      description: 'her face changes halfway and the hand has six fingers',
      marks: [3.2],
      findings,
    });
    expect(situationOf(c)).toBe('broken');
    const d = expectPersonalEmail(c, 180);
    expect(d.subject.startsWith(runway.ticket.subjects.quality)).toBe(true);
    expect(d.body).toContain(`- Anatomical Topology Failure: ${qualityMode('anatomy').definition}`);
    expect(d.body).toContain(`- Identity Coherence Failure: ${qualityMode('identity').definition}`);
    expect(d.body).toContain('It shows at 00:03.2.');
    expect(d.body).toContain('In my words: “her face changes halfway and the hand has six fingers”');
    expect(d.body).toContain('- Anatomical Topology Failure, 00:02.0–00:03.5: a hand with six fingers');
    expect(d.body).toContain('Would you consider returning the 40 credits charged for it as a goodwill gesture?');
    // The names are descriptions, not the provider's vocabulary: nothing says the provider uses or recognises them.
    expect(d.body).not.toMatch(/recogni[sz]e|your (term|category)/i);
  });

  it('several generations: first ID and the count in the subject, every ID listed, 50 more words allowed', () => {
    const more = [
      failed,
      rw('6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e60', { failureKind: 'generation_error', providerCode: 'X1', credits: 5 }),
      rw('6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e61', { failureKind: 'generation_error', credits: 10 }),
    ];
    const d = expectPersonalEmail(base({ generations: more }), 170);
    expect(d.subject).toBe('Credit refund request — failed generation — 6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f and 2 more');
    expect(d.body).toContain('Could you please return the 40 credits charged for them?');
    for (const g of more) expect(d.body).toContain(`- ${g.id}:`);
  });

  it('a quota-billed provider: asks to restore the allowance, not for credits', () => {
    const quota: ProviderDefinition = {
      ...uncited,
      billing: { kind: 'quota', unit: 'video generations', source: runway.policy.autoRefundOnFailure.source },
    };
    const d = expectPersonalEmail(base({ provider: quota, generations: [{ ...failed, credits: undefined }] }), 120);
    expect(d.body).toContain('Could you please restore what this attempt used to my allowance?');
    expect(d.body).not.toMatch(/credits/i);
    const withCount = draftClaim(base({ provider: quota, generations: [{ ...failed, credits: 1 }] }));
    expect(withCount.body).toContain('restore the 1 video generation this attempt used to my allowance?');
  });

  it('an unknown status shows the provider’s raw status and code', () => {
    const g = rw('5d1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f', { status: 'unknown', providerStatus: 'THROTTLED_V2', providerCode: 'E_4471' });
    const d = expectPersonalEmail(base({ generations: [g] }), 120);
    expect(d.body).toContain('ended with the status “THROTTLED_V2” (code E_4471)');
    expect(d.body).toContain('(status THROTTLED_V2, code E_4471, 2026-11-25)');
  });

  it('Sora: card digits where OpenAI identifies accounts by them, help center URL, no guessed address', () => {
    const d = expectPersonalEmail({ provider: sora, generations: [soraError], modes: [], account, now }, 120);
    expect(d.to).toBeUndefined();
    expect(d.supportUrl).toBe('https://help.openai.com/');
    expect(d.body).toContain('Payment card ending in: 4242');
    expect(d.body).toContain('Prompt: “A fox reading a sign that says OPEN”');
  });

  it('a provider with no documented channel: no address, no URL, a note instead', () => {
    // Hailuo documents no support channel AVA could verify (src/providers/hailuo.ts).
    const g: Generation = {
      provider: 'hailuo',
      id: '312245658493452290',
      status: 'failed',
      failureKind: 'generation_error',
      source: 'network',
    };
    const d = draftClaim({ provider: hailuo, generations: [g], modes: [], account, now });
    expect(d.to).toBeUndefined();
    expect(d.supportUrl).toBeUndefined();
    expect(d.channelNote).toBe(hailuo.support.noneDocumented);
    expect(d.body).not.toMatch(/could find|publishes no/);
  });

  it('says less when the profile is empty: no blank account lines', () => {
    const d = draftClaim({ provider: sora, generations: [soraError], modes: [], account: {}, now });
    expect(d.body).not.toMatch(/Account email:|card ending/);
  });

  it('names the attachments on one line', () => {
    expect(draftClaim(base({ attachments: ['screenshot-1.jpg'] })).body).toContain('Attached evidence: screenshot-1.jpg.');
  });
});

describe('send channels', () => {
  const d = draftClaim({
    provider: runway,
    generations: [
      {
        provider: 'runway',
        id: '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
        status: 'failed',
        failureKind: 'generation_error',
        source: 'network',
      },
    ],
    modes: [],
    account,
    now,
  });

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
