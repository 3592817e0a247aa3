/**
 * Claims stored straight into the ledger, for the dashboard specs that start from one claim in a given state rather
 * than drive the popup to it. The shape is the version-2 ledger item (src/storage/claims.ts); the generation is the
 * Runway demo page's first task.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';

const RUNWAY_TASK = '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f';

/** A Runway refund claim sent at `at` and not answered; `extra` overrides any field (state, channel, amounts…). */
export function sentClaim(id: string, at: number, extra: Record<string, unknown> = {}) {
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

/** Stores `claims` as the whole ledger through the worker, then opens the dashboard in a new page. */
export async function dashboardWith(
  context: BrowserContext,
  extensionId: string,
  serviceWorker: Worker,
  claims: readonly { id: string }[],
): Promise<Page> {
  await serviceWorker.evaluate(
    (cs) => chrome.storage.local.set({ claims: { v: 2, data: Object.fromEntries(cs.map((c) => [c.id, c])) } }),
    claims as { id: string }[],
  );
  const dash = await context.newPage();
  await dash.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  return dash;
}
