/**
 * The popup's code that its first view does not need (issue 15.4): the full provider registry with every provider's
 * facts, the drafting, the claim ledger and the storage schemas (zod). The first view draws from the worker's
 * tab-state answer alone; this module loads right after it (useLater.ts), before the person can click anything.
 */
export { draftClaim } from '../claims/draft.ts';
export { providerById } from '../providers/index.ts';
export { analysesItem, analysisProgressItem, casesItem, claimsItem } from '../storage/items.ts';
export { claimsHint } from '../ui/claim-labels.ts';
export { claimsOf, saveSentClaim } from '../ui/claims.ts';
export { localStore } from '../ui/store.ts';
export { followItem } from '../ui/useItem.ts';
