import { useEffect, useState } from 'preact/hooks';
import { PROVIDERS } from '../providers/index.ts';
import { type Profile, profileItem, ProfileSchema } from '../storage/items.ts';
import { t } from '../shared/i18n.ts';
import { localStore } from '../ui/store.ts';

/** The account details drafts need, entered once. Stored only in this browser (chrome.storage.local). */
export function ProfileForm() {
  const [p, setP] = useState<Profile>();
  const [status, setStatus] = useState<string>();
  useEffect(() => void localStore.read(profileItem).then(setP), []);
  if (!p) return <p class="muted">{t('popup_loading')}</p>;

  const set = (provider: string | null, field: 'email' | 'last4', value: string) => {
    const v = value.trim() || undefined;
    setP(
      provider
        ? { ...p, accounts: { ...p.accounts, [provider]: { ...p.accounts[provider], [field]: v } } }
        : { ...p, defaults: { ...p.defaults, [field]: v } },
    );
  };
  const save = async (e: Event) => {
    e.preventDefault();
    const bad = [p.defaults, ...Object.values(p.accounts)].some((a) => a.last4 !== undefined && !/^\d{4}$/.test(a.last4));
    if (bad) return setStatus(t('options_profile_last4_invalid'));
    // A failed save (storage full) is said here and in the storage alert, never left as a silent no-op.
    const saved = await localStore.write(profileItem, ProfileSchema.parse(p)).then(
      () => true,
      () => false,
    );
    setStatus(t(saved ? 'options_profile_saved' : 'options_profile_not_saved'));
  };
  return (
    <form onSubmit={save} aria-label={t('options_profile_title')}>
      <section>
        <h2>{t('options_profile_title')}</h2>
        <p class="muted">{t('options_profile_intro')}</p>
        <label>
          {t('options_profile_name')}
          <input id="profile-name" value={p.name ?? ''} onInput={(e) => setP({ ...p, name: e.currentTarget.value || undefined })} />
        </label>
        <div class="grid">
          <span />
          <strong>{t('options_profile_col_email')}</strong>
          <strong>{t('options_profile_col_last4')}</strong>
          <label for="profile-default-email">{t('options_profile_all_providers')}</label>
          <input
            id="profile-default-email"
            type="email"
            value={p.defaults.email ?? ''}
            onInput={(e) => set(null, 'email', e.currentTarget.value)}
          />
          <input
            id="profile-default-last4"
            inputMode="numeric"
            maxLength={4}
            aria-label={t('options_profile_last4_all')}
            value={p.defaults.last4 ?? ''}
            onInput={(e) => set(null, 'last4', e.currentTarget.value)}
          />
          {PROVIDERS.map((prov) => [
            <label key={`l${prov.id}`} for={`profile-${prov.id}-email`}>
              {prov.name}
            </label>,
            <input
              key={`e${prov.id}`}
              id={`profile-${prov.id}-email`}
              type="email"
              placeholder={p.defaults.email ?? ''}
              value={p.accounts[prov.id]?.email ?? ''}
              onInput={(e) => set(prov.id, 'email', e.currentTarget.value)}
            />,
            <input
              key={`c${prov.id}`}
              id={`profile-${prov.id}-last4`}
              inputMode="numeric"
              maxLength={4}
              aria-label={t('options_profile_last4_for', prov.name)}
              placeholder={p.defaults.last4 ?? ''}
              value={p.accounts[prov.id]?.last4 ?? ''}
              onInput={(e) => set(prov.id, 'last4', e.currentTarget.value)}
            />,
          ])}
        </div>
        <div>
          <button class="primary" type="submit" data-testid="save-profile">
            {t('options_profile_save')}
          </button>{' '}
          <span role="status">{status}</span>
        </div>
      </section>
    </form>
  );
}
