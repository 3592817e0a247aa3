/**
 * A second, blind reading of the public splits' labels (issue 16, sessions 9-12): another annotator labelled every
 * item of public.jsonl (the first 717, batches 1-15) and public-tune.jsonl (the first 991) from its text and the
 * conventions in tests/fixtures/classifier/README.md alone, without the first labels or the classifier. How often two careful
 * readers agree is the most a classifier can be expected to agree with either; `npm run eval` prints it beside the
 * classifier's figures. Rows name their item by the first 16 hex digits of sha256(text), so the file holds no text.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type ClassifyOptions, classify } from '../../src/classifier/classify.ts';
import type { QualityModeId } from '../../src/modes/types.ts';
import type { HardFailureKind } from '../../src/shared/generation.ts';
import type { Labelled } from './metrics.ts';

export const SECOND_PATH = new URL('../fixtures/classifier/second-annotator.jsonl', import.meta.url);

export interface SecondLabel {
  split: 'public' | 'public-tune';
  sha: string;
  modes: QualityModeId[];
  kind: 'single' | 'multi' | 'vague' | 'preserved' | 'hard';
  hard?: HardFailureKind[];
  /** The annotator hesitated; `alt` is the other reading it weighed. */
  unsure?: boolean;
  alt?: QualityModeId[];
}

export const textSha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

export function loadSecond(): SecondLabel[] {
  return readFileSync(SECOND_PATH, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SecondLabel);
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((m) => b.includes(m));

/** A hard-failure reading agrees when both call it hard and share a kind; otherwise the modes must be the same set. */
function agree(item: Labelled, second: SecondLabel): boolean {
  if (item.hard || second.hard) return !!item.hard && !!second.hard && second.hard.some((k) => item.hard!.includes(k));
  return sameSet(item.modes, second.modes);
}

export interface Agreement {
  /** Items read twice. */
  items: number;
  agreed: number;
  /** Single-mode by the first labels, and of those, the same single mode by the second. */
  singles: number;
  singlesSame: number;
  /** The classifier right (as metrics.ts counts it) against the first labels, the second, and either. */
  right: number;
  rightSecond: number;
  rightEither: number;
}

/** Both readings of every item the second annotator labelled, with the classifier scored against each. */
export function agreement(items: readonly Labelled[], second: readonly SecondLabel[], options: ClassifyOptions = {}): Agreement {
  const bySha = new Map(second.map((s) => [s.sha, s]));
  const out: Agreement = { items: 0, agreed: 0, singles: 0, singlesSame: 0, right: 0, rightSecond: 0, rightEither: 0 };
  for (const item of items) {
    const s = bySha.get(textSha(item.text));
    if (!s) continue;
    out.items++;
    if (agree(item, s)) out.agreed++;
    if (item.modes.length === 1 && !item.hard) {
      out.singles++;
      if (s.modes.length === 1 && s.modes[0] === item.modes[0]) out.singlesSame++;
    }
    const r = classify(item.text, options);
    const got = r.findings.map((f) => f.mode);
    const rightBy = (modes: readonly string[], hard?: readonly HardFailureKind[]) =>
      sameSet(got, modes) && (!hard || (r.hardFailure !== undefined && hard.includes(r.hardFailure.kind)));
    const a = rightBy(item.modes, item.hard);
    const b = rightBy(s.modes, s.hard);
    if (a) out.right++;
    if (b) out.rightSecond++;
    if (a || b) out.rightEither++;
  }
  return out;
}
