import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Draft } from '../claims/draft.ts';
import type { SendChannel } from '../claims/record.ts';
import type { ProviderDefinition } from '../providers/types.ts';
import { t } from '../shared/i18n.ts';
import { type DraftContext, DraftPanel } from './DraftPanel.tsx';

interface Props {
  draft: Draft;
  provider: ProviderDefinition;
  account: { email?: string };
  context: DraftContext;
  onBack: () => void;
  onSent: (channel: SendChannel, d: Draft) => Promise<string>;
}

/**
 * The draft on its own view: Back, then subject, body and the send buttons within one popup screen. The focus moves
 * to the heading so keyboard and screen-reader users land on the new view, not on a button that is gone.
 */
export function DraftView({ draft, provider, account, context, onBack, onSent }: Props) {
  const heading = useRef<HTMLDivElement>(null);
  // In the render itself, not after paint: a key pressed right after "Draft" (Tab, then Enter on Back) must not land
  // before the focus moves here and then lose its target when it does (a race the keyboard e2e spec met under load).
  useLayoutEffect(() => heading.current?.focus(), []);
  return (
    <>
      <div class="view-top" ref={heading} tabIndex={-1}>
        <button type="button" data-testid="draft-back" onClick={onBack}>
          {t('popup_back')}
        </button>
        <h1>{t('draft_label')}</h1>
        <span class="provider">{provider.name}</span>
      </div>
      <DraftPanel initial={draft} onSent={onSent} context={context} />
      {!account.email && (
        <p class="notice" data-testid="account-hint">
          {t(provider.ticket.accountFields.includes('last4') ? 'popup_account_hint_last4' : 'popup_account_hint', provider.name)}{' '}
          <a href={chrome.runtime.getURL('src/options/index.html')} target="_blank" rel="noreferrer">
            {t('popup_open_settings')}
          </a>
        </p>
      )}
    </>
  );
}
