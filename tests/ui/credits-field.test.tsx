// @vitest-environment happy-dom
/**
 * The credits field the popup and the dashboard share (src/ui/CreditsField.tsx): what a person types is read by
 * readCredits, and text that is not an amount is said so beside the field instead of being saved as "unknown".
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { CreditsField } from '../../src/ui/CreditsField.tsx';

function Harness({ focus }: { focus?: boolean }) {
  const [text, setText] = useState('');
  return <CreditsField label="How many credits came back?" value={text} onInput={setText} focus={focus} />;
}

const root = () =>
  document.body.querySelector('div#root') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'root' }));
const input = () => document.querySelector<HTMLInputElement>('[data-testid="claim-credits"]')!;
const alertText = () => document.querySelector('[data-testid="claim-credits-invalid"]')?.textContent;

async function type(text: string) {
  input().value = text;
  input().dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((r) => setTimeout(r, 0));
}

afterEach(() => render(null, root()));

describe('credits field', () => {
  it('is a labelled text field that takes the keyboard when it opens from a choice', async () => {
    render(<Harness focus />, root());
    // Preact runs effects after the frame is drawn.
    await new Promise((r) => setTimeout(r, 50));
    expect(input().type).toBe('text');
    expect(input().closest('label')?.textContent).toContain('How many credits came back?');
    expect(document.activeElement).toBe(input());
  });

  it('accepts amounts as people type them and says so when the text is not one', async () => {
    render(<Harness />, root());
    for (const ok of ['', '5', '12.5', '1,200', '12,5']) {
      await type(ok);
      expect(alertText(), ok).toBeUndefined();
      expect(input().getAttribute('aria-invalid'), ok).toBe('false');
    }
    for (const bad of ['five', '-3', '1,2,3']) {
      await type(bad);
      expect(alertText(), bad).toBe('Enter the credits as a number, for example 20.');
      expect(input().getAttribute('aria-invalid'), bad).toBe('true');
    }
  });
});
