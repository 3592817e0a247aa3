import { useMemo, useState } from 'preact/hooks';
import { providerById } from '../providers/index.ts';
import { type MessageKey, t } from '../shared/i18n.ts';
import type { UnreadKind } from '../shared/unread.ts';
import { diagnosticText } from '../storage/diagnostics.ts';
import { type DiagnosticEntry, diagnosticsItem } from '../storage/items.ts';
import { localStore } from '../ui/store.ts';
import { useItem } from '../ui/useItem.ts';

const KIND: Record<UnreadKind, MessageKey> = {
  unreadable: 'options_diag_kind_unreadable',
  rejected: 'options_diag_kind_rejected',
  empty: 'options_diag_kind_empty',
};

/**
 * The responses AVA watched but could not read, per provider: path, what happened, how often, when last, and the
 * shape (never a value; see shared/shape.ts), with "Copy diagnostic" for an issue report. Read from storage, kept
 * current as the worker adds to it.
 */
export function Diagnostics() {
  const all = useItem(diagnosticsItem);
  const entries = useMemo(() => all && Object.values(all), [all]);
  const [status, setStatus] = useState<string>();
  if (!entries) return null;

  const copy = (e: DiagnosticEntry) => {
    navigator.clipboard.writeText(diagnosticText(e)).then(
      () => setStatus(t('options_diag_copied')),
      (err: unknown) => setStatus(t('options_diag_copy_failed', err instanceof Error ? err.message : String(err))),
    );
  };
  const providers = [...new Set(entries.map((e) => e.provider))].sort();
  return (
    <section id="diagnostics" aria-label={t('options_diag_title')} data-testid="diagnostics">
      <h2>{t('options_diag_title')}</h2>
      <p class="muted">{t('options_diag_intro')}</p>
      {entries.length === 0 && <p class="muted">{t('options_diag_empty')}</p>}
      {providers.map((id) => (
        <div key={id} data-testid="diagnostics-provider" data-provider={id}>
          <h3>{providerById(id)?.name ?? id}</h3>
          <div class="table-scroll">
            <table>
              <thead>
                <tr>
                  <th>{t('options_diag_path')}</th>
                  <th>{t('options_diag_kind')}</th>
                  <th>{t('options_diag_count')}</th>
                  <th>{t('options_diag_last')}</th>
                  <th>{t('options_diag_shape')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {entries
                  .filter((e) => e.provider === id)
                  .sort((a, b) => b.lastSeen - a.lastSeen)
                  .map((e) => (
                    <tr key={`${e.kind} ${e.path}`} data-testid="diagnostic-row">
                      <td class="mono">{e.path}</td>
                      <td>{t(KIND[e.kind])}</td>
                      <td>{e.count}</td>
                      <td>{new Date(e.lastSeen).toLocaleString()}</td>
                      <td>
                        <code class="shape">{e.shape}</code>
                      </td>
                      <td>
                        <button type="button" data-testid="copy-diagnostic" onClick={() => copy(e)}>
                          {t('options_diag_copy')}
                        </button>
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </div>
      ))}
      {entries.length > 0 && (
        <div class="actions">
          <button type="button" data-testid="clear-diagnostics" onClick={() => void localStore.write(diagnosticsItem, {})}>
            {t('options_diag_clear')}
          </button>
        </div>
      )}
      {status && <p role="status">{status}</p>}
    </section>
  );
}
