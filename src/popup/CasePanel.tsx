import type { QualityModeId } from '../modes/types.ts';
import type { ProviderView } from '../messages/tab-state.ts';
import type { Case } from '../storage/items.ts';
import type { Row } from './GenerationList.tsx';
import { type MessageKey, t as tr, worded } from '../shared/i18n.ts';
import type { HardFailureKind } from '../shared/generation.ts';
import { loadClassifier, useClassification } from './useClassification.ts';

interface Props {
  provider: ProviderView;
  row: Row;
  kase: Case;
  onChange: (change: (c: Case) => Case) => void;
}

/** Each mode's plain label in the person's language (the technical names stay as they are: they are names). */
const MODE_LABEL: Record<QualityModeId, MessageKey> = {
  anatomy: 'mode_anatomy',
  physics: 'mode_physics',
  text: 'mode_text',
  color: 'mode_color',
  identity: 'mode_identity',
};

/** The question asked when the words name no mode yet, in the person's language (the classifier's own is English). */
const FOLLOW_UP: Record<QualityModeId, MessageKey> = {
  anatomy: 'follow_up_anatomy',
  physics: 'follow_up_physics',
  text: 'follow_up_text',
  color: 'follow_up_color',
  identity: 'follow_up_identity',
};

/** A hard failure found in the words, named in the person's language. */
const HARD_LABEL: Record<HardFailureKind, MessageKey> = {
  generation_error: 'hard_label_generation_error',
  moderation_input: 'hard_label_moderation_input',
  moderation_output: 'hard_label_moderation_output',
  moderation: 'hard_label_moderation',
  stuck: 'hard_label_stuck',
  charged_no_output: 'hard_label_charged_no_output',
  truncated_output: 'hard_label_truncated_output',
  blank_output: 'hard_label_blank_output',
};

const toggle = (list: readonly QualityModeId[], id: QualityModeId, on: boolean) =>
  on ? [...new Set([...list, id])] : list.filter((m) => m !== id);

/** Triage of one generation, plus what the person says went wrong (ticks and words, mapped live to terms). */
export function CasePanel({ provider, row, kase, onChange }: Props) {
  const { g, t } = row;
  const live = useClassification(kase.description);
  const suggestions = live.findings.filter((f) => !kase.modes.includes(f.mode));
  // Quality ticks only mean something for a video that exists; a hard failure goes straight to the draft.
  const produced = g.status === 'succeeded' || !!g.videoUrl;
  return (
    <section class="panel" aria-label={tr('case_label')} data-testid="case">
      <div>
        <h2>{t.term ?? tr(t.lane === 'completed' ? 'case_completed' : 'case_generation')}</h2>
        <p class="muted" data-testid="policy">
          {t.say ? worded(t.say) : t.policy}
        </p>
        {g.message && (
          <p>
            <span class="muted">{tr('case_provider_said', provider.name)}</span>
            <span data-testid="provider-message">{g.message}</span>
            {g.providerCode && <span class="mono"> ({g.providerCode})</span>}
          </p>
        )}
      </div>
      {produced && (
        <>
          <fieldset>
            <legend>{tr('case_modes_legend')}</legend>
            {provider.qualityTerms.map((m) => (
              <label class="mode" key={m.id}>
                <input
                  type="checkbox"
                  checked={kase.modes.includes(m.id)}
                  onChange={(e) => {
                    // Read now: the updater runs later, when the event (and its currentTarget) is gone.
                    const on = e.currentTarget.checked;
                    onChange((c) => ({ ...c, modes: toggle(c.modes, m.id, on) }));
                  }}
                />
                <span>{tr(MODE_LABEL[m.id])}</span>
                <small>{m.term}</small>
              </label>
            ))}
          </fieldset>
          <label>
            <span>{tr('case_words_label')}</span>
            <textarea
              rows={2}
              data-testid="description"
              value={kase.description}
              placeholder={tr('case_words_placeholder')}
              onFocus={() => void loadClassifier()}
              onInput={(e) => {
                const description = e.currentTarget.value;
                onChange((c) => ({ ...c, description }));
              }}
            />
          </label>
          <div class="suggest" aria-live="polite">
            {suggestions.map((f) => (
              <button
                type="button"
                key={f.mode}
                data-testid="suggestion"
                onClick={() => onChange((c) => ({ ...c, modes: toggle(c.modes, f.mode, true) }))}
              >
                + {provider.qualityTerms.find((q) => q.id === f.mode)?.term ?? f.mode} <span class="muted">({f.reasons.join(', ')})</span>
              </button>
            ))}
            {live.needsDetail && (
              <span class="muted" data-testid="follow-up">
                {tr(live.followUpMode ? FOLLOW_UP[live.followUpMode] : 'follow_up_generic')}
              </span>
            )}
            {live.hardFailure && (
              <span class="muted" data-testid="hard-failure-words">
                {tr('case_hard_words', tr(HARD_LABEL[live.hardFailure.kind]))}
              </span>
            )}
          </div>
        </>
      )}
    </section>
  );
}
