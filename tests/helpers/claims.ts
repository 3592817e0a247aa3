/**
 * A claim as the ledger stores it, for tests that start from one rather than record it: a Runway refund request sent
 * at `at` by copy and not answered; `extra` sets what differs (provider, state, channel, draft, amounts…). Unit tests
 * and the e2e specs that seed the dashboard (e2e/seeded-claims.ts) share it.
 */
import type { Claim } from '../../src/claims/ledger.ts';

/** The Runway demo page's first task. */
export const RUNWAY_TASK = '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f';

export function sentClaim(id: string, at: number, extra: Partial<Claim> = {}): Claim {
  return {
    id,
    provider: 'runway',
    generationIds: [RUNWAY_TASK],
    state: 'sent',
    kind: 'refund',
    followUps: [],
    channel: 'copy',
    draft: { subject: 'Credit refund request — failed generation', body: 'Hello Runway Support,' },
    amounts: { unit: 'credits' },
    history: [{ state: 'sent', at }],
    createdAt: at,
    updatedAt: at,
    ...extra,
  };
}
