import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { ProviderView } from '../messages/tab-state.ts';
import type { ProviderDefinition } from '../providers/types.ts';
import type { Case } from '../storage/items.ts';
import { t } from '../shared/i18n.ts';
import { BundlePicker } from './BundlePicker.tsx';
import { CasePanel } from './CasePanel.tsx';
import { GenerationList, type Row } from './GenerationList.tsx';
import { Line } from './Line.tsx';
import { ProviderBanner } from './ProviderBanner.tsx';
import type { AnalysisState } from './useAnalysis.ts';
import type { TabData } from './useTabState.ts';
import { lazy } from './lazy.ts';

// Behind their lines: loaded only when the person opens one.
const Analysis = lazy(() => import('./Analysis.tsx').then((m) => m.Analysis));
const CreditCheck = lazy(() => import('./CreditCheck.tsx').then((m) => m.CreditCheck));
const ClaimStatus = lazy(() => import('./ClaimStatus.tsx').then((m) => m.ClaimStatus));
const Evidence = lazy(() => import('./Evidence.tsx').then((m) => m.Evidence));
// Notices that show nothing until they have read something (storage, the tab): loaded after the first view is drawn.
const TabPresence = lazy(() => import('./TabPresence.tsx').then((m) => m.TabPresence));
const StorageAlert = lazy(() => import('../ui/StorageAlert.tsx').then((m) => m.StorageAlert));
const UnreadNotice = lazy(() => import('./UnreadNotice.tsx').then((m) => m.UnreadNotice));

interface Props {
  data: TabData;
  /** The provider's display facts (the worker's answer): all the first view needs. */
  provider: ProviderView;
  /** The full definition, once the popup's later code has loaded; the panels behind the lines need it. */
  full?: ProviderDefinition;
  /** Where this generation's newest claim stands, for its closed line (nothing until the ledger is read, or no claim). */
  claimsHint?: string;
  rows: Row[];
  row?: Row;
  kase: Case;
  analysis: AnalysisState;
  shotStatus?: string;
  excluded: ReadonlySet<string>;
  bundle: ReadonlySet<string>;
  /** Coming back from the draft view: the keyboard lands where it left, on the draft button. */
  focusDraft?: boolean;
  onReload: () => void;
  onDraft: () => void;
  onSelect: (key: string) => void;
  onCase: (change: (c: Case) => Case) => void;
  onExclude: (id: string, on: boolean) => void;
  onBundle: (key: string, on: boolean) => void;
}

/**
 * The first view: the generations on this tab (the selected one in view), its triage, "Draft refund email" in a bar
 * that stays in view, and one line for each extra (analysis, credits, the ticket, evidence, claims).
 */
export function ListView(p: Props) {
  const { provider, row, rows, kase } = p;
  const list = useRef<HTMLDivElement>(null);
  const draftButton = useRef<HTMLButtonElement>(null);
  // Back from the draft lands on "Draft refund email" in the render itself (see DraftView), before any next key.
  useLayoutEffect(() => {
    if (p.focusDraft) draftButton.current?.focus();
  }, []);
  // Scroll only the list (never the page) so the preselected row is in view however far down it sorts.
  useEffect(() => {
    const box = list.current;
    const el = row && box?.querySelector<HTMLElement>(`[data-generation-id="${CSS.escape(row.g.id)}"]`);
    const ul = box?.querySelector<HTMLElement>('ul.gens');
    if (el && ul) ul.scrollTop = Math.max(0, el.offsetTop - ul.offsetTop - 4);
  }, [row?.key, rows.length]);
  const others = row ? rows.filter((r) => r.key !== row.key && (r.t.lane === 'hard' || r.t.lane === 'moderation')) : [];
  return (
    <>
      <ProviderBanner provider={provider} />
      {!p.data.tab?.entered && <TabPresence tabId={p.data.tabId} providerName={provider.name} onReloaded={p.onReload} />}
      <StorageAlert />
      {(p.data.tab?.rejected ?? 0) > 0 && (
        <p class="notice" data-testid="items-skipped">
          {t('popup_items_skipped', String(p.data.tab!.rejected), provider.name, p.data.tab!.detail ?? '')}
        </p>
      )}
      {!p.data.tab?.recognised && (
        <p class="notice" role="status">
          {t('popup_not_recognised', provider.name, p.data.tab?.detail ?? '')}
        </p>
      )}
      <UnreadNotice provider={provider} />
      <div ref={list}>
        {rows.length === 0 ? (
          <p class="muted">{t('popup_no_generations')}</p>
        ) : (
          <GenerationList rows={rows} selected={row?.key} providerName={provider.name} onSelect={p.onSelect} />
        )}
      </div>
      {row && <CasePanel provider={provider} row={row} kase={kase} onChange={p.onCase} />}
      {row && (
        <div class="draft-bar">
          <button type="button" class="primary" data-testid="draft-button" ref={draftButton} onClick={p.onDraft}>
            {t('popup_draft_button')}
          </button>
        </div>
      )}
      {row && (
        <div class="lines">
          {row.g.videoUrl && (
            <Line id="analysis" label={t('analysis_title')} hint={p.analysis.result ? t('line_analysis_done') : undefined}>
              {() =>
                p.full && (
                  <Analysis
                    provider={p.full}
                    g={row.g}
                    generationKey={row.key}
                    state={p.analysis}
                    marks={kase.marks ?? []}
                    onMark={(f, on) =>
                      p.onCase((c) => ({ ...c, marks: [...(c.marks ?? []).filter((m) => m.id !== f.id), ...(on ? [f] : [])] }))
                    }
                  />
                )
              }
            </Line>
          )}
          {row.t.lane === 'hard' && (
            <Line id="credits" label={t('credit_title')}>
              {() => p.full && <CreditCheck provider={p.full} g={row.g} />}
            </Line>
          )}
          {others.length > 0 && (
            <Line
              id="ticket"
              label={t('bundle_legend')}
              hint={p.bundle.size ? t('line_ticket_added', String(p.bundle.size)) : t('line_ticket_more', String(others.length))}
            >
              {() => <BundlePicker others={others} chosen={p.bundle} onToggle={p.onBundle} />}
            </Line>
          )}
          <Line
            id="evidence"
            label={t('evidence_title')}
            hint={p.shotStatus ?? (kase.evidence.length ? t('line_evidence_count', String(kase.evidence.length)) : undefined)}
          >
            {() => <Evidence ids={kase.evidence} excluded={p.excluded} status={p.shotStatus} onToggle={p.onExclude} />}
          </Line>
          <Line id="claims" label={t('line_claims')} hint={p.claimsHint}>
            {() => p.full && <ClaimStatus provider={p.full} generationId={row.g.id} />}
          </Line>
        </div>
      )}
    </>
  );
}
