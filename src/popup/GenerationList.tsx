import type { Triage } from '../claims/triage.ts';
import type { Generation } from '../shared/generation.ts';
import { type MessageKey, t as tr } from '../shared/i18n.ts';

export interface Row {
  key: string;
  g: Generation;
  t: Triage;
  /** A problem now (failed, blocked, or stuck past the provider's limit): the worker's answer says (claims/tab-view.ts). */
  problem: boolean;
}

const CHIP: Record<Triage['lane'], [string, MessageKey]> = {
  hard: ['bad', 'gen_chip_failed'],
  moderation: ['warn', 'gen_chip_blocked'],
  completed: ['ok', 'gen_chip_completed'],
  in_progress: ['muted', 'gen_chip_in_progress'],
  unknown: ['muted', 'gen_chip_unknown'],
};

/** Generations on this tab, failed and suspect first. Page data is rendered as text only (JSX escapes it). */
export function GenerationList(props: { rows: Row[]; selected?: string; providerName?: string; onSelect: (key: string) => void }) {
  return (
    <ul class="gens" aria-label={tr('gen_list_label')}>
      {props.rows.map(({ key, g, t }) => {
        const [tone, label] = CHIP[t.lane];
        return (
          <li key={key}>
            <button
              type="button"
              data-testid="generation"
              data-generation-id={g.id}
              aria-pressed={props.selected === key}
              onClick={() => props.onSelect(key)}
            >
              <span class="row-top">
                <span class="mono">{g.id}</span>
                <span class={`chip ${tone}`}>{tr(t.kind === 'stuck' ? 'gen_chip_stuck' : label)}</span>
                {g.viaFallback && (
                  <span class="chip muted" data-testid="via-fallback" title={tr('gen_via_fallback_title')}>
                    {tr('gen_via_fallback')}
                  </span>
                )}
              </span>
              {g.status === 'unknown' && (g.providerStatus || g.providerCode) && <RawStatus g={g} providerName={props.providerName} />}
              {t.term && (
                <span>
                  {t.term}
                  {g.providerCode && <span class="muted"> · {g.providerCode}</span>}
                </span>
              )}
              {g.prompt && <span class="prompt">{g.prompt}</span>}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/** A status AVA does not know, shown as the provider gave it, so the person (and support) can read it. */
function RawStatus({ g, providerName }: { g: Generation; providerName?: string }) {
  const parts = [
    g.providerStatus && tr('gen_raw_status', providerName ?? g.provider, g.providerStatus),
    g.providerCode && tr('gen_raw_code', g.providerCode),
  ];
  return (
    <span class="muted mono" data-testid="raw-status">
      {parts.filter(Boolean).join(' · ')}
    </span>
  );
}
