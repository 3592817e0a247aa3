import { useEffect, useRef } from 'preact/hooks';
import type { ClaimState } from '../claims/ledger.ts';
import { readCredits } from '../claims/manual-claim.ts';
import { t } from '../shared/i18n.ts';

/** The states that come with an amount: the credits came back, all or some. */
export const takesCredits = (s: ClaimState | '') => s === 'credited' || s === 'partly_credited';

/**
 * How many credits a claim got back, for the popup and the dashboard alike, read by readCredits like a manual claim's
 * cost: empty is "not known", anything that is not a plain amount is refused with a message and saves nothing. Text,
 * not type="number": a number input hands "" to the page for "12,5", so a mistyped amount was saved as unknown.
 */
export function CreditsField(props: { label: string; value: string; onInput: (text: string) => void; focus?: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  // Opened by a choice in the state list: the keyboard goes on to the field the choice asked for.
  useEffect(() => {
    if (props.focus) input.current?.focus();
  }, []);
  const invalid = readCredits(props.value) === 'invalid';
  return (
    <>
      <label>
        {props.label}{' '}
        <input
          ref={input}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={props.value}
          aria-invalid={invalid}
          data-testid="claim-credits"
          onInput={(e) => props.onInput(e.currentTarget.value)}
        />
      </label>
      {invalid && (
        <span class="error" role="alert" data-testid="claim-credits-invalid">
          {t('manual_credits_invalid')}
        </span>
      )}
    </>
  );
}
