import { watch } from '../storage/watch.ts';
import { useEffect, useState } from 'preact/hooks';
import { providerForUrl } from '../providers/index.ts';
import { t } from '../shared/i18n.ts';
import { pingTab, waitForContentScript } from './tab-presence.ts';

type State = 'checking' | 'running' | 'missing' | 'reloading' | 'failed';

const pause = (ms: number) => () => new Promise<void>((r) => setTimeout(r, ms));
/** After a reload, the content script reports within a second or two; listen for its reports this long. */
const LISTEN_AFTER_RELOAD_MS = 15_000;

/**
 * Tells the person to reload a tab that AVA's content script is not running in (opened before AVA was installed or
 * updated), with a button that does it. `providerName`: the tab is known to be a provider page (from what AVA stored
 * for it); else the tab's URL decides where AVA may read it (the click on the AVA icon grants that), and when the URL
 * is hidden the notice says "if this is a provider page". Renders nothing while the content script answers.
 */
export function TabPresence({ tabId, providerName, onReloaded }: { tabId: number; providerName?: string; onReloaded: () => void }) {
  const [state, setState] = useState<State>('checking');
  const [urlProvider, setUrlProvider] = useState<string | null>();
  const [problem, setProblem] = useState('');

  useEffect(() => {
    let live = true;
    void pingTab(tabId).then((p) => live && setState((s) => (s === 'checking' ? (p.running ? 'running' : 'missing') : s)));
    chrome.tabs.get(tabId).then(
      (tab) => live && setUrlProvider(tab.url ? (providerForUrl(tab.url)?.name ?? null) : undefined),
      () => live && setUrlProvider(undefined),
    );
    return () => {
      live = false;
    };
  }, [tabId]);

  if (state === 'checking' || state === 'running') return null;
  const name = providerName ?? urlProvider;
  // The URL is known and is not a provider page: nothing to reload, the popup's own text says where AVA works.
  if (name === null) return null;

  const reload = async () => {
    setState('reloading');
    try {
      // No permission needed: reloading a tab does not reveal anything about it.
      await chrome.tabs.reload(tabId);
      const p = await waitForContentScript(tabId, 60, pause(250));
      if (!p.running) throw new Error(t('presence_still_missing'));
      // The tab's generations arrive as the page loads: refresh the popup on each report for a short while.
      watch(chrome.storage.onChanged, 'session', ['tabs'], onReloaded, AbortSignal.timeout(LISTEN_AFTER_RELOAD_MS));
      onReloaded();
      setState('running');
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
      setState('failed');
    }
  };

  return (
    <section class="notice" role="status" data-testid="reload-notice">
      <p>{name ? t('presence_reload_needed', name) : t('presence_reload_maybe')}</p>
      {state === 'failed' && <p class="error">{t('presence_reload_failed', problem)}</p>}
      <button type="button" class="primary" data-testid="reload-tab" disabled={state === 'reloading'} onClick={() => void reload()}>
        {state === 'reloading' ? t('presence_reloading') : t('presence_reload_button')}
      </button>
    </section>
  );
}
