import { CASE_JSON, cardName, CONTACT_SHEET, DRAFT_TXT, frameName, screenshotName, uniqueNames } from './names.ts';

/**
 * What an evidence bundle can hold, as a list the person sees and ticks before saving: the tab screenshots, the
 * video's evidence frames (PNG, named by time), a contact sheet of those frames, case.json and the draft. Pure: the
 * popup reads IndexedDB and hands the records in.
 */
export type EntryKind = 'screenshot' | 'card' | 'frame' | 'contact-sheet' | 'case' | 'draft';

/** The parts of an evidence record (src/storage/evidence-db.ts) the bundle needs. */
export interface EvidenceInput {
  id: string;
  generationKey: string;
  kind: string;
  mime: string;
  capturedAt: number;
  /** Frames: seconds into the video. */
  t?: number;
}

export interface BundleEntry {
  /** Stable key for the checkbox: the evidence id, or the entry kind for generated files. */
  key: string;
  kind: EntryKind;
  name: string;
  /** Source record for screenshots and frames. */
  evidenceId?: string;
  generationKey?: string;
  t?: number;
  capturedAt?: number;
}

export function bundleEntries(evidence: readonly EvidenceInput[], ticketKeys: readonly string[]): BundleEntry[] {
  const inTicket = evidence.filter((e) => ticketKeys.includes(e.generationKey));
  const order = (key: string) => ticketKeys.indexOf(key);
  const shots = inTicket
    .filter((e) => e.kind === 'screenshot')
    .sort((a, b) => order(a.generationKey) - order(b.generationKey) || a.capturedAt - b.capturedAt);
  const cards = inTicket
    .filter((e) => e.kind === 'card')
    .sort((a, b) => order(a.generationKey) - order(b.generationKey) || a.capturedAt - b.capturedAt);
  const frames = inTicket
    .filter((e) => e.kind === 'frame' && typeof e.t === 'number' && Number.isFinite(e.t) && e.t >= 0)
    .sort((a, b) => order(a.generationKey) - order(b.generationKey) || a.t! - b.t!);
  const list: BundleEntry[] = [
    ...shots.map(
      (e, i): BundleEntry => ({
        key: e.id,
        kind: 'screenshot',
        name: screenshotName(i + 1, e.mime),
        evidenceId: e.id,
        generationKey: e.generationKey,
        capturedAt: e.capturedAt,
      }),
    ),
    ...cards.map(
      (e, i): BundleEntry => ({
        key: e.id,
        kind: 'card',
        name: cardName(i + 1),
        evidenceId: e.id,
        generationKey: e.generationKey,
        capturedAt: e.capturedAt,
      }),
    ),
    ...frames.map(
      (e): BundleEntry => ({ key: e.id, kind: 'frame', name: frameName(e.t!), evidenceId: e.id, generationKey: e.generationKey, t: e.t }),
    ),
  ];
  if (frames.length) list.push({ key: 'contact-sheet', kind: 'contact-sheet', name: CONTACT_SHEET });
  list.push({ key: 'case', kind: 'case', name: CASE_JSON }, { key: 'draft', kind: 'draft', name: DRAFT_TXT });
  const names = uniqueNames(list.map((e) => e.name));
  return list.map((e, i) => ({ ...e, name: names[i]! }));
}

/**
 * What is included after the person's ticks. The contact sheet is made of the included frames, so it goes when no
 * frame is left.
 */
export function includedEntries(entries: readonly BundleEntry[], excluded: ReadonlySet<string>): BundleEntry[] {
  const kept = entries.filter((e) => !excluded.has(e.key));
  const anyFrame = kept.some((e) => e.kind === 'frame');
  return kept.filter((e) => e.kind !== 'contact-sheet' || anyFrame);
}

/** The attachment names the draft lists: every included file except the draft itself. */
export const attachmentNames = (included: readonly BundleEntry[]) => included.filter((e) => e.kind !== 'draft').map((e) => e.name);

/**
 * The files a draft's "Attached evidence" line names: every included file but the draft itself, and only when there
 * is evidence to attach (a bundle of case.json alone is not worth a line in every draft, and may never be saved).
 */
export function draftAttachmentNames(included: readonly BundleEntry[]): string[] {
  return included.some((e) => e.kind === 'screenshot' || e.kind === 'card' || e.kind === 'frame') ? attachmentNames(included) : [];
}
