import { useEffect, useState } from 'preact/hooks';
import type { BalanceEntry } from '../claims/balances.ts';
import { checkCredits, type CreditCheck as Check, offersCreditsDraft } from '../claims/credit-check.ts';
import { draftCreditsNotReturned } from '../claims/credits-draft.ts';
import type { Draft } from '../claims/draft.ts';
import type { SendChannel } from '../claims/record.ts';
import type { ProviderDefinition } from '../providers/types.ts';
import { type Generation, generationKey } from '../shared/generation.ts';
import { balancesItem, profileItem } from '../storage/items.ts';
import { generationsItemFor } from '../storage/generations.ts';
import { t } from '../shared/i18n.ts';
import { localStore } from '../ui/store.ts';
import { saveSentClaim } from '../ui/claims.ts';
import { DraftPanel } from './DraftPanel.tsx';
import { DASHBOARD_SLOT } from './DashboardLink.tsx';

const fig = (e: BalanceEntry) => `${e.amount} ${e.unit}`;
const when = (ms: number) => new Date(ms).toLocaleString();
const span = (min: number) => (min % 60 === 0 ? t('credit_hours', min / 60) : t('credit_minutes', min));

/** One sentence for a check, from the figures only (page data rendered as text). */
function sentence(c: Check, p: ProviderDefinition): string {
  switch (c.status) {
    case 'no-balance':
      return p.parseBalance ? t('credit_no_balance_yet', p.name) : t('credit_no_balance_field', p.name);
    case 'no-before':
      return t('credit_no_before', fig(c.after), when(c.after.lastAt));
    case 'charged':
      return t('credit_charged', p.name, c.charge.field, String(c.charge.amount), c.charge.unit);
    case 'not-charged':
      return t('credit_not_charged', p.name, c.charge.field);
    case 'returned':
      return t('credit_returned', fig(c.before), fig(c.after));
    case 'unclear':
      return t('credit_unclear', fig(c.before), fig(c.after), c.others);
    case 'waiting':
      return t('credit_waiting', fig(c.before), fig(c.after), `${c.missing} ${c.after.unit}`, p.name, span(c.windowMinutes), when(c.dueAt));
    case 'not-returned':
      return c.windowMinutes !== undefined
        ? t('credit_overdue', fig(c.before), fig(c.after), `${c.missing} ${c.after.unit}`, p.name, span(c.windowMinutes))
        : t('credit_missing_no_window', fig(c.before), fig(c.after), `${c.missing} ${c.after.unit}`, p.name);
  }
}

/**
 * For a failed generation: the balance before it and after it (or the charge on it) as the provider's own page
 * showed them, whether the credits came back, and a "credits not returned" ticket when they did not.
 */
export function CreditCheck({ provider, g }: { provider: ProviderDefinition; g: Generation }) {
  const [check, setCheck] = useState<Check>();
  const [draft, setDraft] = useState<{ n: number; d: Draft }>();
  useEffect(() => {
    setDraft(undefined);
    // Only this provider's generations: they have their own storage item (storage/generations.ts).
    void Promise.all([localStore.read(balancesItem), localStore.read(generationsItemFor(provider.id))]).then(([balances, all]) => {
      const own = all[generationKey(g)];
      const others = Object.values(all).filter((s) => s.g.provider === provider.id && s.g.id !== g.id);
      setCheck(checkCredits({ g, firstSeen: own?.firstSeen, provider, history: balances[provider.id] ?? [], others, now: Date.now() }));
    });
  }, [provider.id, g.id, g.status]);
  if (!check) return null;

  const makeDraft = async () => {
    if (!offersCreditsDraft(check)) return;
    const profile = await localStore.read(profileItem);
    const account = { ...profile.defaults, ...profile.accounts[provider.id], name: profile.name };
    setDraft((x) => ({ n: (x?.n ?? 0) + 1, d: draftCreditsNotReturned({ provider, g, check, account, now: new Date() }) }));
  };
  const record = async (channel: SendChannel, d: Draft) => {
    await saveSentClaim({ provider: provider.id, generationIds: [g.id], channel, draft: d, kind: 'credits_not_returned' });
    return t('credit_claim_saved', DASHBOARD_SLOT);
  };
  return (
    <section class="panel" aria-label={t('credit_title')} data-testid="credit-check" data-status={check.status}>
      <h2 class="line-repeat">{t('credit_title')}</h2>
      <p data-testid="credit-sentence">{sentence(check, provider)}</p>
      {offersCreditsDraft(check) && (
        <button type="button" data-testid="credits-draft-button" onClick={() => void makeDraft()}>
          {t('credit_draft_button')}
        </button>
      )}
      {draft && <DraftPanel key={draft.n} initial={draft.d} onSent={record} />}
    </section>
  );
}
