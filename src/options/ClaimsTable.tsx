import { useEffect, useState } from 'preact/hooks';
import { deadlines, followUpDue, toIcs } from '../claims/deadlines.ts';
import { CLAIM_STATES, type Claim, type ClaimState, canMove, moveClaim, totals } from '../claims/ledger.ts';
import { PROVIDERS, providerById } from '../providers/index.ts';
import { claimsItem } from '../storage/items.ts';
import { localStore } from '../ui/store.ts';

const label = (s: ClaimState) => s.replace('_', ' ');
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The claim ledger: every claim with its state, moved by the person as answers come in; totals computed here. */
export function ClaimsTable() {
  const [claims, setClaims] = useState<Record<string, Claim>>();
  const [filter, setFilter] = useState<string>('');
  const [error, setError] = useState<string>();
  const [ics, setIcs] = useState<string>();
  useEffect(() => void localStore.read(claimsItem).then(setClaims), []);
  useEffect(() => {
    if (!claims) return;
    const url = URL.createObjectURL(new Blob([toIcs(deadlines(Object.values(claims), PROVIDERS, new Date()), new Date())], { type: 'text/calendar' }));
    setIcs(url);
    return () => URL.revokeObjectURL(url);
  }, [claims]);
  if (!claims) return <p class="muted">Loading…</p>;

  const move = async (id: string, to: ClaimState) => {
    try {
      let credited: number | undefined;
      if (to === 'credited' || to === 'partly_credited') {
        const raw = prompt('How many credits came back?', '');
        credited = raw && Number.isFinite(Number(raw)) ? Math.max(0, Number(raw)) : undefined;
      }
      setClaims(await localStore.update(claimsItem, (all) => ({ ...all, [id]: moveClaim(all[id]!, to, Date.now(), undefined, credited) })));
      setError(undefined);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const list = Object.values(claims).filter((c) => !filter || c.provider === filter || c.state === filter).sort((a, b) => b.updatedAt - a.updatedAt);
  return (
    <section aria-label="Claims" data-testid="claims">
      <h2>Claims</h2>
      {Object.keys(claims).length === 0 ? (
        <p class="muted">No claims yet. When you send a draft from the AVA popup, it is recorded here.</p>
      ) : (
        <>
          <dl class="facts" data-testid="claim-totals">
            {totals(Object.values(claims)).map((t) => [
              <dt key={`t${t.provider}`}>{providerById(t.provider)?.name ?? t.provider}</dt>,
              <dd key={`d${t.provider}`}>
                {t.claims} claim{t.claims === 1 ? '' : 's'}, {t.credited} credits back
                {t.successRate !== undefined && `, ${Math.round(t.successRate * 100)}% of decided claims succeeded`}
              </dd>,
            ])}
          </dl>
          <label>
            Show{' '}
            <select value={filter} onChange={(e) => setFilter(e.currentTarget.value)}>
              <option value="">all claims</option>
              {[...new Set(Object.values(claims).map((c) => c.provider))].map((p) => <option key={p} value={p}>{providerById(p)?.name ?? p}</option>)}
              {CLAIM_STATES.map((s) => <option key={s} value={s}>{label(s)}</option>)}
            </select>
          </label>
          {error && <p class="error" role="alert">{error}</p>}
          <table>
            <thead><tr><th>Provider</th><th>Generation IDs</th><th>Subject</th><th>State</th><th>Follow up</th></tr></thead>
            <tbody>
              {list.map((c) => {
                const due = followUpDue(c);
                return (
                  <tr key={c.id} data-testid="claim" data-claim-id={c.id}>
                    <td>{providerById(c.provider)?.name ?? c.provider}</td>
                    <td class="mono">{c.generationIds.join(', ')}</td>
                    <td>{c.draft.subject}<div class="muted">sent {day(c.createdAt)} via {c.channel}</div></td>
                    <td>
                      <select aria-label={`State of the claim for ${c.generationIds[0]}`} value={c.state} onChange={(e) => void move(c.id, e.currentTarget.value as ClaimState)}>
                        {CLAIM_STATES.filter((s) => s === c.state || canMove(c.state, s)).map((s) => <option key={s} value={s}>{label(s)}</option>)}
                      </select>
                      {c.amounts.credited !== undefined && <div class="muted">{c.amounts.credited} {c.amounts.unit} back</div>}
                    </td>
                    <td>{due ? day(due.getTime()) : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      {ics && <a class="button" href={ics} download="ava-deadlines.ics" data-testid="export-ics">Export follow-ups and provider dates (.ics)</a>}
    </section>
  );
}
