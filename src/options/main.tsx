import { render } from 'preact';
import { ProfileForm } from './ProfileForm.tsx';
import { ProviderTable } from './ProviderTable.tsx';

function Options() {
  return (
    <main>
      <h1>AVA settings</h1>
      <ProfileForm />
      <ProviderTable />
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
