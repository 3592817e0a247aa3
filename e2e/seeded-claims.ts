/**
 * Claims stored straight into the ledger, for the dashboard specs that start from one claim in a given state rather
 * than drive the popup to it. The claims themselves come from tests/helpers/claims.ts, which unit tests share.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';

export { sentClaim } from '../tests/helpers/claims.ts';

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
