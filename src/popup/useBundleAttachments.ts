import { useEffect, useState } from 'preact/hooks';
import { bundleEntries, draftAttachmentNames, includedEntries } from '../bundle/entries.ts';
import { generationKey } from '../shared/generation.ts';
import { type EvidenceRecord, evidenceFor } from '../storage/evidence-db.ts';
import type { DraftContext } from './DraftPanel.tsx';

/**
 * The files the evidence bundle would hold by default, named as in the zip (card-1.png, screenshot-1.jpg, case.json):
 * what the draft's "Attached evidence" line says before the person opens the bundle line to change the ticks.
 * Undefined until the evidence records are read.
 */
export function useBundleAttachments(ctx: DraftContext | undefined): string[] | undefined {
  const keys = ctx ? ctx.generations.map(generationKey) : [];
  const [names, setNames] = useState<string[]>();
  useEffect(() => {
    if (!ctx) return;
    let live = true;
    void Promise.all(keys.map((k) => evidenceFor(k).catch(() => [] as EvidenceRecord[]))).then((recs) => {
      if (live) setNames(draftAttachmentNames(includedEntries(bundleEntries(recs.flat(), keys), new Set(ctx.excluded ?? []))));
    });
    return () => {
      live = false;
    };
  }, [keys.join('\n')]);
  return names;
}
