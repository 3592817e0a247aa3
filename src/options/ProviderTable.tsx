import { PROVIDERS } from '../providers/index.ts';
import type { Source } from '../shared/facts.ts';
import { t } from '../shared/i18n.ts';

const cite = (s: Source) => t('options_providers_source_title', s.ref, s.checked, s.confidence);

/** What AVA knows about each provider, with where each fact came from. */
export function ProviderTable() {
  return (
    <section aria-label={t('options_providers_title')}>
      <h2>{t('options_providers_title')}</h2>
      <div class="table-scroll">
        <table class="cards">
          <thead>
            <tr>
              <th>{t('options_col_provider')}</th>
              <th>{t('options_providers_col_status')}</th>
              <th>{t('options_providers_col_policy')}</th>
              <th>{t('options_providers_col_support')}</th>
            </tr>
          </thead>
          <tbody>
            {PROVIDERS.map((p) => (
              <tr key={p.id} data-testid={`provider-${p.id}`}>
                <td class="card-title">{p.name}</td>
                <td data-label={t('options_providers_col_status')}>
                  {t(p.lifecycle.status === 'active' ? 'options_providers_status_active' : 'options_providers_status_discontinued')}
                  {p.lifecycle.events.map((e) => (
                    <div key={e.label} class="muted">
                      <span class="mono">{e.date}</span> {e.label}
                    </div>
                  ))}
                  {p.lifecycle.migration && (
                    <details>
                      <summary>{t('banner_where_instead')}</summary>
                      {p.lifecycle.migration.map((m) => (
                        <div key={m.useCase}>
                          {m.useCase}: {m.suggestion}
                        </div>
                      ))}
                    </details>
                  )}
                </td>
                <td data-label={t('options_providers_col_policy')}>
                  {p.policy.summary.value}
                  <div class="muted" title={cite(p.policy.summary.source)}>
                    {t('options_providers_source', p.policy.summary.source.ref)}
                  </div>
                </td>
                <td data-label={t('options_providers_col_support')}>
                  {p.support.channels.map((c) => (
                    <div key={c.value}>
                      {c.label}: <span class="mono">{c.value}</span> <span class="muted">({c.source.confidence})</span>
                    </div>
                  ))}
                  {p.support.noneDocumented && <div class="muted">{p.support.noneDocumented}</div>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
