import { useEffect, useRef, useState } from 'preact/hooks';
import { deadlines, followUpDays, followUpDue } from '../claims/deadlines.ts';
import { toIcs } from '../claims/ics.ts';
import { CLAIM_STATES, type ClaimState, canMove, totals } from '../claims/ledger.ts';
import { readCredits } from '../claims/manual-claim.ts';
import { recordFollowUp, type SendChannel } from '../claims/record.ts';
import { day, moveLabel, sentLine, stateLabel, unitLabel } from '../ui/claim-labels.ts';
import { moveSavedClaim } from '../ui/claims.ts';
import { PROVIDERS, providerById } from '../providers/index.ts';
import { claimsItem } from '../storage/items.ts';
import { t } from '../shared/i18n.ts';
import { localStore } from '../ui/store.ts';
import { useItem } from '../ui/useItem.ts';
import { CreditsField, takesCredits } from '../ui/CreditsField.tsx';
import { FollowUpPanel } from './FollowUpPanel.tsx';

/** One whole sentence per case (chrome.i18n has no plurals), so a translator can reorder each. */
const totalLine = (claims: number, credited: number, rate: number | undefined) =>
  rate === undefined
    ? t(claims === 1 ? 'options_claims_total_one' : 'options_claims_total_many', claims, credited)
    : t(claims === 1 ? 'options_claims_total_rate_one' : 'options_claims_total_rate_many', claims, credited, Math.round(rate * 100));

