import { useEffect, useState } from 'preact/hooks';
import type { Draft } from '../claims/draft.ts';
import type { SendChannel } from '../claims/record.ts';
import type { ProviderDefinition } from '../providers/types.ts';
import type { Case } from '../storage/items.ts';
import { t } from '../shared/i18n.ts';
import { ask } from '../ui/messaging.ts';
import type { Row } from './GenerationList.tsx';
import { ListView } from './ListView.tsx';
import { DueNotice } from './DueNotice.tsx';
import { saveCase, useTabState } from './useTabState.ts';
import { useAnalysis, useLaterItem } from './useAnalysis.ts';
import { lazy } from './lazy.ts';
import { loadLater, useLater } from './useLater.ts';
import { DASHBOARD_SLOT } from './DashboardLink.tsx';

// Not part of the first view (issue 15.4): their code loads as soon as the list is up, so a click finds it.
const DraftView = lazy(() => import('./DraftView.tsx').then((m) => m.DraftView));
const TabPresence = lazy(() => import('./TabPresence.tsx').then((m) => m.TabPresence));
const MissedGeneration = lazy(() => import('./MissedGeneration.tsx').then((m) => m.MissedGeneration));

const EMPTY_CASE: Case = { modes: [], description: '', evidence: [], updatedAt: 0 };

/**
 * The popup's views. 'list' is the first view (generations, the selected one's triage, "Draft refund email", and
 * one line per extra); 'draft' is the draft on its own, with Back to the list. A new view is one more member here
 * and one more branch in the switch below (the manual claim and the picker go in the same way).
 */
export type View = 'list' | 'draft';

/** The most recent failed or blocked generation (by the provider's timestamp), else the first row. */
export function preselect(rows: readonly Row[]): Row | undefined {
  const problems = rows.filter((r) => r.t.lane === 'hard' || r.t.lane === 'moderation');
  const newest = [...problems].sort((a, b) => (b.g.createdAt ?? '').localeCompare(a.g.createdAt ?? ''))[0];
  return newest ?? rows[0];
}

