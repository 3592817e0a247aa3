import { describe, expect, it } from 'vitest';
import { draftFromCaseFile } from '../../src/claims/case-file.ts';

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
    expect(out.subject).toBe('Sora 2 credit refund — failed generations');
    expect(out.body).toContain('gen_01jsq5a7c9e2g4j6k8m0p3r5t7: Anatomical Topology Failure');
    expect(out.body).toContain('card ending in 4242');
  });

  it('names the field that is wrong', () => {
    expect(() => draftFromCaseFile({ ...good, provider: 'nope' })).toThrow('invalid case: provider: unknown provider "nope"');
    expect(() => draftFromCaseFile({ ...good, generations: [] })).toThrow(/invalid case: generations:/);
    expect(() => draftFromCaseFile({ ...good, modes: ['fingers'] })).toThrow(/invalid case: modes\.0:/);
    expect(() => draftFromCaseFile({ ...good, profile: { last4: '12' } })).toThrow(/invalid case: profile\.last4/);
    expect(() => draftFromCaseFile('[]')).toThrow(/invalid case: \(root\)/);
  });
});
