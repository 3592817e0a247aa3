import { useEffect, useState } from 'preact/hooks';
import { providerAtSite, siteFamilyOffer } from '../claims/manual-claim.ts';
import { PROVIDERS, providerById } from '../providers/index.ts';
import { t } from '../shared/i18n.ts';
import { ask } from '../ui/messaging.ts';
import type { SiteStatus } from '../storage/added-sites.ts';
import { ManualClaimForm } from './ManualClaimForm.tsx';
import { PickButton } from './PickButton.tsx';
import { requestSite } from '../ui/sites.ts';
import { pingTab } from './tab-presence.ts';

/**
 * For a generation AVA did not capture: pick its card on the page (where AVA runs in the tab), enter it by hand (any
 * tab), or, on a new address of a known provider's domain, add that site with one click. One self-contained block
 * the popup places in either of its views.
 */
export function MissedGeneration({ tabId, pageProvider, onSaved }: { tabId: number; pageProvider?: string; onSaved: () => void }) {
  const [tabUrl, setTabUrl] = useState<string>();
  const [sites, setSites] = useState<Record<string, { provider: string }>>({});
  const [ready, setReady] = useState(false);
  const [siteStatus, setSiteStatus] = useState<string>();
  const [running, setRunning] = useState<string>();

  useEffect(() => {
    // The tab's URL is known after the person's click on the AVA icon (activeTab); hidden otherwise, and that is fine.
    // AVA's content script, where it runs, names its provider even before it has found anything on the page.
    void Promise.all([
      chrome.tabs.get(tabId).then(
        (tab) => tab.url,
        () => undefined,
      ),
      ask<SiteStatus[]>({ type: 'ui/sites' }).catch((): SiteStatus[] => []),
      pingTab(tabId, undefined, 1000),
    ]).then(([url, list, presence]) => {
      setTabUrl(url);
      setRunning(presence.running ? presence.provider : undefined);
      setSites(Object.fromEntries(list.map((s) => [s.origin, { provider: s.provider }])));
      setReady(true);
    });
  }, [tabId]);
  if (!ready) return null;

  const onPage = pageProvider ?? running;
  const preselected = onPage ?? (tabUrl ? providerAtSite(tabUrl, PROVIDERS, sites) : undefined);
  const offer = !onPage && tabUrl ? siteFamilyOffer(tabUrl, PROVIDERS, sites) : undefined;
  const offerName = offer ? (providerById(offer.provider)?.name ?? offer.provider) : '';
  const addSite = () => {
    if (!offer) return;
    void requestSite(offer.origin, offer.provider).then(
      (granted) => setSiteStatus(t(granted ? 'sites_added_reload' : 'sites_not_granted', offer.origin)),
      (e: unknown) => setSiteStatus(e instanceof Error ? e.message : String(e)),
    );
  };

  return (
    <section class="panel" aria-label={t('manual_title')} data-testid="missed-generation">
      {onPage && <PickButton tabId={tabId} />}
      {offer && (
        <div data-testid="site-offer">
          <p>{t('sites_offer', offer.origin, offerName)}</p>
          <button type="button" data-testid="site-offer-add" onClick={addSite}>
            {t('sites_offer_button', offerName)}
          </button>
          {siteStatus && (
            <p class="muted" role="status">
              {siteStatus}
            </p>
          )}
        </div>
      )}
      <details open={!onPage}>
        <summary data-testid="manual-open">{t('manual_title')}</summary>
        <ManualClaimForm tabId={tabId} preselected={preselected} onSaved={onSaved} />
      </details>
    </section>
  );
}
