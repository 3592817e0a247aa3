import { render } from 'preact';
import { ClaimsTable } from './ClaimsTable.tsx';
import { PrivacySection } from './PrivacySection.tsx';
import { ProfileForm } from './ProfileForm.tsx';
import { ProviderTable } from './ProviderTable.tsx';

function Options() {
  return (
    <main>
      <h1>AVA dashboard</h1>
      <ClaimsTable />
      <ProfileForm />
      <ProviderTable />
      <PrivacySection />
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
