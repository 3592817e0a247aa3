import type { ProviderView } from '../messages/tab-state.ts';
import { t as tr } from '../shared/i18n.ts';

/** For a discontinued provider: the dates, with sources, and where people went instead. */
export function ProviderBanner({ provider }: { provider: ProviderView }) {
  if (provider.lifecycle.status !== 'discontinued') return null;
  return (
    <details class="notice" data-testid="discontinued" aria-label={tr('banner_discontinued_label', provider.name)}>
      {/* One line until opened: the dates and where to go instead are a click away, the draft button stays in view. */}
      <summary>
        <strong>{tr('banner_discontinued', provider.name)}</strong> {tr('banner_still_draft')}
      </summary>
      <ul>
        {provider.lifecycle.events.map((e) => (
          <li key={e.label}>
            <span class="mono">{e.date}</span> {e.label}
            {e.source.confidence === 'L' && <span class="muted"> {tr('banner_unverified')}</span>}
          </li>
        ))}
      </ul>
      {provider.lifecycle.migration && (
        <details>
          <summary>{tr('banner_where_instead')}</summary>
          <dl class="facts">
            {provider.lifecycle.migration.map((m) => [
              <dt key={`t${m.useCase}`}>{m.useCase}</dt>,
              <dd key={`d${m.useCase}`}>{m.suggestion}</dd>,
            ])}
          </dl>
        </details>
      )}
    </details>
  );
}