/** The claim ledger: every claim with its state, moved by the person as answers come in; totals computed here. */
export function ClaimsTable() {
  // Followed, not read once: a claim sent from the popup, an import or "Delete everything" shows without a reload
  // (the reminders below already followed the ledger, so the two sections disagreed).
  const claims = useItem(claimsItem);
  const [filter, setFilter] = useState<string>('');
  const [error, setError] = useState<string>();
  const [ics, setIcs] = useState<string>();
  const [followUp, setFollowUp] = useState<string>();
  // The claim whose "How many credits came back?" field is open, and the state it would move to.
  const [asking, setAsking] = useState<{ id: string; to: ClaimState }>();
  const [creditsText, setCreditsText] = useState('');
  // The button that opened the follow-up: closing the panel gives focus back to it (or, once the follow-up is sent and
  // the button gone, to its claim's state), not to the page's body.
  const opener = useRef<HTMLElement>();
  const closeFollowUp = () => {
    const back = opener.current?.isConnected
      ? opener.current
      : document.querySelector<HTMLElement>(`[data-claim-id="${CSS.escape(followUp ?? '')}"] select`);
    setFollowUp(undefined);
    back?.focus();
  };
  useEffect(() => {
    if (!claims) return;
    // Nothing ahead (no open claim, no provider date to come): the export would be an empty calendar, so no button.
    const dates = deadlines(Object.values(claims), PROVIDERS, new Date());
    if (dates.length === 0) return setIcs(undefined);
    const url = URL.createObjectURL(new Blob([toIcs(dates, new Date(), t)], { type: 'text/calendar' }));
    setIcs(url);
    return () => URL.revokeObjectURL(url);
  }, [claims]);
  if (!claims) return <p class="muted">{t('popup_loading')}</p>;

  const save = async (id: string, to: ClaimState, credited?: number) => {
    try {
      await moveSavedClaim(id, to, credited);
      setError(undefined);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const move = (select: HTMLSelectElement, id: string, from: ClaimState, to: ClaimState) => {
    // Withdrawn is final (the ledger allows no move out of it), and a select commits on a slip of the arrow keys.
    if (to === 'withdrawn' && !confirm(t('options_claims_withdraw_confirm'))) {
      select.value = from;
      return;
    }
    // Credited asks how many came back, in a field under the list (the browser's prompt() was English-framed, modal
    // and out of reach of the page's keyboard order); nothing moves until it is saved.
    if (takesCredits(to)) {
      setCreditsText('');
      setAsking({ id, to });
      return;
    }
    setAsking(undefined);
    void save(id, to);
  };
  // Cancel means "not this": the claim keeps its state, the list shows it again and the keyboard goes back to it.
  const stateSelect = (id: string) => document.querySelector<HTMLSelectElement>(`[data-claim-id="${CSS.escape(id)}"] select`);
  const closeAsking = (id: string) => {
    setAsking(undefined);
    requestAnimationFrame(() => stateSelect(id)?.focus());
  };
  const saveCredits = (id: string, to: ClaimState) => {
    const amount = readCredits(creditsText);
    if (amount === 'invalid') return;
    void save(id, to, amount).then(() => closeAsking(id));
  };
  // Sending a follow-up is recorded on the claim: the next one is counted from now (and the alarm moves with it).
  const followedUp = async (id: string, channel: SendChannel, subject: string) => {
    const all = await localStore.update(claimsItem, (cs) => ({
      ...cs,
      [id]: recordFollowUp(cs[id]!, { channel, subject, now: Date.now() }),
    }));
    const next = followUpDue(all[id]!, followUpDays(providerById(all[id]!.provider)));
    return t('followup_recorded', next ? day(next.getTime()) : '—');
  };
  const now = Date.now();
  const list = Object.values(claims)
    .filter((c) => !filter || c.provider === filter || c.state === filter)
    .sort((a, b) => b.updatedAt - a.updatedAt);
  return (
    <section aria-label={t('options_claims_title')} data-testid="claims">
      <h2>{t('options_claims_title')}</h2>
      {Object.keys(claims).length === 0 ? (
        <p class="muted">{t('options_claims_none')}</p>
      ) : (
        <>
          <dl class="facts" data-testid="claim-totals">
            {totals(Object.values(claims)).map((sum) => [
              <dt key={`t${sum.provider}`}>{providerById(sum.provider)?.name ?? sum.provider}</dt>,
              <dd key={`d${sum.provider}`}>{totalLine(sum.claims, sum.credited, sum.successRate)}</dd>,
            ])}
          </dl>
          <label>
            {t('options_claims_filter')}{' '}
            <select value={filter} onChange={(e) => setFilter(e.currentTarget.value)}>
              <option value="">{t('options_claims_filter_all')}</option>
              {/* Providers and states in one unlabelled list read as one series ("Runway, drafted, sent"): grouped. */}
              <optgroup label={t('options_col_provider')}>
                {[...new Set(Object.values(claims).map((c) => c.provider))].map((p) => (
                  <option key={p} value={p}>
                    {providerById(p)?.name ?? p}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t('options_claims_col_state')}>
                {CLAIM_STATES.map((s) => (
                  <option key={s} value={s}>
                    {stateLabel(s)}
                  </option>
                ))}
              </optgroup>
            </select>
          </label>
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
          <div class="table-scroll">
            <table class="cards">
              <thead>
                <tr>
                  <th>{t('options_col_provider')}</th>
                  <th>{t('options_claims_col_ids')}</th>
                  <th>{t('draft_subject')}</th>
                  <th>{t('options_claims_col_state')}</th>
                  <th>{t('options_claims_col_follow_up')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((c) => {
                  const due = followUpDue(c, followUpDays(providerById(c.provider)));
                  const isDue = due !== undefined && due.getTime() <= now;
                  return (
                    <tr key={c.id} data-testid="claim" data-claim-id={c.id}>
                      <td class="card-title">{providerById(c.provider)?.name ?? c.provider}</td>
                      <td class="mono" data-label={t('options_claims_col_ids')}>
                        {c.generationIds.join(', ')}
                      </td>
                      <td data-label={t('draft_subject')}>
                        {c.draft.subject}
                        <div class="muted">{sentLine(day(c.createdAt), c.channel)}</div>
                        {/* A follow-up moved the next date without a word on the row: when the last one went out. */}
                        {c.followUps.length > 0 && (
                          <div class="muted">{t('options_claims_followed_up', day(c.followUps[c.followUps.length - 1]!.at))}</div>
                        )}
                        {c.kind === 'credits_not_returned' && <div class="muted">{t('claims_kind_credits')}</div>}
                      </td>
                      <td data-label={t('options_claims_col_state')}>
                        <select
                          aria-label={t('options_claims_state_label', c.generationIds[0] ?? '')}
                          value={asking?.id === c.id ? asking.to : c.state}
                          onChange={(e) => move(e.currentTarget, c.id, c.state, e.currentTarget.value as ClaimState)}
                        >
                          {CLAIM_STATES.filter((s) => s === c.state || canMove(c.state, s)).map((s) => (
                            <option key={s} value={s}>
                              {s === c.state ? stateLabel(s) : moveLabel(c.state, s)}
                            </option>
                          ))}
                        </select>
                        {asking?.id === c.id && (
                          <form
                            class="claim-credits"
                            data-testid="claim-credits-form"
                            onSubmit={(e) => {
                              e.preventDefault();
                              saveCredits(c.id, asking.to);
                            }}
                            onKeyDown={(e) => e.key === 'Escape' && closeAsking(c.id)}
                          >
                            <CreditsField label={t('options_claims_credits_prompt')} value={creditsText} onInput={setCreditsText} focus />
                            <button type="submit" data-testid="claim-credits-save" disabled={readCredits(creditsText) === 'invalid'}>
                              {t('options_claims_credits_save')}
                            </button>
                            <button type="button" data-testid="claim-credits-cancel" onClick={() => closeAsking(c.id)}>
                              {t('options_claims_credits_cancel')}
                            </button>
                          </form>
                        )}
                        {c.amounts.credited !== undefined && (
                          <div class="muted">{t('options_claims_credited', c.amounts.credited, unitLabel(c.amounts.unit))}</div>
                        )}
                      </td>
                      <td data-label={t('options_claims_col_follow_up')}>
                        {due ? day(due.getTime()) : '—'}
                        {isDue && (
                          <div>
                            <strong class="due" data-testid="follow-up-due">
                              {t('claims_follow_up_due')}
                            </strong>{' '}
                            <button
                              type="button"
                              data-testid="follow-up-button"
                              onClick={(e) => {
                                opener.current = e.currentTarget;
                                setFollowUp(c.id);
                              }}
                            >
                              {t('claims_draft_follow_up')}
                            </button>
                          </div>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {list.length === 0 && (
            <p class="muted" data-testid="claims-filter-none">
              {t('options_claims_filter_none')}
            </p>
          )}
          {followUp && claims[followUp] && (
            <FollowUpPanel
              key={followUp}
              claim={claims[followUp]!}
              onSent={(ch, subject) => followedUp(followUp, ch, subject)}
              onClose={closeFollowUp}
            />
          )}
        </>
      )}
      {ics && (
        <a class="button" href={ics} download="ava-deadlines.ics" data-testid="export-ics">
          {t('options_claims_export_ics')}
        </a>
      )}
    </section>
  );
}
