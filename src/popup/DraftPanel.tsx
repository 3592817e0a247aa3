import { useState } from 'preact/hooks';
import { gmailLink, mailtoLink, outlookLink, plainText } from '../claims/channels.ts';
import type { Draft } from '../claims/draft.ts';
import type { SendChannel } from '../claims/record.ts';

/** The editable draft and the ways to send it. AVA never sends anything itself: the person does. */
export function DraftPanel({ initial, onSent }: { initial: Draft; onSent: (channel: SendChannel, d: Draft) => Promise<string> }) {
  const [d, setD] = useState<Draft>(initial);
  const [copied, setCopied] = useState<string>();
  const [recorded, setRecorded] = useState<string>();
  // Every send button also records the claim as sent, with the text exactly as it left the popup.
  const sent = (channel: SendChannel) => {
    onSent(channel, d).then(setRecorded, (e: unknown) => setRecorded(`Could not save the claim: ${e instanceof Error ? e.message : String(e)}`));
  };
  const gmail = gmailLink(d);
  const mailto = mailtoLink(d);
  const outlook = outlookLink(d);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(plainText(d));
      setCopied('Copied to the clipboard.');
    } catch {
      setCopied('Could not copy: select the text and copy it by hand.');
    }
  };
  return (
    <section class="panel" aria-label="Draft" data-testid="draft">
      <h2>Review the draft, then send it yourself</h2>
      {d.channelNote && <p class="notice" data-testid="channel-note">{d.channelNote}</p>}
      <label>
        <span>To</span>
        <input data-testid="draft-to" value={d.to ?? ''} placeholder="(paste into the provider’s help center)" onInput={(e) => setD({ ...d, to: e.currentTarget.value || undefined })} />
      </label>
      <label>
        <span>Subject</span>
        <input data-testid="draft-subject" value={d.subject} onInput={(e) => setD({ ...d, subject: e.currentTarget.value })} />
      </label>
      <label>
        <span>Body</span>
        <textarea data-testid="draft-body" rows={12} value={d.body} onInput={(e) => setD({ ...d, body: e.currentTarget.value })} />
      </label>
      <div class="actions">
        {d.supportUrl && (
          <a class="button primary" data-testid="open-support" href={d.supportUrl} target="_blank" rel="noreferrer" onClick={() => sent('help-center')}>
            Open help center
          </a>
        )}
        <a class="button" data-testid="send-gmail" href={gmail.href} target="_blank" rel="noreferrer" onClick={() => { if (gmail.shortened) void copy(); sent('gmail'); }}>
          Gmail
        </a>
        <a class="button" data-testid="send-outlook" href={outlook.href} target="_blank" rel="noreferrer" onClick={() => { if (outlook.shortened) void copy(); sent('outlook'); }}>
          Outlook
        </a>
        <a class="button" data-testid="send-mailto" href={mailto.href} onClick={() => { if (mailto.shortened) void copy(); sent('mailto'); }}>
          Mail app
        </a>
        <button type="button" data-testid="copy" onClick={() => { void copy(); sent('copy'); }}>
          Copy
        </button>
      </div>
      {(gmail.shortened || mailto.shortened || outlook.shortened) && <p class="muted">This draft is long: the mail links carry a shortened body and the full text is copied when you click them.</p>}
      {copied && <p role="status">{copied}</p>}
      {recorded && <p role="status" data-testid="claim-recorded">{recorded}</p>}
    </section>
  );
}
