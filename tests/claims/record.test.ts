import { describe, expect, it } from 'vitest';
import { recordSent } from '../../src/claims/record.ts';

const draft = { subject: 'S', body: 'B', to: 'support@runwayml.com' };

describe('recordSent', () => {
  it('creates a sent claim with the draft as sent, then updates it instead of duplicating', () => {
    const a = recordSent({}, { provider: 'runway', generationIds: ['x', 'y'], draft, channel: 'gmail', now: 1, newId: 'c1' });
    expect(a.claims.c1).toMatchObject({
      state: 'sent',
      channel: 'gmail',
      draft: { subject: 'S', body: 'B', to: 'support@runwayml.com' },
      history: [{ state: 'sent', at: 1 }],
    });
    const b = recordSent(a.claims, {
      provider: 'runway',
      generationIds: ['y', 'x'],
      draft: { ...draft, body: 'B2' },
      channel: 'copy',
      now: 2,
      newId: 'c2',
    });
    expect(Object.keys(b.claims)).toEqual(['c1']);
    expect(b.claims.c1).toMatchObject({ channel: 'copy', draft: { body: 'B2' }, updatedAt: 2 });
  });

  it('a decided claim is history: a new send opens a new claim', () => {
    const a = recordSent({}, { provider: 'runway', generationIds: ['x'], draft, channel: 'gmail', now: 1, newId: 'c1' });
    a.claims.c1!.state = 'denied';
    const b = recordSent(a.claims, { provider: 'runway', generationIds: ['x'], draft, channel: 'gmail', now: 2, newId: 'c2' });
    expect(Object.keys(b.claims).sort()).toEqual(['c1', 'c2']);
  });
});
