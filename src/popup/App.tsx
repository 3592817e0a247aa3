import { useEffect, useMemo, useState } from 'preact/hooks';
import { type Draft, draftClaim } from '../claims/draft.ts';
import type { SendChannel } from '../claims/record.ts';
import { collapseRelated, sortForPopup, triage } from '../claims/triage.ts';
import { providerById } from '../providers/index.ts';
import { generationKey, isProblem } from '../shared/generation.ts';
import { type Case, casesItem } from '../storage/items.ts';
import { t } from '../shared/i18n.ts';
import { localStore } from '../ui/store.ts';
import { ask } from '../ui/messaging.ts';
import { BundlePicker } from './BundlePicker.tsx';
import { CasePanel } from './CasePanel.tsx';
import { Evidence } from './Evidence.tsx';
import { GenerationList, type Row } from './GenerationList.tsx';
import { ProviderBanner } from './ProviderBanner.tsx';
import { saveCase, useTabState } from './useTabState.ts';
import { useAnalysis } from './useAnalysis.ts';
import { TabPresence } from './TabPresence.tsx';
import { lazy } from './lazy.ts';
import { saveSentClaim } from '../ui/claims.ts';
import { MissedGeneration } from './MissedGeneration.tsx';

// Not needed for the first view (the list and the draft button): loaded when shown, the draft panel as soon as the
// list is up so the click finds it loaded.
const Analysis = lazy(() => import('./Analysis.tsx').then((m) => m.Analysis));
const CreditCheck = lazy(() => import('./CreditCheck.tsx').then((m) => m.CreditCheck));
const ClaimStatus = lazy(() => import('./ClaimStatus.tsx').then((m) => m.ClaimStatus));
const DraftPanel = lazy(() => import('./DraftPanel.tsx').then((m) => m.DraftPanel));

const EMPTY_CASE: Case = { modes: [], description: '', evidence: [], updatedAt: 0 };

