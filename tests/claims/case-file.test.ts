import { describe, expect, it } from 'vitest';
import { draftFromCaseFile } from '../../src/claims/case-file.ts';
import { caseWarnings } from '../../src/claims/warnings.ts';
import { sora } from '../../src/providers/sora.ts';
import type { ProviderDefinition } from '../../src/providers/types.ts';
import { source } from '../../src/shared/facts.ts';

const good = {
  provider: 'sora',
  generations: [{ id: 'gen_01jsq5a7c9e2g4j6k8m0p3r5t7', status: 'succeeded', prompt: 'A fox in snow' }],
  modes: ['anatomy'],
  description: 'six fingers',
  profile: { email: 'ana@example.com', last4: '4242' },
};

describe('case file -> draft', () => {
  it('drafts a Sora quality claim to the help center', () => {
    const out = draftFromCaseFile(good);
    expect(out.channel).toBe('help-center');
    expect(out.to).toBeNull();
    expect(out.url).toBe('https://help.openai.com/');
    expect(out.subject).toBe('Sora 2 goodwill credit request — defective video — gen_01jsq5a7c9e2g4j6k8m0p3r5t7');
    expect(out.body).toContain('- Anatomical Topology Failure: ');
    expect(out.body).toContain('Payment card ending in: 4242');
  });

  it('carries credits, duration and model into the draft', () => {
    const out = draftFromCaseFile({
      ...good,
      generations: [{ ...good.generations[0], credits: 30, durationS: 10, model: 'sora-2' }],
      now: '2026-03-01T00:00:00Z',
    });
    expect(out.body).toContain('returning the 30 credits charged for it');
    expect(out.body).toContain('model sora-2, 10 s');
    expect(() => draftFromCaseFile({ ...good, generations: [{ id: 'x', credits: -1 }] })).toThrow(/generations\.0\.credits/);
  });

  it('warns that Sora has closed, with the dates from its lifecycle events, only once they have passed', () => {
    const closed = draftFromCaseFile({ ...good, now: '2026-11-25T12:00:00Z' });
    const w = closed.warnings.find((x) => x.kind === 'closed');
    expect(w?.message).toContain('Sora web and mobile app discontinued on 2026-04-26');
    expect(w?.message).toContain('Videos API and sora-2 models shut down on 2026-09-24');
    expect(w?.confidence).toBe('H');
    const before = draftFromCaseFile({ ...good, now: '2026-05-01T12:00:00Z' }).warnings.find((x) => x.kind === 'closed');
    expect(before?.message).not.toContain('2026-09-24');
  });

  it('warns when a refund deadline has passed as of now, and not before', () => {
    // No provider file names a sourced refund deadline today (Sora's 2026-09-30 came from a third-party site and was
    // removed), so the rule is tested on a provider that reports one.
    const withDeadline: ProviderDefinition = {
      ...sora,
      lifecycle: {
        ...sora.lifecycle,
        events: [
          ...sora.lifecycle.events,
          { label: 'Last day for credit refund tickets', date: '2026-09-30', source: source('a reported date', 'L') },
        ],
      },
    };
    const late = caseWarnings(withDeadline, new Date('2026-10-02T00:00:00Z')).filter((x) => x.kind === 'refund-window-passed');
    expect(late).toHaveLength(1);
    expect(late[0]!.message).toContain('2026-09-30');
    expect(late[0]!.confidence).toBe('L');
    expect(caseWarnings(withDeadline, new Date('2026-09-29T00:00:00Z')).some((x) => x.kind === 'refund-window-passed')).toBe(false);
    expect(draftFromCaseFile({ ...good, now: '2026-10-02T00:00:00Z' }).warnings.some((x) => x.kind === 'refund-window-passed')).toBe(false);
  });

  it('a provider documenting neither address nor page: channel none with a warning, never a help center without a URL', () => {
    // Hailuo documents no support channel AVA could verify (src/providers/hailuo.ts).
    const out = draftFromCaseFile({
      provider: 'hailuo',
      generations: [{ id: '312245658493452290', failureKind: 'generation_error' }],
      now: '2026-11-25T00:00:00Z',
    });
    expect(out).toMatchObject({ channel: 'none', to: null, url: null });
    expect(out.warnings.map((w) => w.kind)).toEqual(['no-channel']);
    const runway = draftFromCaseFile({
      provider: 'runway',
      generations: [{ id: '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f' }],
      now: '2026-11-25T00:00:00Z',
    });
    expect(runway).toMatchObject({ channel: 'email', to: 'support@runwayml.com', warnings: [] });
  });

  it('names the field that is wrong', () => {
    expect(() => draftFromCaseFile({ ...good, provider: 'nope' })).toThrow('invalid case: provider: unknown provider "nope"');
    expect(() => draftFromCaseFile({ ...good, generations: [] })).toThrow(/invalid case: generations:/);
    expect(() => draftFromCaseFile({ ...good, modes: ['fingers'] })).toThrow(/invalid case: modes\.0:/);
    expect(() => draftFromCaseFile({ ...good, profile: { last4: '12' } })).toThrow(/invalid case: profile\.last4/);
    expect(() => draftFromCaseFile('[]')).toThrow(/invalid case: \(root\)/);
  });
});
