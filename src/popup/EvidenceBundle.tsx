import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AnalysisRecord } from '../analysis/record.ts';
import { plainText } from '../claims/channels.ts';
import type { Draft } from '../claims/draft.ts';
import { termFor } from '../claims/terms.ts';
import { type CaseFinding, caseJson, foundAt } from '../bundle/case-json.ts';
import { type BundleEntry, bundleEntries, draftAttachmentNames, includedEntries } from '../bundle/entries.ts';
import { contactSheet, dataUrlBytes, toPng } from '../bundle/images.ts';
import { bundleName, clock } from '../bundle/names.ts';
import { zipFiles } from '../bundle/zip.ts';
import { generationKey } from '../shared/generation.ts';
import { type EvidenceRecord, evidenceFor } from '../storage/evidence-db.ts';
import { analysesItem } from '../storage/items.ts';
import { t } from '../shared/i18n.ts';
import { localStore } from '../ui/store.ts';
import type { DraftContext } from './DraftPanel.tsx';

const kb = (n: number) => `${Math.max(1, Math.round(n / 1024))} KB`;

/**
 * The evidence bundle: every file it would hold, each with a checkbox (on by default), then one button that builds
 * the zip here in the popup and saves it with an <a download> (no downloads permission). The draft's attachment
 * line follows the ticks, so the message names exactly what is in the zip.
 */
