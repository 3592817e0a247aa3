import { useState } from 'preact/hooks';
import { HAPPENED, type Happened, manualGeneration, readCredits, readGenerationId } from '../claims/manual-claim.ts';
import { PROVIDERS, providerById } from '../providers/index.ts';
import { type MessageKey, t } from '../shared/i18n.ts';
import { ask } from '../ui/messaging.ts';

const HAPPENED_LABEL: Record<Happened, MessageKey> = {
  failed: 'manual_happened_failed',
  stuck: 'manual_happened_stuck',
  blocked: 'manual_happened_blocked',
  charged_no_output: 'manual_happened_charged',
  quality: 'manual_happened_quality',
};

/** What is wrong with the ID field, in words; undefined when it reads. */
function idProblem(providerId: string, input: string): string | undefined {
  const p = providerById(providerId);
  if (!p) return t('manual_choose_provider');
  const r = readGenerationId(p, input);
  if (r.ok) return undefined;
  if (r.reason === 'empty') return t('manual_id_empty');
  if (r.reason === 'ambiguous') return t('manual_id_ambiguous', r.candidates.join(', '));
  return t('manual_id_wrong', p.name, r.expected.join('; '));
}

/**
 * "Claim a generation AVA did not see": provider, the Generation ID or its link, what happened, optionally the
 * credits. Saved through the worker as a generation the person entered; the popup then shows it like any other.
 */
export function ManualClaimForm({ tabId, preselected, onSaved }: { tabId: number; preselected?: string; onSaved: () => void }) {
  const [provider, setProvider] = useState(preselected ?? '');
  const [idText, setIdText] = useState('');
  const [happened, setHappened] = useState<Happened>('failed');
  const [creditsText, setCreditsText] = useState('');
  const [touched, setTouched] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [saved, setSaved] = useState<string>();

  const p = providerById(provider);
  const reading = p ? readGenerationId(p, idText) : undefined;
  const credits = readCredits(creditsText);
  const idError = touched ? idProblem(provider, idText) : undefined;

  const submit = async (e: Event) => {
    e.preventDefault();
    setTouched(true);
    if (!p || !reading?.ok || credits === 'invalid') return;
    const generation = manualGeneration({ provider: p, id: reading.id, happened, credits, now: new Date() });
    try {
      await ask({ type: 'ui/claim-entered', tabId, generation });
      onSaved();
      // The form stayed filled in under the new row, as if nothing had happened (and a second click entered it
      // again): it says where the generation went and empties the fields for another one.
      setSaved(t('manual_saved', reading.id));
      setIdText('');
      setCreditsText('');
      setTouched(false);
      setProblem(undefined);
    } catch (err) {
      setProblem(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <form class="panel" data-testid="manual-claim" onSubmit={(e) => void submit(e)} noValidate>
      <label>
        <span>{t('manual_provider_label')}</span>
        <select data-testid="manual-provider" value={provider} onChange={(e) => setProvider(e.currentTarget.value)}>
          <option value="">{t('manual_choose_provider')}</option>
          {PROVIDERS.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('manual_id_label')}</span>
        <input
          type="text"
          data-testid="manual-id"
          value={idText}
          aria-invalid={!!idError}
          spellcheck={false}
          autocomplete="off"
          placeholder={p?.idFormats[0]?.example ?? ''}
          onInput={(e) => setIdText(e.currentTarget.value)}
          onBlur={() => setTouched(true)}
        />
      </label>
      {idError && (
        <p class="error" role="alert" data-testid="manual-id-error">
          {idError}
        </p>
      )}
      {reading?.ok && reading.fromLink && (
        <p class="muted" data-testid="manual-id-read">
          {t('manual_id_from_link', reading.id)}
        </p>
      )}
      <fieldset>
        <legend>{t('manual_happened_legend')}</legend>
        {HAPPENED.map((h) => (
          <label class="mode" key={h}>
            <input
              type="radio"
              name="happened"
              value={h}
              data-testid={`manual-happened-${h}`}
              checked={happened === h}
              onChange={() => setHappened(h)}
            />
            <span>{t(HAPPENED_LABEL[h])}</span>
          </label>
        ))}
      </fieldset>
      <label>
        <span>{t('manual_credits_label')}</span>
        <input
          type="text"
          inputMode="decimal"
          data-testid="manual-credits"
          value={creditsText}
          aria-invalid={credits === 'invalid'}
          onInput={(e) => setCreditsText(e.currentTarget.value)}
        />
      </label>
      {credits === 'invalid' && (
        <p class="error" role="alert">
          {t('manual_credits_invalid')}
        </p>
      )}
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {saved && (
        <p role="status" data-testid="manual-saved">
          {saved}
        </p>
      )}
      <p class="muted">{t('manual_entered_note')}</p>
      <button type="submit" class="primary" data-testid="manual-submit">
        {t('manual_submit')}
      </button>
    </form>
  );
}
