import { useEffect, useRef, useState } from 'preact/hooks';
import { plainText } from '../claims/channels.ts';
import type { Draft } from '../claims/draft.ts';
import { businessDaysBetween, draftFollowUp, sentAt } from '../claims/follow-up.ts';
import type { Claim } from '../claims/ledger.ts';
import type { SendChannel } from '../claims/record.ts';
import { providerById } from '../providers/index.ts';
import { profileItem } from '../storage/items.ts';
import { t } from '../shared/i18n.ts';
import { anyShortened, MailLinks } from '../ui/MailLinks.tsx';
import { localStore } from '../ui/store.ts';

/**
 * The polite follow-up for a claim nobody answered, editable, with the popup's send links (channels.ts). AVA sends
 * nothing itself: each button opens the person's own mail or help center and records that a follow-up went out.
 */
export function FollowUpPanel({
  claim,
  onSent,
  onClose,
}: {
  claim: Claim;
  onSent: (channel: SendChannel, subject: string) => Promise<string>;
  onClose: () => void;
}) {
  const [d, setD] = useState<Draft>();
  const [copied, setCopied] = useState<string>();
  const [recorded, setRecorded] = useState<string>();
  const provider = providerById(claim.provider);
  // The panel opens below the whole claims table (out of sight in a narrow window): focus goes to its heading, which
  // also scrolls it into view, so a keyboard or screen-reader user lands on what the button opened.
  const heading = useRef<HTMLHeadingElement>(null);
  const drafted = d !== undefined;
  useEffect(() => {
    if (drafted) heading.current?.focus();
  }, [drafted]);
  useEffect(() => {
    void localStore.read(profileItem).then((p) => {
      const account = { ...p.defaults, ...p.accounts[claim.provider], name: p.name };
      setD(draftFollowUp(claim, provider, account, new Date()));
    });
  }, [claim.id]);
  if (!d) return null;

  const sent = (channel: SendChannel) => {
    onSent(channel, d.subject).then(setRecorded, (e: unknown) => setRecorded(e instanceof Error ? e.message : String(e)));
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(plainText(d));
      setCopied(t('followup_copied'));
    } catch {
      setCopied(t('followup_copy_failed'));
    }
  };
  const waited = businessDaysBetween(sentAt(claim), Date.now());
  return (
    <section class="follow-up" aria-label={t('followup_title', provider?.name ?? claim.provider)} data-testid="follow-up-draft">
      <h3 ref={heading} tabIndex={-1} data-testid="follow-up-heading">
        {t('followup_title', provider?.name ?? claim.provider)}
      </h3>
      <p class="muted">{t('followup_note', waited)}</p>
      <label>
        <span>{t('followup_to')}</span>
        <input
          data-testid="follow-up-to"
          value={d.to ?? ''}
          placeholder={t(d.supportUrl ? 'followup_to_placeholder' : 'draft_to_placeholder_none')}
          onInput={(e) => setD({ ...d, to: e.currentTarget.value || undefined })}
        />
      </label>
      <label>
        <span>{t('followup_subject')}</span>
        <input data-testid="follow-up-subject" value={d.subject} onInput={(e) => setD({ ...d, subject: e.currentTarget.value })} />
      </label>
      <label>
        <span>{t('followup_body')}</span>
        <textarea data-testid="follow-up-body" rows={12} value={d.body} onInput={(e) => setD({ ...d, body: e.currentTarget.value })} />
      </label>
      <div class="actions">
        {d.supportUrl && (
          <a
            class="button primary"
            data-testid="follow-up-open-support"
            href={d.supportUrl}
            target="_blank"
            rel="noreferrer"
            onClick={() => {
              void copy();
              sent('help-center');
            }}
          >
            {t('followup_open_help')}
          </a>
        )}
        <MailLinks d={d} testIdPrefix="follow-up" copy={() => void copy()} onSend={sent} />
        <button
          type="button"
          data-testid="follow-up-copy"
          onClick={() => {
            void copy();
            sent('copy');
          }}
        >
          {t('followup_copy')}
        </button>
        <button type="button" onClick={onClose}>
          {t('followup_close')}
        </button>
      </div>
      {anyShortened(d) && <p class="muted">{t('followup_shortened')}</p>}
      {copied && <p role="status">{copied}</p>}
      {recorded && (
        <p role="status" data-testid="follow-up-recorded">
          {recorded}
        </p>
      )}
    </section>
  );
}
