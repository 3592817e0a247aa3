/**
 * The support-form content script, on the providers' new-request pages only (matches derived from the registry's
 * ticket-form channels). It asks the service worker for a fill for this page's origin, which exists only if the
 * person chose "Open support form" in AVA in the last few minutes and is handed out once. It fills the subject,
 * description and email as plain text, outlines what it filled, says so in a small note, and never submits.
 * Tiny on purpose: no zod, no provider registry; the service worker checks the sender's origin.
 */
import { sendToWorker } from '../messages/bus.ts';
import { t } from '../shared/i18n.ts';
import { type FillText, fillForm, findForm } from './form-fill.ts';

const WAIT_FOR_FORM_MS = 15_000;

function start(): void {
  if (findForm(document)) {
    void ask();
    return;
  }
  // Some help-center themes render the form after load; watch for it for a short while, then stop.
  const observer = new MutationObserver(() => {
    if (!findForm(document)) return;
    observer.disconnect();
    clearTimeout(timer);
    void ask();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  const timer = setTimeout(() => observer.disconnect(), WAIT_FOR_FORM_MS);
}

async function ask(): Promise<void> {
  let reply: Awaited<ReturnType<typeof sendToWorker<{ fill?: FillText | null }>>>;
  try {
    reply = await sendToWorker<{ fill?: FillText | null }>({ type: 'support/autofill-take' });
  } catch {
    return; // Orphaned after an extension update: nothing to do on this page.
  }
  const fill = reply.ok ? reply.data?.fill : undefined;
  if (!fill || typeof fill.subject !== 'string' || typeof fill.body !== 'string') {
    // Seen only in this script's own console context (the page cannot read it); the e2e test waits for it.
    console.debug('[AVA] support form: nothing to fill (not opened from AVA)');
    return;
  }
  const result = fillForm(document, {
    subject: fill.subject,
    body: fill.body,
    ...(typeof fill.email === 'string' ? { email: fill.email } : {}),
  });
  if (!result) return;
  for (const el of result.filled) {
    el.style.outline = '2px solid #7c3aed';
    el.style.outlineOffset = '2px';
  }
  note(result.filled[0] ?? findForm(document)?.fields.subject, result.kept.length > 0);
  console.debug(`[AVA] support form: filled ${result.filled.length} field(s), kept ${result.kept.join(', ') || 'none'}`);
}

/** The small, dismissible note above the form: AVA filled it, the person reviews and submits. Text only. */
function note(anchor: HTMLElement | undefined, keptSome: boolean): void {
  const form = anchor?.closest('form') ?? anchor;
  if (!form?.parentNode) return;
  const box = document.createElement('div');
  box.setAttribute('role', 'status');
  box.dataset.avaNote = '';
  box.style.cssText =
    'all:initial;display:flex;gap:8px;align-items:center;margin:0 0 12px;padding:8px 12px;border:1px solid #7c3aed;border-radius:6px;background:#f5f3ff;color:#2e1065;font:14px/1.4 system-ui,sans-serif';
  const text = document.createElement('span');
  text.textContent = keptSome ? `${t('autofill_note')} ${t('autofill_kept')}` : t('autofill_note');
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', t('autofill_dismiss'));
  close.style.cssText = 'all:initial;cursor:pointer;font:16px system-ui,sans-serif;color:#2e1065;margin-left:auto;padding:0 4px';
  close.addEventListener('click', () => box.remove());
  box.append(text, close);
  form.parentNode.insertBefore(box, form);
}

start();
