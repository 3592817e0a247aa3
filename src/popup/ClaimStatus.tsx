import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { followUpDays, followUpDue } from '../claims/deadlines.ts';
import { CLAIM_STATES, type Claim, type ClaimState, canMove } from '../claims/ledger.ts';
import { readCredits } from '../claims/manual-claim.ts';
import type { ProviderDefinition } from '../providers/types.ts';
import { day, moveLabel, sentLine, stateLabel, unitLabel } from '../ui/claim-labels.ts';
import { t } from '../shared/i18n.ts';
import { claimsItem } from '../storage/items.ts';
import { claimsOf, moveSavedClaim } from '../ui/claims.ts';
import { useItem } from '../ui/useItem.ts';
import { CreditsField, takesCredits } from '../ui/CreditsField.tsx';

/**
 * The claims already sent for the selected generation, so the person can record the provider's answer where they
 * are (the popup) as well as in the dashboard. Follows the stored ledger, so a send recorded anywhere shows at once.
 */
export function ClaimStatus({ provider, generationId }: { provider: ProviderDefinition; generationId: string }) {
  const ledger = useItem(claimsItem);
  const claims = useMemo(() => (ledger ? claimsOf(ledger, provider.id, generationId) : []), [ledger, provider.id, generationId]);
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  useEffect(() => setStatus(undefined), [provider.id, generationId]);
  // A move re-renders the claim's row (its controls may go: a credited claim has no moves), which dropped keyboard
  // focus to the page: it goes to the sentence saying what was saved.
  const said = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (status) said.current?.focus();
  }, [status]);
  if (!ledger) return null;
  // An empty line read as broken: it says what will appear here, and when.
  if (claims.length === 0)
    return (
      <p class="muted" data-testid="claims-none">
        {t('popup_claims_none')}
      </p>
    );

  const save = async (c: Claim, to: ClaimState, credited?: number) => {
    try {
      await moveSavedClaim(c.id, to, credited);
      setStatus({ ok: true, text: t('popup_claim_updated', stateLabel(to)) });
    } catch (e) {
      setStatus({ ok: false, text: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <section class="panel" aria-label={t('popup_claims_title')} data-testid="claim-status">
      <h2>{t('popup_claims_title')}</h2>
      {claims.slice(0, 3).map((c) => (
        <ClaimRow key={`${c.id}:${c.state}`} c={c} provider={provider} onMove={(to, credited) => void save(c, to, credited)} />
      ))}
      {status && (
        <p
          ref={said}
          tabIndex={-1}
          class={status.ok ? 'muted' : 'error'}
          role={status.ok ? 'status' : 'alert'}
          data-testid="claim-status-message"
        >
          {status.text}
        </p>
      )}
      <a href={chrome.runtime.getURL('src/options/index.html')} target="_blank" rel="noreferrer">
        {t('popup_claim_open_dashboard')}
      </a>
    </section>
  );
}

function ClaimRow({
  c,
  provider,
  onMove,
}: {
  c: Claim;
  provider: ProviderDefinition;
  onMove: (to: ClaimState, credited?: number) => void;
}) {
  const [to, setTo] = useState<ClaimState | ''>('');
  const [credits, setCredits] = useState('');
  const moves = CLAIM_STATES.filter((s) => canMove(c.state, s));
  const due = followUpDue(c, followUpDays(provider));
  const amount = takesCredits(to) ? readCredits(credits) : undefined;
  return (
    <div class="claim" data-testid="popup-claim" data-claim-id={c.id} data-state={c.state}>
      <p>
        <strong>{c.draft.subject}</strong>
        <br />
        <span class="muted">
          {sentLine(day(c.createdAt), c.channel)}
          {c.kind === 'credits_not_returned' && ` · ${t('claims_kind_credits')}`}
        </span>
      </p>
      <p>
        {t('popup_claim_state', stateLabel(c.state))}
        {c.amounts.credited !== undefined && ` · ${t('options_claims_credited', c.amounts.credited, unitLabel(c.amounts.unit))}`}
        {due && due.getTime() <= Date.now() && (
          <>
            {' '}
            · <strong class="due">{t('claims_follow_up_due')}</strong>
          </>
        )}
      </p>
      {moves.length > 0 && (
        <div class="claim-move">
          <label>
            {t(c.state === 'denied' ? 'popup_claim_move_appeal' : 'popup_claim_move')}{' '}
            <select value={to} data-testid="claim-move" onChange={(e) => setTo(e.currentTarget.value as ClaimState | '')}>
              <option value="">{t('popup_claim_move_choose')}</option>
              {moves.map((s) => (
                <option key={s} value={s}>
                  {moveLabel(c.state, s)}
                </option>
              ))}
            </select>
          </label>
          {takesCredits(to) && <CreditsField label={t('popup_claim_credits')} value={credits} onInput={setCredits} />}
          <button
            type="button"
            disabled={!to || amount === 'invalid'}
            data-testid="claim-move-save"
            onClick={() => to && amount !== 'invalid' && onMove(to, amount)}
          >
            {t('popup_claim_update')}
          </button>
        </div>
      )}
    </div>
  );
}
