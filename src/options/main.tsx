import { render } from 'preact';
import { t } from '../shared/i18n.ts';
import { ClaimsTable } from './ClaimsTable.tsx';
import { Diagnostics } from './Diagnostics.tsx';
import { PrivacySection } from './PrivacySection.tsx';
import { ProfileForm } from './ProfileForm.tsx';
import { ProviderTable } from './ProviderTable.tsx';
import { Reminders } from './Reminders.tsx';
import { StorageAlert } from '../ui/StorageAlert.tsx';
import { SitesSection } from './SitesSection.tsx';

function Options() {
  return (
    <main>
      <h1>{t('options_title')}</h1>
      <StorageAlert />
      <ClaimsTable />
      <Reminders />
      <ProfileForm />
      <ProviderTable />
      <Diagnostics />
      <SitesSection />
      <PrivacySection />
    </main>
  );
}

// index.html can only hold the brand (__MSG_ does not work in extension pages): the full title comes from the locale.
document.title = t('options_title');
render(<Options />, document.getElementById('app')!);
