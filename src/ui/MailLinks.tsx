import { gmailLink, mailtoLink, outlookLink } from '../claims/channels.ts';
import type { Draft } from '../claims/draft.ts';
import type { SendChannel } from '../claims/record.ts';
import { t } from '../shared/i18n.ts';

/**
 * Gmail, Outlook and the mail app for one draft, shared by the popup's draft and the dashboard's follow-up. A link
 * whose body had to be shortened to fit the URL budget also copies the full text, so nothing is lost on the way.
 */
export function MailLinks({
  d,
  testIdPrefix,
  copy,
  onSend,
}: {
  d: Draft;
  testIdPrefix: string;
  copy: () => void;
  onSend: (channel: SendChannel) => void;
}) {
  const links = [
    ['gmail', gmailLink(d), 'send_gmail', 'send_name_gmail', true],
    ['outlook', outlookLink(d), 'send_outlook', 'send_name_outlook', true],
    ['mailto', mailtoLink(d), 'send_mailto', 'send_name_mailto', false],
  ] as const;
  return (
    <>
      {links.map(([channel, link, label, name, newTab]) => (
        <a
          key={channel}
          class="button"
          data-testid={`${testIdPrefix}-${channel}`}
          href={link.href}
          aria-label={t(name)}
          {...(newTab ? { target: '_blank', rel: 'noreferrer' } : {})}
          onClick={() => {
            if (link.shortened) copy();
            onSend(channel);
          }}
        >
          {t(label)}
        </a>
      ))}
    </>
  );
}

/** Whether any of the mail links carries a shortened body (the panels say so under the buttons). */
export const anyShortened = (d: Draft): boolean => [gmailLink(d), outlookLink(d), mailtoLink(d)].some((l) => l.shortened);
