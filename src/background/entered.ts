/**
 * Generations AVA did not capture: entered by the person in the popup (source 'manual') or read from a card they
 * picked on the page (source 'picker'). Both are stored like captured ones and shown in that tab's list, so the same
 * draft, ledger, follow-ups and evidence bundle follow.
 */
import { readGenerationId } from '../claims/manual-claim.ts';
import type { PickedCard } from '../messages/contract.ts';
import { providerById } from '../providers/index.ts';
import { type Generation, generationKey } from '../shared/generation.ts';
import { t } from '../shared/i18n.ts';
import { scrubUrl } from '../shared/scrub.ts';
import type { EvidenceRecord } from '../storage/evidence-db.ts';
import { fitBudget, generationsItemFor } from '../storage/generations.ts';
import { casesItem, tabsItem } from '../storage/items.ts';
import type { Store } from '../storage/store.ts';

/** The provider must be known and the ID in one of its formats, whatever the sender already checked. */
export function checkEntered(g: Generation, source: 'manual' | 'picker'): Generation {
  const provider = providerById(g.provider);
  if (!provider) throw new Error(t('sites_err_provider'));
  const r = readGenerationId(provider, g.id);
  if (!r.ok || r.id !== g.id) throw new Error(t('manual_err_id', provider.name));
  return { ...g, source, videoUrl: scrubUrl(g.videoUrl) };
}

/**
 * Store it and put it first in the tab's list. What AVA already captured for the same ID wins over the person's
 * entry (the provider's own status and code are better evidence); the entry only fills what was missing.
 */
export async function recordEntered(
  local: Store,
  session: Store,
  tabId: number,
  g: Generation,
  pageUrl: string | undefined,
  now: number,
): Promise<string> {
  const key = generationKey(g);
  await local.update(generationsItemFor(g.provider), (all) => {
    const old = all[key];
    const merged: Generation = old ? { ...g, ...old.g, credits: old.g.credits ?? g.credits } : g;
    all[key] = { g: merged, firstSeen: old?.firstSeen ?? now, lastSeen: now };
    return fitBudget(all);
  });
  await session.update(tabsItem, (tabs) => {
    const prev = tabs[String(tabId)];
    const same = prev?.provider === g.provider;
    const keys = [key, ...(same ? prev.keys.filter((k) => k !== key) : [])].slice(0, 500);
    // `entered`: the tab shows this provider only because the person entered a generation here (webmail, a blank
    // tab), so the popup does not ask to reload a page AVA never read.
    const entered = same ? prev.entered : (true as const);
    tabs[String(tabId)] = {
      ...prev,
      provider: g.provider,
      keys,
      recognised: true,
      updatedAt: now,
      ...(entered ? { entered } : {}),
      ...(pageUrl ? { pageUrl: scrubUrl(pageUrl) } : {}),
    };
    return tabs;
  });
  return key;
}

/** A picked card's picture as an evidence record, named in the case so the draft and the bundle list it. */
export function cardEvidence(key: string, card: PickedCard, pageUrl: string, now: number, newId: string): EvidenceRecord {
  return {
    id: `card-${newId}`,
    generationKey: key,
    kind: 'card',
    mime: 'image/png',
    dataUrl: card.dataUrl,
    pageUrl: scrubUrl(pageUrl),
    capturedAt: now,
    ...(card.omittedImages > 0 ? { note: t('card_note_omitted', card.omittedImages) } : {}),
  };
}

export async function attachEvidence(local: Store, key: string, evidenceId: string, now: number): Promise<void> {
  await local.update(casesItem, (cases) => {
    const c = cases[key] ?? { modes: [], description: '', evidence: [], updatedAt: 0 };
    cases[key] = { ...c, evidence: [...c.evidence.filter((id) => id !== evidenceId), evidenceId].slice(-50), updatedAt: now };
    return cases;
  });
}

/** The edges the handlers below need (main.ts passes IndexedDB's writer and crypto ids). */
export interface EnteredDeps {
  local: Store;
  session: Store;
  now: () => number;
  putEvidence: (r: EvidenceRecord) => Promise<string>;
  newId: () => string;
}

export function enteredUiHandlers(d: EnteredDeps) {
  return {
    'ui/claim-entered': async (msg: { tabId: number; generation: Generation }) => {
      const g = checkEntered(msg.generation, 'manual');
      return { key: await recordEntered(d.local, d.session, msg.tabId, g, undefined, d.now()) };
    },
  };
}

export function enteredContentHandlers(d: EnteredDeps) {
  return {
    // The sender check tied the page to its provider (registry host or added site); the card must be that provider's.
    'content/picked': async (
      msg: { provider: string; generation: Generation; card?: PickedCard },
      ctx: { tabId: number; pageUrl: string; provider: string },
    ) => {
      if (msg.generation.provider !== ctx.provider) throw new Error(t('manual_err_id', ctx.provider));
      const g = checkEntered(msg.generation, 'picker');
      const now = d.now();
      const key = await recordEntered(d.local, d.session, ctx.tabId, g, ctx.pageUrl, now);
      if (msg.card) await attachEvidence(d.local, key, await d.putEvidence(cardEvidence(key, msg.card, ctx.pageUrl, now, d.newId())), now);
      return { key };
    },
  };
}
