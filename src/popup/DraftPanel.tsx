import { useEffect, useRef, useState } from 'preact/hooks';
import { withAttachments } from '../bundle/attachments.ts';
import { markdownText, plainText } from '../claims/channels.ts';
import type { Draft } from '../claims/draft.ts';
import type { SendChannel } from '../claims/record.ts';
import type { QualityModeId } from '../modes/types.ts';
import { supportFormFor } from '../providers/support-forms.ts';
import type { ProviderDefinition } from '../providers/types.ts';
import type { Generation } from '../shared/generation.ts';
import { t } from '../shared/i18n.ts';
import { anyShortened, MailLinks } from '../ui/MailLinks.tsx';
import { useBundleAttachments } from './useBundleAttachments.ts';
import { ask } from '../ui/messaging.ts';
import { lazy } from './lazy.ts';
import { Line } from './Line.tsx';
import { WithDashboardLink } from './DashboardLink.tsx';

// The bundle (zip, images, case.json) renders nothing until it has read the evidence: its code can load meanwhile.
const EvidenceBundle = lazy(() => import('./EvidenceBundle.tsx').then((m) => m.EvidenceBundle));

/** What the draft is about: for the support form (provider, account email) and the evidence bundle. */
export interface DraftContext {
  provider: ProviderDefinition;
  generations: readonly Generation[];
  modes: readonly QualityModeId[];
  description?: string;
  email?: string;
  /** Evidence ids the person already unticked in the Evidence panel: they start unticked in the bundle too. */
  excluded?: readonly string[];
}

/** The editable draft and the ways to send it. AVA never sends anything itself: the person does. */
export function DraftPanel({
  initial,
  onSent,
  context,
}: {
  initial: Draft;
  onSent: (channel: SendChannel, d: Draft) => Promise<string>;
  context?: DraftContext;
}) {
  const [d, setD] = useState<Draft>(initial);
  // The attachment line names the bundle's files as they will be in the zip, before the bundle line is ever opened.
  const defaultNames = useBundleAttachments(context);
  useEffect(() => {
    if (defaultNames) setD((cur) => ({ ...cur, body: withAttachments(cur.body, defaultNames) }));
  }, [defaultNames?.join('\n')]);
  const [copied, setCopied] = useState<string>();
  const [formStatus, setFormStatus] = useState<string>();
  const form = context ? supportFormFor(context.provider.id) : undefined;
  const [recorded, setRecorded] = useState<string>();
  const said = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (formStatus || copied || recorded) said.current?.scrollIntoView({ block: 'nearest' });
  }, [formStatus, copied, recorded]);
  // Every send button also records the claim as sent, with the text exactly as it left the popup.
  const sent = (channel: SendChannel) => {
    onSent(channel, d).then(setRecorded, (e: unknown) => setRecorded(t('draft_save_failed', e instanceof Error ? e.message : String(e))));
  };
  const copy = async (markdown = false) => {
    try {
      await navigator.clipboard.writeText(markdown ? markdownText(d) : plainText(d));
      setCopied(markdown ? t('draft_copied_markdown') : t('draft_copied'));
    } catch {
      setCopied(t('draft_copy_failed'));
    }
  };
  // The form page fills itself only because the person chose it here: arm the fill first, then open the form.
  const openForm = async () => {
    if (!form || !context) return;
    try {
      const { url } = await ask<{ url: string; expiresAt: number }>({
        type: 'ui/autofill-arm',
        provider: context.provider.id,
        subject: d.subject,
        body: d.body,
        ...(context.email ? { email: context.email } : {}),
      });
      // Record first: the popup closes when the new tab takes the focus.
      sent('support-form');
      setFormStatus(t('draft_form_opened'));
      await chrome.tabs.create({ url });
    } catch (e) {
      setFormStatus(t('draft_form_failed', e instanceof Error ? e.message : String(e)));
    }
  };
  return (
    <section class="panel" aria-label={t('draft_label')} data-testid="draft">
      <h2>{t('draft_title')}</h2>
      {d.channelNote && (
        <p class="notice" data-testid="channel-note">
          {d.channelNote}
        </p>
      )}
      <label>
        <span>{t('draft_to')}</span>
        <input
          data-testid="draft-to"
          value={d.to ?? ''}
          // "Paste into the help center" only where one is documented (Hailuo, Dreamina, Grok document neither).
          placeholder={t(d.supportUrl ? 'draft_to_placeholder' : 'draft_to_placeholder_none')}
          onInput={(e) => setD({ ...d, to: e.currentTarget.value || undefined })}
        />
      </label>
      <label>
        <span>{t('draft_subject')}</span>
        <input data-testid="draft-subject" value={d.subject} onInput={(e) => setD({ ...d, subject: e.currentTarget.value })} />
      </label>
      <label>
        <span>{t('draft_body')}</span>
        {/* Three lines fewer under a channel note, so the send buttons stay in the 600 px popup (Hailuo's note is 5 lines). */}
        <textarea
          data-testid="draft-body"
          rows={d.channelNote ? 8 : 11}
          value={d.body}
          onInput={(e) => setD({ ...d, body: e.currentTarget.value })}
        />
      </label>
      <div class="actions">
        {form && (
          <button
            type="button"
            class="primary"
            data-testid="open-support-form"
            title={form.url}
            aria-label={t('send_name_form', context?.provider.name ?? '')}
            onClick={() => void openForm()}
          >
            {t('draft_open_form')}
          </button>
        )}
        {d.supportUrl && (
          <a
            class="button primary"
            data-testid="open-support"
            href={d.supportUrl}
            target="_blank"
            rel="noreferrer"
            aria-label={t('send_name_help')}
            onClick={() => sent('help-center')}
          >
            {t('draft_open_help')}
          </a>
        )}
        <MailLinks d={d} testIdPrefix="send" copy={() => void copy()} onSend={sent} />
        <button
          type="button"
          data-testid="copy"
          aria-label={t('send_name_copy')}
          onClick={() => {
            void copy();
            sent('copy');
          }}
        >
          {t('draft_copy')}
        </button>
        <button
          type="button"
          data-testid="copy-markdown"
          aria-label={t('send_name_copy_markdown')}
          onClick={() => {
            void copy(true);
            sent('copy');
          }}
        >
          {t('draft_copy_markdown')}
        </button>
      </div>
      {/* What a send button did, right under the buttons and scrolled into sight: they sit at the screen's bottom edge. */}
      <div ref={said}>
        {formStatus && (
          <p role="status" data-testid="form-status">
            {formStatus}
          </p>
        )}
        {copied && <p role="status">{copied}</p>}
        {recorded && (
          <p role="status" data-testid="claim-recorded">
            <WithDashboardLink text={recorded} />
          </p>
        )}
      </div>
      {form && <p class="muted">{t('draft_form_hint')}</p>}
      {anyShortened(d) && <p class="muted">{t('draft_long')}</p>}
      {context && (
        <Line id="bundle" label={t('bundle_title')}>
          {() => (
            <EvidenceBundle
              ctx={context}
              draft={d}
              onAttachments={(names) => setD((cur) => ({ ...cur, body: withAttachments(cur.body, names) }))}
            />
          )}
        </Line>
      )}
    </section>
  );
}
