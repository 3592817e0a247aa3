import { useState } from 'preact/hooks';
import { gmailLink, mailtoLink, plainText } from '../claims/channels.ts';
import type { Draft } from '../claims/draft.ts';

/** The editable draft and the ways to send it. AVA never sends anything itself: the person does. */
export function DraftPanel({ initial }: { initial: Draft }) {
  const [d, setD] = useState<Draft>(initial);
  const [copied, setCopied] = useState<string>();
  const gmail = gmailLink(d);
  const mailto = mailtoLink(d);
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
          <a class="button primary" data-testid="open-support" href={d.supportUrl} target="_blank" rel="noreferrer">
            Open help center
          </a>
        )}
        <a class="button" data-testid="send-gmail" href={gmail.href} target="_blank" rel="noreferrer" onClick={() => gmail.shortened && void copy()}>
          Gmail
        </a>
        <a class="button" data-testid="send-mailto" href={mailto.href} onClick={() => mailto.shortened && void copy()}>
          Mail app
        </a>
        <button type="button" data-testid="copy" onClick={() => void copy()}>
          Copy
        </button>
      </div>
      {(gmail.shortened || mailto.shortened) && <p class="muted">This draft is long: the mail links carry a shortened body and the full text is copied when you click them.</p>}
      {copied && <p role="status">{copied}</p>}
    </section>
  );
}
