import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';

/**
 * Off a provider page the number on AVA's icon is the count of due reminders (background/alarms.ts sets it), and this
 * view said nothing about it: it names the count and links to the dashboard, where the follow-ups wait. Read from the
 * badge itself, so it says exactly what the person saw, without loading the claims or the provider registry here.
 */
export function DueNotice() {
  const [due, setDue] = useState(0);
  useEffect(() => {
    void chrome.action.getBadgeText({}).then(
      (text) => setDue(/^\d+$/.test(text) ? Number(text) : 0),
      () => setDue(0),
    );
  }, []);
  return (
    <p data-testid="due-notice">
      {due > 0 && <strong>{t(due === 1 ? 'popup_due_one' : 'popup_due_many', due)} </strong>}
      <a href={chrome.runtime.getURL('src/options/index.html')} target="_blank" rel="noreferrer">
        {t('popup_claim_open_dashboard')}
      </a>
    </p>
  );
}
