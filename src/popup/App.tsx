import { useEffect, useMemo, useState } from 'preact/hooks';
import { type Draft, draftClaim } from '../claims/draft.ts';
import { recordSent, type SendChannel } from '../claims/record.ts';
import { collapseRelated, sortForPopup, triage } from '../claims/triage.ts';
import { providerById } from '../providers/index.ts';
import { generationKey, isProblem } from '../shared/generation.ts';
import { type Case, claimsItem } from '../storage/items.ts';
import { localStore } from '../ui/store.ts';
import { ask } from '../ui/messaging.ts';
import { BundlePicker } from './BundlePicker.tsx';
import { CasePanel } from './CasePanel.tsx';
import { DraftPanel } from './DraftPanel.tsx';
import { Evidence } from './Evidence.tsx';
import { GenerationList, type Row } from './GenerationList.tsx';
import { ProviderBanner } from './ProviderBanner.tsx';
import { saveCase, useTabState } from './useTabState.ts';

const EMPTY_CASE: Case = { modes: [], description: '', evidence: [], updatedAt: 0 };

export function App() {
  const { data, error } = useTabState();
  const [selected, setSelected] = useState<string>();
  const [cases, setCases] = useState<Record<string, Case>>({});
  const [draft, setDraft] = useState<{ key: string; n: number; d: Draft }>();
  const [shotStatus, setShotStatus] = useState<string>();
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const [bundle, setBundle] = useState<Set<string>>(new Set());

  const provider = data?.tab ? providerById(data.tab.provider) : undefined;
  const rows: Row[] = useMemo(() => {
    if (!data || !provider) return [];
    const now = new Date();
    return sortForPopup(collapseRelated(data.generations.map(({ g }) => ({ key: generationKey(g), g, t: triage(g, provider, now) })), provider));
  }, [data, provider]);
  const row = rows.find((r) => r.key === selected) ?? rows[0];

  useEffect(() => data && setCases(data.cases), [data]);

  // Evidence: a screenshot when the person opens AVA on a failed generation (the click granted activeTab).
  useEffect(() => {
    if (!data || !row || !isProblem(row.g) || (cases[row.key]?.evidence.length ?? 0) > 0) return;
    setShotStatus('Taking a screenshot of the page…');
    ask<{ evidenceId: string }>({ type: 'ui/capture-tab', tabId: data.tabId, generationKey: row.key })
      .then(({ evidenceId }) => update(row.key, (c) => ({ ...c, evidence: [...c.evidence, evidenceId] })).then(() => setShotStatus(undefined)))
      .catch((e: unknown) => setShotStatus(`No screenshot: ${e instanceof Error ? e.message : String(e)}`));
  }, [data?.tabId, row?.key]);

  const update = async (key: string, change: (c: Case) => Case) => {
    setCases((all) => ({ ...all, [key]: change(all[key] ?? EMPTY_CASE) }));
    const saved = await saveCase(key, change);
    setCases((all) => ({ ...all, [key]: saved }));
  };

  if (error) return <main><p class="error" role="alert">{error}</p></main>;
  if (!data) return <main><p class="muted">Loading…</p></main>;
  if (!provider) {
    return (
      <main>
        <Header />
        <p>Open a generation page on a supported provider (Sora, Runway, …) and AVA will list what it sees there.</p>
        <p class="muted">If this is a provider page, reload it once so AVA can watch it from the start.</p>
      </main>
    );
  }
  const kase = row ? cases[row.key] ?? EMPTY_CASE : EMPTY_CASE;
  const account = { ...data.profile.defaults, ...data.profile.accounts[provider.id], name: data.profile.name };
  // The selected generation first, then the others the person added to the same ticket.
  const ticket = row ? [row, ...rows.filter((r) => r.key !== row.key && bundle.has(r.key))] : [];
  const others = row ? rows.filter((r) => r.key !== row.key && (r.t.lane === 'hard' || r.t.lane === 'moderation')) : [];
  const makeDraft = () => {
    if (!row) return;
    const attachments = kase.evidence.filter((id) => !excluded.has(id)).map((_, i) => `screenshot-${i + 1}.jpg`);
    const d = draftClaim({ provider, generations: ticket.map((r) => r.g), modes: kase.modes, description: kase.description, account, attachments, now: new Date() });
    setDraft({ key: row.key, n: (draft?.n ?? 0) + 1, d });
  };
  return (
    <main>
      <Header providerName={provider.name} />
      <ProviderBanner provider={provider} />
      {!data.tab?.recognised && <p class="notice" role="status">AVA did not recognise this {provider.name} page: {data.tab?.detail}</p>}
      {rows.length === 0 ? (
        <p class="muted">No generations seen on this page yet. If the page was open before AVA was installed or updated, reload it.</p>
      ) : (
        <GenerationList rows={rows} selected={row?.key} onSelect={(k) => { setSelected(k); setDraft(undefined); setBundle(new Set()); }} />
      )}
      {row && <CasePanel provider={provider} row={row} kase={kase} onChange={(change) => void update(row.key, change)} />}
      {row && <Evidence ids={kase.evidence} excluded={excluded} status={shotStatus} onToggle={(id, on) => setExcluded((s) => { const n = new Set(s); if (on) n.delete(id); else n.add(id); return n; })} />}
      {row && <BundlePicker others={others} chosen={bundle} onToggle={(k, on) => { setDraft(undefined); setBundle((b) => { const n = new Set(b); if (on) n.add(k); else n.delete(k); return n; }); }} />}
      {row && !account.email && (
        <p class="notice">
          Add your {provider.name} account email{provider.ticket.accountFields.includes('last4') ? ' and the last 4 digits of your payment method' : ''} once in{' '}
          <a href={chrome.runtime.getURL('src/options/index.html')} target="_blank" rel="noreferrer">AVA’s settings</a> so drafts include them.
        </p>
      )}
      {row && (
        <button type="button" class="primary" data-testid="draft-button" onClick={makeDraft}>
          Draft refund email
        </button>
      )}
      {draft && draft.key === row?.key && <DraftPanel key={draft.n} initial={draft.d} onSent={(channel, d) => recordClaim(provider.id, ticket.map((r) => r.g.id), channel, d)} />}
    </main>
  );
}

/** Save the sent draft in the claim ledger; the dashboard (options page) tracks it from there. */
async function recordClaim(provider: string, generationIds: string[], channel: SendChannel, d: Draft): Promise<string> {
  const newId = `claim-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  await localStore.update(claimsItem, (claims) => recordSent(claims, { provider, generationIds, draft: d, channel, now: Date.now(), newId }).claims);
  return 'Saved to your claims as sent. Track the answer in AVA’s dashboard.';
}

function Header({ providerName }: { providerName?: string }) {
  return (
    <header>
      <img src="/icons/32.png" alt="" />
      <h1>AVA</h1>
      {providerName && <span class="provider">{providerName}</span>}
    </header>
  );
}
