import type { Triage } from '../claims/triage.ts';
import type { Generation } from '../shared/generation.ts';

export interface Row {
  key: string;
  g: Generation;
  t: Triage;
}

const CHIP: Record<Triage['lane'], [string, string]> = {
  hard: ['bad', 'Failed'],
  moderation: ['warn', 'Blocked'],
  completed: ['ok', 'Completed'],
  in_progress: ['muted', 'In progress'],
  unknown: ['muted', 'Unknown'],
};

/** Generations on this tab, failed and suspect first. Page data is rendered as text only (JSX escapes it). */
export function GenerationList(props: { rows: Row[]; selected?: string; onSelect: (key: string) => void }) {
  return (
    <ul class="gens" aria-label="Generations on this page">
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
                <span class={`chip ${tone}`}>{t.kind === 'stuck' ? 'Stuck' : label}</span>
              </span>
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