export function EvidenceBundle({
  ctx,
  draft,
  onAttachments,
}: {
  ctx: DraftContext;
  draft: Draft;
  onAttachments: (names: string[]) => void;
}) {
  const keys = ctx.generations.map(generationKey);
  const [records, setRecords] = useState<EvidenceRecord[]>();
  const [findings, setFindings] = useState<CaseFinding[]>([]);
  const [excluded, setExcluded] = useState<Set<string>>(() => new Set(ctx.excluded ?? []));
  const [status, setStatus] = useState<{ text: string; busy?: { done: number; of: number }; error?: boolean }>();
  const cancelled = useRef(false);

  useEffect(() => {
    let live = true;
    void Promise.all([
      Promise.all(keys.map((k) => evidenceFor(k).catch(() => [] as EvidenceRecord[]))).then((r) => r.flat()),
      localStore.read(analysesItem).catch((): Record<string, AnalysisRecord> => ({})),
    ]).then(([recs, analyses]) => {
      if (!live) return;
      setRecords(recs);
      const idOf = new Map(ctx.generations.map((g) => [generationKey(g), g.id]));
      setFindings(
        keys.flatMap((k) =>
          (Object.hasOwn(analyses, k) ? analyses[k]!.findings : []).map(
            (f): CaseFinding => ({
              generationId: idOf.get(k)!,
              mode: f.mode,
              term: f.term,
              confidence: f.confidence,
              at: f.at,
              reasons: f.reasons,
              evidence: f.evidence,
            }),
          ),
        ),
      );
    });
    return () => {
      live = false;
    };
  }, [keys.join('\n')]);

  const entries = useMemo(() => (records ? bundleEntries(records, keys) : []), [records, keys.join('\n')]);
  const included = includedEntries(entries, excluded);
  const names = draftAttachmentNames(included);
  useEffect(() => {
    if (records) onAttachments(names);
  }, [records !== undefined, names.join('\n')]);

  if (!records) return null;
  const byId = new Map(records.map((r) => [r.id, r]));
  const idOfKey = (k: string) => ctx.generations.find((g) => generationKey(g) === k)?.id;
  const framesIncluded = included.some((e) => e.kind === 'frame');

  const describe = (e: BundleEntry): string => {
    switch (e.kind) {
      case 'screenshot':
        return t('bundle_item_screenshot', new Date(e.capturedAt ?? 0).toLocaleString());
      case 'card':
        return t('bundle_item_card', new Date(e.capturedAt ?? 0).toLocaleString());
      case 'frame': {
        const found = foundAt(
          findings.filter((f) => f.generationId === idOfKey(e.generationKey ?? '')),
          e.t ?? 0,
        );
        return found.length ? t('bundle_item_frame_found', clock(e.t ?? 0), found.join('; ')) : t('bundle_item_frame', clock(e.t ?? 0));
      }
      case 'contact-sheet':
        return t('bundle_item_contact_sheet');
      case 'case':
        return t('bundle_item_case');
      case 'draft':
        return t('bundle_item_draft');
    }
  };

  const build = async () => {
    const now = new Date();
    const files: { name: string; data: Uint8Array }[] = [];
    const done = (i: number) => setStatus({ text: t('bundle_building', i, included.length), busy: { done: i, of: included.length } });
    cancelled.current = false;
    try {
      for (const [i, e] of included.entries()) {
        done(i);
        // Between files: the images are decoded and re-encoded one by one, so a cancel takes effect promptly.
        await new Promise((r) => setTimeout(r, 0));
        if (cancelled.current) {
          setStatus({ text: t('bundle_cancelled') });
          return;
        }
        const rec = e.evidenceId ? byId.get(e.evidenceId) : undefined;
        if ((e.kind === 'screenshot' || e.kind === 'card') && rec) files.push({ name: e.name, data: dataUrlBytes(rec.dataUrl).bytes });
        else if (e.kind === 'frame' && rec) files.push({ name: e.name, data: await toPng(rec.dataUrl) });
        else if (e.kind === 'contact-sheet') {
          const frames = included
            .filter((f) => f.kind === 'frame' && f.evidenceId && byId.has(f.evidenceId))
            .map((f) => ({
              dataUrl: byId.get(f.evidenceId!)!.dataUrl,
              t: f.t ?? 0,
              found: foundAt(
                findings.filter((x) => x.generationId === idOfKey(f.generationKey ?? '')),
                f.t ?? 0,
              ),
            }));
          const title = `${ctx.provider.name}: ${ctx.generations.map((g) => g.id).join(', ')}`;
          files.push({ name: e.name, data: await contactSheet(frames, title, t('bundle_sheet_subtitle', now.toISOString().slice(0, 10))) });
        } else if (e.kind === 'case') {
          const json = caseJson({
            avaVersion: chrome.runtime.getManifest().version,
            now,
            provider: { id: ctx.provider.id, name: ctx.provider.name },
            generations: ctx.generations,
            modes: ctx.modes.map((m) => ({ mode: m, term: termFor(ctx.provider, m) })),
            description: ctx.description,
            findings,
            files: included,
            idOfKey,
            pageUrlOf: (id) => byId.get(id)?.pageUrl,
          });
          files.push({ name: e.name, data: new TextEncoder().encode(`${JSON.stringify(json, null, 2)}\n`) });
        } else if (e.kind === 'draft') files.push({ name: e.name, data: new TextEncoder().encode(plainText(draft)) });
      }
      const zip = zipFiles(files, now);
      const name = bundleName(ctx.provider.id, ctx.generations[0]?.id ?? 'case', now);
      const url = URL.createObjectURL(new Blob([zip as BlobPart], { type: 'application/zip' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      a.click();
      // Chrome reads the blob when the download starts; keep it a while in case the save dialog is slow.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setStatus({ text: t('bundle_saved', name, files.length, kb(zip.byteLength)) });
    } catch (err) {
      setStatus({ text: t('bundle_failed', err instanceof Error ? err.message : String(err)), error: true });
    }
  };

  return (
    <fieldset class="panel" data-testid="evidence-bundle">
      <legend class="line-repeat">{t('bundle_title')}</legend>
      <p class="muted">{t('bundle_intro')}</p>
      {entries.map((e) => {
        const sheetOff = e.kind === 'contact-sheet' && !framesIncluded;
        return (
          <label class="mode" key={e.key}>
            <input
              type="checkbox"
              data-testid="bundle-entry"
              data-name={e.name}
              checked={!excluded.has(e.key) && !sheetOff}
              disabled={sheetOff}
              onChange={(ev) => {
                const on = ev.currentTarget.checked;
                setExcluded((s) => {
                  const n = new Set(s);
                  if (on) n.delete(e.key);
                  else n.add(e.key);
                  return n;
                });
              }}
            />
            <span class="mono">{e.name}</span>
            <small>{describe(e)}</small>
          </label>
        );
      })}
      <button type="button" data-testid="bundle-save" disabled={!!status?.busy || included.length === 0} onClick={() => void build()}>
        {t('bundle_save')}
      </button>
      {status?.busy && (
        <>
          <progress max={status.busy.of} value={status.busy.done} aria-label={t('bundle_title')} />
          <button type="button" data-testid="bundle-cancel" onClick={() => (cancelled.current = true)}>
            {t('bundle_cancel')}
          </button>
        </>
      )}
      {status && (
        <p role={status.error ? 'alert' : 'status'} class={status.error ? 'error' : 'muted'} data-testid="bundle-status">
          {status.text}
        </p>
      )}
    </fieldset>
  );
}
