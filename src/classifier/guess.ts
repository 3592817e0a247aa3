/**
 * The small model's answer for a complaint the rules could not place (classify.ts asks it last): when it may speak,
 * how sure it must be, and the person's words it quotes. Kept apart from the rules so each file reads as one thing.
 */
import type { QualityModeId } from '../modes/types.ts';
import type { CueClass } from './lexicon/types.ts';
import { PUNCT } from './clauses.ts';
import type { Hit } from './matcher.ts';
import { modelScores } from './model.ts';
import { isMotion } from './motion.ts';
import { needsThing } from './attached.ts';
import { quote } from './quote.ts';
import { promptIgnored } from './prompt-ignored.ts';
import type { LinearModel } from './train.ts';
import { eachMatch } from './each-match.ts';

/** Defects a sound can have too: beside a word for the sound, they are said of it. */
const SOUND_FITS: ReadonlySet<CueClass> = new Set(['generic', 'judge', 'change', 'span', 'become', 'jump', 'move', 'vanish', 'pace']);

const CONTEXT_CUES: ReadonlySet<CueClass> = new Set(['generic', 'judge', 'become', 'jump', 'span', 'blur', 'pace']);

/** Indefinite pronouns and the bare word "thing", which the lexicons hold as a being or an object. */
const INDEFINITE =
  /^(?:someone|somebody|anyone|anybody|something|anything|thing|things|jemand|etwas|ding|dinge|quelqu'un|chose|choses|alguien|algo|cosa|cosas|alguem|coisa|coisas|誰か|何か)$/;

/**
 * Below this the model's best mode is not taken: a vague complaint ("it looks bad") stays a question. 0.55: with the
 * tuning data at 1541 items `npm run eval:cv` gave the same 24 of 495 items naming no mode a confident finding at 0.4,
 * 0.45, 0.5 and 0.55 (single-mode rank-1 794, 793, 793, 791 of 918), so 0.5 was tried; retrained on all 1578 items the
 * shipped model then placed a Spanish sentence praising "cinco dedos por mano" (which "other models often fail at") as
 * anatomy at 0.51. Guesses that close to the floor are the model's noise, so the floor went back to 0.55 (CV: one
 * single-mode answer fewer, 2026-12-07). 0.45 before the model read roles.
 */
export const MODEL_MIN = 0.55;
export const MODEL_MARGIN = 0.1;

/**
 * For scripts/cross-validate.ts: a model trained without the fold being scored (or none, to see the rules alone) and
 * the model's thresholds, so held-out figures are measured with the same code the extension runs.
 */
export interface ClassifyOptions {
  model?: LinearModel | null;
  modelMin?: number;
  modelMargin?: number;
}

/**
 * The folded text with every clause that negates or says something is fine blanked out: what the model may read.
 * "The hands are fine but it looks weird" gives the model only "it looks weird", not the hands.
 */
function liveText(folded: string, hits: Hit[]): string {
  const breaks = [0, folded.length];
  for (const m of eachMatch(folded, PUNCT)) breaks.push(m.index);
  for (const h of hits) if (h.role.kind === 'sep') breaks.push(h.start);
  breaks.sort((a, b) => a - b);
  let out = folded;
  for (const h of hits) {
    if (h.role.kind !== 'neg' && h.role.kind !== 'pos' && h.role.kind !== 'steady') continue;
    const from = Math.max(...breaks.filter((b) => b <= h.start));
    const to = Math.min(...breaks.filter((b) => b >= h.end));
    out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
  }
  return out;
}

/**
 * The model's answer for a complaint the rules could not place: only when the person complained (a live cue word)
 * and the model clearly prefers one mode. Its reasons are the person's complaint words; its confidence stays below
 * the rules' pairs, since it reads patterns, not meaning.
 */
export function modelGuess(
  description: string,
  origin: number[],
  folded: string,
  hits: Hit[],
  liveHits: Hit[],
  o: ClassifyOptions,
): { mode: QualityModeId; confidence: number; reasons: string[] } | undefined {
  const cues = liveHits.filter((h) => h.role.kind === 'cue');
  // A bare judgement with nothing pointed at ("the result was garbage", "it looks weird") is the vague complaint the
  // follow-up question is for; the model may place a complaint only when the person named a thing or a defect.
  // "Turns", "jumps", "from shot to shot" are no defect until said of something ("turns green"), so they do not count.
  // An indefinite word ("anything", "alguma coisa", "jemand", "誰か") points at nothing in the clip (s13).
  const named = liveHits.some((h) => h.role.kind === 'anchor' && !isMotion(h) && !INDEFINITE.test(folded.slice(h.start, h.end)));
  // "Not attached to" said of nothing is a feeling or a connection (attached.ts), no complaint.
  const pointed = cues.some(
    (h) =>
      h.role.kind === 'cue' && (named || !needsThing(folded, h)) && (!CONTEXT_CUES.has(h.role.cls) || (named && h.role.cls === 'generic')),
  );
  // Beside a word for the sound, a defect that fits anything ("der Ton passt nicht zu den Lippen", "the voice changes")
  // is said of the sound, which is none of the five modes; one the sound cannot have ("flickering") is still placed.
  const aboutSound = liveHits.some((h) => h.role.kind === 'anchor' && h.role.cls === 'sound');
  const soundy = aboutSound && cues.every((h) => h.role.kind === 'cue' && SOUND_FITS.has(h.role.cls));
  if (!cues.length || !pointed || soundy || o.model === null) return undefined;
  // A prompt not followed is vague (prompt-ignored.ts): what was asked for is no defect.
  if (promptIgnored(folded)) return undefined;
  const [first, second] = [...modelScores(liveText(folded, hits), o.model).entries()].sort((a, b) => b[1] - a[1]);
  const min = o.modelMin ?? MODEL_MIN;
  if (!first || first[1] < min || (second && first[1] - second[1] < (o.modelMargin ?? MODEL_MARGIN))) return undefined;
  // From 0.5 at the floor to 0.74 at certainty: a model guess never outranks a rule's pair (0.75 and up), however
  // sure the model is (the old linear map reached 0.83 once the model grew sure of itself).
  const confidence = Math.round((0.5 + ((first[1] - min) / (1 - min)) * 0.24) * 100) / 100;
  return {
    mode: first[0],
    confidence,
    reasons: quote(
      description,
      origin,
      cues.map((h) => [h]),
    ),
  };
}

/**
 * How much the model's probability counts when the rules found two or more modes: enough to order two findings the
 * rules hold nearly equal ("la tela se volvió azul y se deformó", colour 0.85 against physics 0.8), never enough to
 * overturn a clear lead. `npm run eval:cv` (2026-12-07, the model of each fold): single-mode rank-1 up 3 of 944 at
 * 0.2 with none lost; at 1.0 up 5 but 2 lost.
 */
const ORDER_WEIGHT = 0.2;

/**
 * The widest lead the model is asked about: `npm run eval:cv` (2026-12-07) gave the same rank-1 (858 of 950) at 0.1 as
 * at 0.2 and one fewer at 0.05; at 0.1 the model is scored for about 5% of descriptions instead of 7.5%.
 */
const ORDER_REACH = 0.1;

/** The rules' findings, led by the one the rules and the model together hold likeliest (the draft leads with it). */
export function modelOrdered<F extends { mode: QualityModeId; confidence: number }>(
  findings: F[],
  folded: string,
  hits: Hit[],
  o: ClassifyOptions,
): F[] {
  // Scoring matches the words again (the model's role features), so it runs only where the order is close enough to
  // change: past ORDER_WEIGHT it cannot, and between ORDER_REACH and ORDER_WEIGHT it changed none in cross-validation.
  const [first, second] = findings;
  if (!first || !second || first.confidence - second.confidence >= ORDER_REACH || o.model === null) return findings;
  const p = modelScores(liveText(folded, hits), o.model);
  const key = (f: F) => f.confidence + ORDER_WEIGHT * (p.get(f.mode) ?? 0);
  return [...findings].sort((a, b) => key(b) - key(a));
}
