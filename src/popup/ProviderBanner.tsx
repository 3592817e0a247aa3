import type { ProviderDefinition } from '../providers/types.ts';

/** For a discontinued provider: the dates, with sources, and where people went instead. */
export function ProviderBanner({ provider }: { provider: ProviderDefinition }) {
  if (provider.lifecycle.status !== 'discontinued') return null;
  return (
    <section class="notice" data-testid="discontinued" aria-label={`${provider.name} is discontinued`}>
      <strong>{provider.name} is discontinued.</strong> AVA can still draft your refund request.
      <ul>
        {provider.lifecycle.events.map((e) => (
          <li key={e.label}>
            <span class="mono">{e.date}</span> {e.label}
            {e.source.confidence === 'L' && <span class="muted"> (unverified)</span>}
          </li>
        ))}
      </ul>
      {provider.lifecycle.migration && (
        <details>
          <summary>Where to go instead</summary>
          <dl class="facts">
            {provider.lifecycle.migration.map((m) => [<dt key={`t${m.useCase}`}>{m.useCase}</dt>, <dd key={`d${m.useCase}`}>{m.suggestion}</dd>])}
          </dl>
        </details>
      )}
    </section>
  );
}
