import { useState } from 'preact/hooks';
// biome-ignore lint/style/noRestrictedImports: not code but the built picker's file path (crxjs ?script), sent to the tab
import pickerScript from '../content/picker.ts?script&module';
import { sendToTab } from '../messages/bus.ts';
import { ContentPong, type UiToContent } from '../messages/contract.ts';
import { t } from '../shared/i18n.ts';

/**
 * "Pick the failed generation on the page": the content script loads the picker (and html2canvas) only now. The
 * popup closes so the person can click on the page (Chrome closes it anyway); opened as a tab (`?tab=`), it stays.
 */
export function PickButton({ tabId }: { tabId: number }) {
  const [status, setStatus] = useState<{ text: string; error?: boolean }>();
  const start = async () => {
    const msg: UiToContent = { type: 'ui/pick', script: pickerScript };
    try {
      const pong = ContentPong.safeParse(await sendToTab(tabId, msg));
      if (!pong.success) throw new Error(t('picker_not_running'));
      if (pong.data.picker === 'failed') return setStatus({ text: t('picker_not_loaded'), error: true });
      setStatus({ text: t('picker_started') });
      if (!new URLSearchParams(location.search).has('tab')) setTimeout(() => window.close(), 600);
    } catch {
      setStatus({ text: t('picker_not_running'), error: true });
    }
  };
  return (
    <div>
      <button type="button" data-testid="pick-button" onClick={() => void start()}>
        {t('picker_button')}
      </button>
      {status && (
        <p class={status.error ? 'error' : 'muted'} role="status" data-testid="pick-status">
          {status.text}
        </p>
      )}
    </div>
  );
}