export function App() {
  const { data, error, reload } = useTabState();
  const [selected, setSelected] = useState<string>();
  const [cases, setCases] = useState<Record<string, Case>>({});
  const [draft, setDraft] = useState<{ key: string; n: number; d: Draft }>();
  const [shotStatus, setShotStatus] = useState<string>();
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const [bundle, setBundle] = useState<Set<string>>(new Set());
  /** Bumped when this popup records a send, so the claim status re-reads the ledger. */
  const [claimsVersion, setClaimsVersion] = useState(0);

  const provider = data?.tab ? providerById(data.tab.provider) : undefined;
  const rows: Row[] = useMemo(() => {
    if (!data || !provider) return [];
    const now = new Date();
    return sortForPopup(collapseRelated(data.generations.map(({ g }) => ({ key: generationKey(g), g, t: triage(g, provider, now) })), provider));
  }, [data, provider]);
  const row = rows.find((r) => r.key === selected) ?? rows[0];

  useEffect(() => data && setCases(data.cases), [data]);
  // Frame analysis of the selected generation; a finished one pre-ticks modes in the stored case (the worker does it).
  const analysis = useAnalysis(row?.key);
  useEffect(() => {
    const key = row?.key;
    if (key && analysis.result) void localStore.read(casesItem).then((all) => all[key] && setCases((c) => ({ ...c, [key]: all[key]! })));
  }, [analysis.result?.finishedAt]);

  // Evidence: a screenshot when the person opens AVA on a failed generation (the click granted activeTab).
  useEffect(() => {
    // Not for an entered generation: that tab may be webmail or anything else, and its screenshot no evidence.
    if (!data || !row || !isProblem(row.g) || row.g.source === 'manual' || (cases[row.key]?.evidence.length ?? 0) > 0) return;
    setShotStatus(t('popup_screenshot_taking'));
    ask<{ evidenceId: string }>({ type: 'ui/capture-tab', tabId: data.tabId, generationKey: row.key })
      .then(({ evidenceId }) => update(row.key, (c) => ({ ...c, evidence: [...c.evidence, evidenceId] })).then(() => setShotStatus(undefined)))
      .catch((e: unknown) => setShotStatus(t('popup_screenshot_failed', e instanceof Error ? e.message : String(e))));
  }, [data?.tabId, row?.key]);
  useEffect(() => {
    if (row) void DraftPanel.preload();
  }, [!!row]);

  const update = async (key: string, change: (c: Case) => Case) => {
    setCases((all) => ({ ...all, [key]: change(all[key] ?? EMPTY_CASE) }));
    const saved = await saveCase(key, change);
    setCases((all) => ({ ...all, [key]: saved }));
  };

  if (error) return <main><p class="error" role="alert">{error}</p></main>;
  if (!data) return <main><p class="muted">{t('popup_loading')}</p></main>;
  if (!provider) {
    return (
      <main>
        <Header />
        <p>{t('popup_no_provider')}</p>
        <TabPresence tabId={data.tabId} onReloaded={reload} />
        <MissedGeneration tabId={data.tabId} onSaved={reload} />
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
    const d = draftClaim({ provider, generations: ticket.map((r) => r.g), modes: kase.modes, description: kase.description, account, attachments, findings: analysis.result?.findings, marks: kase.marks?.map((m) => m.t), now: new Date() });
    setDraft({ key: row.key, n: (draft?.n ?? 0) + 1, d });
  };
  return (
    <main>
      <Header providerName={provider.name} />
      <ProviderBanner provider={provider} />
      {!data.tab?.entered && <TabPresence tabId={data.tabId} providerName={provider.name} onReloaded={reload} />}
      {!data.tab?.recognised && <p class="notice" role="status">{t('popup_not_recognised', provider.name, data.tab?.detail ?? '')}</p>}
      {rows.length === 0 ? (
        <p class="muted">{t('popup_no_generations')}</p>
      ) : (
        <GenerationList rows={rows} selected={row?.key} onSelect={(k) => { setSelected(k); setDraft(undefined); setBundle(new Set()); }} />
      )}
      {row && <CasePanel provider={provider} row={row} kase={kase} onChange={(change) => void update(row.key, change)} />}
      {row?.g.videoUrl && (
        <Analysis provider={provider} g={row.g} generationKey={row.key} state={analysis} marks={kase.marks ?? []}
          onMark={(f, on) => void update(row.key, (c) => ({ ...c, marks: [...(c.marks ?? []).filter((m) => m.id !== f.id), ...(on ? [f] : [])] }))} />
      )}
      {row?.t.lane === 'hard' && <CreditCheck provider={provider} g={row.g} onSent={() => setClaimsVersion((v) => v + 1)} />}
      {row && <ClaimStatus provider={provider} generationId={row.g.id} version={claimsVersion} />}
      {row && <Evidence ids={kase.evidence} excluded={excluded} status={shotStatus} onToggle={(id, on) => setExcluded((s) => { const n = new Set(s); if (on) n.delete(id); else n.add(id); return n; })} />}
      {row && <BundlePicker others={others} chosen={bundle} onToggle={(k, on) => { setDraft(undefined); setBundle((b) => { const n = new Set(b); if (on) n.add(k); else n.delete(k); return n; }); }} />}
      {row && !account.email && (
        <p class="notice">
          {t(provider.ticket.accountFields.includes('last4') ? 'popup_account_hint_last4' : 'popup_account_hint', provider.name)}{' '}
          <a href={chrome.runtime.getURL('src/options/index.html')} target="_blank" rel="noreferrer">{t('popup_open_settings')}</a>
        </p>
      )}
      {row && (
        <button type="button" class="primary" data-testid="draft-button" onClick={makeDraft}>
          {t('popup_draft_button')}
        </button>
      )}
      {draft && draft.key === row?.key && <DraftPanel key={draft.n} initial={draft.d} onSent={(channel, d) => recordClaim(provider.id, ticket.map((r) => r.g.id), channel, d).then((m) => (setClaimsVersion((v) => v + 1), m))} context={{ provider, generations: ticket.map((r) => r.g), modes: kase.modes, description: kase.description, email: account.email, excluded: [...excluded] }} />}
      {/* Last, so the draft button stays in the popup's first view. */}
      <MissedGeneration tabId={data.tabId} pageProvider={data.tab?.entered ? undefined : provider.id} onSaved={reload} />
    </main>
  );
}

/** Save the sent draft in the claim ledger; the dashboard (options page) tracks it from there. */
async function recordClaim(provider: string, generationIds: string[], channel: SendChannel, draft: Draft): Promise<string> {
  await saveSentClaim({ provider, generationIds, channel, draft });
  return t('popup_claim_saved');
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
