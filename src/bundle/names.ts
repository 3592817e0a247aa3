/**
 * File names inside the evidence bundle. Frames are named by their time in the video, so a support agent sees the
 * moment without opening the file ("frame-00m03.2s.png" is 3.2 s in). Pure.
 */

/** 3.2 -> "00m03.2s"; rounded to a tenth of a second, so 59.96 s is "01m00.0s". */
export function timecode(t: number): string {
  const tenths = Math.max(0, Math.round(t * 10));
  const m = Math.floor(tenths / 600);
  const s = ((tenths % 600) / 10).toFixed(1).padStart(4, '0');
  return `${String(m).padStart(2, '0')}m${s}s`;
}

/** "00:03.2" for people (the contact sheet, the list in the popup). */
export const clock = (t: number) => timecode(t).replace('m', ':').replace(/s$/, '');

export const frameName = (t: number) => `frame-${timecode(t)}.png`;

const EXT: Readonly<Record<string, string>> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };
export const screenshotName = (n: number, mime: string) => `screenshot-${n}.${EXT[mime] ?? 'jpg'}`;

/** A generation's card as the person picked it on the provider's page (always PNG: html2canvas draws it). */
export const cardName = (n: number) => `card-${n}.png`;

export const CONTACT_SHEET = 'contact-sheet.png';
export const CASE_JSON = 'case.json';
export const DRAFT_TXT = 'draft.txt';

/** The zip's own name: provider, the first Generation ID (shortened) and the day, in safe file-name characters. */
export function bundleName(provider: string, firstId: string, now: Date): string {
  const safe = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '');
  return `ava-evidence-${safe(provider) || 'provider'}-${safe(firstId).slice(-12) || 'case'}-${now.toISOString().slice(0, 10)}.zip`;
}

/** Names made unique in order: a second "frame-00m03.2s.png" (another generation's) becomes "frame-00m03.2s-2.png". */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    if (n === 1) return name;
    const dot = name.lastIndexOf('.');
    return dot > 0 ? `${name.slice(0, dot)}-${n}${name.slice(dot)}` : `${name}-${n}`;
  });
}
