import { t } from '../shared/i18n.ts';

/**
 * Where a popup sentence names the dashboard ($1 of its message): a word joiner, which no message or draft holds, so
 * the sentence splits there cleanly and the link sits where each language puts the words.
 */
export const DASHBOARD_SLOT = '\u2060';

/** A sentence with the dashboard as a link, opened like the popup's other dashboard links (a new tab). */
export function WithDashboardLink({ text }: { text: string }) {
  const [before, after] = text.split(DASHBOARD_SLOT);
  if (after === undefined) return <>{text}</>;
  return (
    <>
      {before}
      <a href={chrome.runtime.getURL('src/options/index.html')} target="_blank" rel="noreferrer" data-testid="dashboard-link">
        {t('popup_dashboard_link')}
      </a>
      {after}
    </>
  );
}
