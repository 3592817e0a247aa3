import { PROVIDERS } from '../providers/index.ts';
import type { Source } from '../shared/facts.ts';

const cite = (s: Source) => `${s.ref} (checked ${s.checked}, confidence ${s.confidence})`;

/** What AVA knows about each provider, with where each fact came from. */
export function ProviderTable() {
  return (
    <section aria-label="Providers">
      <h2>Providers</h2>
      <table>
        <thead>
          <tr><th>Provider</th><th>Status</th><th>Refund policy</th><th>Support</th></tr>
        </thead>
        <tbody>
          {PROVIDERS.map((p) => (
            <tr key={p.id} data-testid={`provider-${p.id}`}>
              <td>{p.name}</td>
              <td>
                {p.lifecycle.status}
                {p.lifecycle.events.map((e) => <div key={e.label} class="muted"><span class="mono">{e.date}</span> {e.label}</div>)}
                {p.lifecycle.migration && (
                  <details>
                    <summary>Where to go instead</summary>
                    {p.lifecycle.migration.map((m) => <div key={m.useCase}>{m.useCase}: {m.suggestion}</div>)}
                  </details>
                )}
              </td>
              <td>
                {p.policy.summary.value}
                <div class="muted" title={cite(p.policy.summary.source)}>Source: {p.policy.summary.source.ref}</div>
              </td>
              <td>
                {p.support.channels.map((c) => <div key={c.value}>{c.label}: <span class="mono">{c.value}</span> <span class="muted">({c.source.confidence})</span></div>)}
                {p.support.noneDocumented && <div class="muted">{p.support.noneDocumented}</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
