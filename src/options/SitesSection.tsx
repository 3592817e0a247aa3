import { useEffect, useState } from 'preact/hooks';
import { PROVIDERS, providerById } from '../providers/index.ts';
import { type SiteStatus, originPattern, siteOrigin } from '../storage/added-sites.ts';
import { t } from '../shared/i18n.ts';
import { ask } from '../ui/messaging.ts';
import { requestSite } from '../ui/sites.ts';

/**
 * A provider's new address: "Add a site for <provider>" asks Chrome for that one origin and AVA runs there as on the
 * provider's known hosts. Removing it unregisters AVA's scripts there and gives the permission back.
 */
export function SitesSection() {
  const [sites, setSites] = useState<SiteStatus[]>([]);
  const [provider, setProvider] = useState(PROVIDERS[0]!.id);
  const [address, setAddress] = useState('');
  const [status, setStatus] = useState<{ text: string; error?: boolean }>();
  const refresh = () =>
    void ask<SiteStatus[]>({ type: 'ui/sites' }).then(setSites, (e: unknown) => setStatus({ text: String(e), error: true }));
  useEffect(refresh, []);

  const name = (id: string) => providerById(id)?.name ?? id;
  const typed = /^https?:\/\//i.test(address.trim()) ? address.trim() : `https://${address.trim()}`;
  const origin = address.trim() ? siteOrigin(typed) : undefined;

  const add = (e: Event) => {
    e.preventDefault();
    if (!origin) return setStatus({ text: t('sites_err_origin'), error: true });
    requestSite(origin, provider).then(
      (granted) => {
        setStatus({ text: t(granted ? 'sites_added' : 'sites_not_granted', origin, name(provider)) });
        setAddress('');
        refresh();
      },
      (err: unknown) => setStatus({ text: err instanceof Error ? err.message : String(err), error: true }),
    );
  };
  const grant = (s: SiteStatus) => void chrome.permissions.request({ origins: [originPattern(s.origin)] }).then(refresh, refresh);
  const remove = (s: SiteStatus) =>
    void ask({ type: 'ui/site-remove', origin: s.origin }).then(
      () => (setStatus({ text: t('sites_removed', s.origin) }), refresh()),
      (err: unknown) => setStatus({ text: String(err), error: true }),
    );

  return (
    <section aria-label={t('sites_title')} data-testid="sites">
      <h2>{t('sites_title')}</h2>
      <p class="muted">{t('sites_intro')}</p>
      <form onSubmit={add}>
        <label>
          <span>{t('options_col_provider')}</span>
          <select data-testid="site-provider" value={provider} onChange={(e) => setProvider(e.currentTarget.value)}>
            {PROVIDERS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('sites_address_label')}</span>
          <input
            type="text"
            data-testid="site-address"
            value={address}
            placeholder={t('sites_address_placeholder')}
            spellcheck={false}
            onInput={(e) => setAddress(e.currentTarget.value)}
          />
        </label>
        <button type="submit" class="primary" data-testid="site-add">
          {t('sites_add_button', name(provider))}
        </button>
      </form>
      {status && (
        <p class={status.error ? 'error' : 'muted'} role="status" data-testid="sites-status">
          {status.text}
        </p>
      )}
      {sites.length > 0 && (
        <ul data-testid="site-list">
          {sites.map((s) => (
            <li key={s.origin} data-testid="site" data-origin={s.origin}>
              <span class="mono">{s.origin}</span> · {name(s.provider)} ·{' '}
              <span class={s.granted ? 'muted' : 'error'}>{t(s.granted ? 'sites_granted' : 'sites_not_granted_short')}</span>
              {!s.granted && (
                <button type="button" onClick={() => grant(s)}>
                  {t('sites_grant_button')}
                </button>
              )}
              <button type="button" data-testid="site-remove" onClick={() => remove(s)}>
                {t('sites_remove_button')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