export function App() {
  const { data, error, reload } = useTabState();
  const [view, setView] = useState<View>('list');
  /** Set when Back returns from the draft: the list then puts the focus back on the draft button. */
  const [returned, setReturned] = useState(false);
  const [selected, setSelected] = useState<string>();
  const [cases, setCases] = useState<Record<string, Case>>({});
  const [draft, setDraft] = useState<{ key: string; n: number; d: Draft; provider: ProviderDefinition }>();
  const [shotStatus, setShotStatus] = useState<string>();
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const [bundle, setBundle] = useState<Set<string>>(new Set());
  /** Bumped when this popup records a send, so the claim status re-reads the ledger. */

  // The worker's answer has the rows triaged and the provider's display facts; the full definition (policies, support
  // channels) comes with the later code, which the draft, the credit check and the analysis need.
  const provider = data?.provider ?? undefined;
  const rows: Row[] = data?.rows ?? [];
  const later = useLater(!!data);
  const full = provider && later?.providerById(provider.id);
  const row = rows.find((r) => r.key === selected) ?? preselect(rows);

  useEffect(() => data && setCases(data.cases), [data]);
  // Frame analysis of the selected generation; a finished one pre-ticks modes in the stored case (the worker does it).
  const analysis = useAnalysis(row?.key, later);
  // The claims ledger, followed: the closed "Claim history" line says where this generation's claim stands.
  const ledger = useLaterItem(later, (l) => l.claimsItem, 'local');
  const claimsHint =
    later && ledger && provider && row ? later.claimsHint(later.claimsOf(ledger, provider.id, row.g.id), full, Date.now()) : undefined;
  useEffect(() => {
    const key = row?.key;
    if (key && analysis.result && later)
      void later.localStore.read(later.casesItem).then((all) => all[key] && setCases((c) => ({ ...c, [key]: all[key]! })));
  }, [analysis.result?.finishedAt]);

  // Evidence: a screenshot when the person opens AVA on a failed generation (the click granted activeTab).
  useEffect(() => {
    // Not for an entered generation: that tab may be webmail or anything else, and its screenshot no evidence.
    if (!data || !row || !row.problem || row.g.source === 'manual' || (cases[row.key]?.evidence.length ?? 0) > 0) return;
    setShotStatus(t('popup_screenshot_taking'));
    ask<{ evidenceId: string }>({ type: 'ui/capture-tab', tabId: data.tabId, generationKey: row.key })
      .then(({ evidenceId }) =>
        update(row.key, (c) => ({ ...c, evidence: [...c.evidence, evidenceId] })).then(() => setShotStatus(undefined)),
      )
      .catch((e: unknown) => setShotStatus(t('popup_screenshot_failed', e instanceof Error ? e.message : String(e))));
  }, [data?.tabId, row?.key]);
  useEffect(() => {
    if (row) void Promise.all([DraftView.preload(), loadLater()]);
  }, [!!row]);

  const update = async (key: string, change: (c: Case) => Case) => {
    const before = cases[key] ?? EMPTY_CASE;
    setCases((all) => ({ ...all, [key]: change(all[key] ?? EMPTY_CASE) }));
    const saved = await saveCase(key, before, change(before));
    setCases((all) => ({ ...all, [key]: saved }));
  };

  if (error)
    return (
      <main>
        <p class="error" role="alert">
          {error}
        </p>
      </main>
    );
  if (!data)
    return (
      <main>
        <p class="muted">{t('popup_loading')}</p>
      </main>
    );
  if (!provider) {
    return (
      <main>
        <Header />
        <p>{t('popup_no_provider')}</p>
        <DueNotice />
        <TabPresence tabId={data.tabId} onReloaded={reload} />
        <MissedGeneration tabId={data.tabId} onSaved={reload} />
      </main>
    );
  }
  const kase = row ? (cases[row.key] ?? EMPTY_CASE) : EMPTY_CASE;
  const account = { ...data.profile.defaults, ...data.profile.accounts[provider.id], name: data.profile.name };
  // The selected generation first, then the others the person added to the same ticket.
  const ticket = row ? [row, ...rows.filter((r) => r.key !== row.key && bundle.has(r.key))] : [];
  const makeDraft = async () => {
    if (!row) return;
    // Loaded right after the first view, so this waits only on a click faster than that.
    const { draftClaim, providerById } = await loadLater();
    const definition = providerById(provider.id);
    if (!definition) return;
    const attachments = kase.evidence.filter((id) => !excluded.has(id)).map((_, i) => `screenshot-${i + 1}.jpg`);
    const d = draftClaim({
      provider: definition,
      generations: ticket.map((r) => r.g),
      modes: kase.modes,
      description: kase.description,
      account,
      attachments,
      findings: analysis.result?.findings,
      marks: kase.marks?.map((m) => m.t),
      now: new Date(),
    });
    setDraft({ key: row.key, n: (draft?.n ?? 0) + 1, d, provider: definition });
    setView('draft');
  };

  switch (view) {
    case 'draft':
      if (draft && row && draft.key === row.key) {
        return (
          <main class="view-draft">
            <DraftView
              key={draft.n}
              draft={draft.d}
              provider={draft.provider}
              account={account}
              onBack={() => (setReturned(true), setView('list'))}
              onSent={(channel, d) =>
                recordClaim(
                  draft.provider.id,
                  ticket.map((r) => r.g.id),
                  channel,
                  d,
                )
              }
              context={{
                provider: draft.provider,
                generations: ticket.map((r) => r.g),
                modes: kase.modes,
                description: kase.description,
                email: account.email,
                excluded: [...excluded],
              }}
            />
          </main>
        );
      }
      break;
    case 'list':
      break;
  }
  return (
    <main class="view-list">
      <Header providerName={provider.name} />
      <ListView
        data={data}
        provider={provider}
        full={full}
        claimsHint={claimsHint}
        rows={rows}
        row={row}
        kase={kase}
        analysis={analysis}
        shotStatus={shotStatus}
        excluded={excluded}
        bundle={bundle}
        focusDraft={returned}
        onReload={reload}
        onDraft={() => void makeDraft()}
        onSelect={(k) => {
          setSelected(k);
          setDraft(undefined);
          setBundle(new Set());
        }}
        onCase={(change) => row && void update(row.key, change)}
        onExclude={(id, on) =>
          setExcluded((s) => {
            const n = new Set(s);
            if (on) n.delete(id);
            else n.add(id);
            return n;
          })
        }
        onBundle={(k, on) => {
          setDraft(undefined);
          setBundle((b) => {
            const n = new Set(b);
            if (on) n.add(k);
            else n.delete(k);
            return n;
          });
        }}
      />
      {/* Last, so the draft button stays in the popup's first view. */}
      <MissedGeneration tabId={data.tabId} pageProvider={data.tab?.entered ? undefined : provider.id} onSaved={reload} />
    </main>
  );
}

/** Save the sent draft in the claim ledger; the dashboard (options page) tracks it from there. */
async function recordClaim(provider: string, generationIds: string[], channel: SendChannel, draft: Draft): Promise<string> {
  await (await loadLater()).saveSentClaim({ provider, generationIds, channel, draft });
  return t('popup_claim_saved', DASHBOARD_SLOT);
}

export function Header({ providerName }: { providerName?: string }) {
  return (
    <header>
      <img src="/icons/32.png" alt="" />
      <h1>AVA</h1>
      {providerName && <span class="provider">{providerName}</span>}
    </header>
  );
}
