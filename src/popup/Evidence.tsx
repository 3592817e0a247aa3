import { useEffect, useState } from 'preact/hooks';
import { type EvidenceRecord, getEvidence } from '../storage/evidence-db.ts';
import { t as tr } from '../shared/i18n.ts';

/** The screenshots kept for this generation, each with a toggle for whether the draft names it as an attachment. */
export function Evidence(props: {
  ids: readonly string[];
  excluded: ReadonlySet<string>;
  onToggle: (id: string, on: boolean) => void;
  status?: string;
}) {
  const [records, setRecords] = useState<EvidenceRecord[]>();
  useEffect(() => {
    void Promise.all(props.ids.map((id) => getEvidence(id).catch(() => undefined))).then((r) =>
      setRecords(r.filter((x): x is EvidenceRecord => !!x)),
    );
  }, [props.ids.join(',')]);
  if (!records) return null;
  // A generation the person entered (or one with no screenshot kept) opened the Evidence line onto nothing.
  if (!records.length && !props.status)
    return (
      <p class="muted" data-testid="evidence-none">
        {tr('evidence_none')}
      </p>
    );
  return (
    <section class="panel" aria-label={tr('evidence_title')} data-testid="evidence">
      <h3 class="line-repeat">{tr('evidence_title')}</h3>
      {props.status && (
        <p class="muted" role="status">
          {props.status}
        </p>
      )}
      {records.map((r) => (
        <label key={r.id} class="mode">
          <input type="checkbox" checked={!props.excluded.has(r.id)} onChange={(e) => props.onToggle(r.id, e.currentTarget.checked)} />
          <span>{tr(r.kind === 'card' ? 'evidence_card' : 'evidence_screenshot', new Date(r.capturedAt).toLocaleString())}</span>
          {r.note && <small class="muted">{r.note}</small>}
          <img class="shot" src={r.dataUrl} alt={tr(r.kind === 'card' ? 'evidence_card_alt' : 'evidence_screenshot_alt')} />
        </label>
      ))}
    </section>
  );
}
