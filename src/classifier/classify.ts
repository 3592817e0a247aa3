import { qualityMode } from '../modes/index.ts';
import type { AnchorClass, CueClass } from './lexicon/types.ts';
import { clauses } from './clauses.ts';
import { thingBecomes } from './becomes.ts';
import { modifiersDropped } from './colour.ts';
import { composedVotes } from './compose.ts';
import { eventVotes } from './events.ts';
import { cutCauseDropped } from './cut-cause.ts';
import { lightVotes, sceneLightDropped } from './light.ts';
import { toneVotes } from './tone.ts';
import { likenessVotes } from './likeness.ts';
import { judgedLikenessVotes } from './likeness-judged.ts';
import { getRightVotes } from './get-right.ts';
import { blankColourDropped } from './blank-colour.ts';
import { hardKind, type HardFailureFinding } from './hard.ts';
import { match, type Hit } from './matcher.ts';
import { readClause } from './read-clause.ts';
import { type ClassifyOptions, modelGuess, modelOrdered } from './guess.ts';
import { bodyMotionDropped, isMotion, motionJoined, thingMotion } from './motion.ts';
import { listedBefore, listSplit, verbGoesOn } from './conjunction.ts';
import { passesNothing } from './obstacle.ts';
import { stillVotes } from './stillness.ts';
import { lostMotionVotes } from './lost-motion.ts';
import { exceptionVotes } from './exception.ts';
import { asymmetryVotes } from './asymmetry.ts';
import { partFromPartVotes } from './part-from-part.ts';
import { firstFrameVotes } from './first-frame.ts';
import { sizeVotes } from './size.ts';
import { colourThenShapeVotes, sharedChangeVotes } from './shared-change.ts';
import { ownSentenceSubject, ownSubject } from './subject.ts';
import { quote } from './quote.ts';
import { hearsayOff, inheritNegation, intendedOff } from './scope.ts';
import { othersOff } from './others.ts';
import { wishedOff } from './wished.ts';
import { removalNegsDropped, removedOff } from './removal.ts';
import { concordNegators } from './concord.ts';
import { goneOff } from './gone.ts';
import { adviceOff } from './advice.ts';
import { notAProblemOff } from './not-a-problem.ts';
import { inputImageOff } from './input-image.ts';
import { expectedOff } from './expected.ts';
import { personMotionDropped } from './person-motion.ts';
import { newReferentsOff } from './referent.ts';
import { sameFatePairs } from './same-fate.ts';
import { tooPairs } from './too.ts';
import type { Vote } from './votes.ts';
import type { QualityModeId } from '../modes/types.ts';

export interface SymptomFinding {
  mode: QualityModeId;
  confidence: number;
  /** The words in the person's description that matched, quoted back in the draft. */
  reasons: string[];
}

export interface Classification {
  /** Likeliest first: by confidence, near-ties ordered by the model (guess.ts `modelOrdered`). */
  findings: SymptomFinding[];
  /** True when the text names no mode and no hard failure confidently; the popup then asks `followUp`. */
  needsDetail: boolean;
  /** The question, in English (the CLI prints it); `followUpMode` is the mode it asks about, none for the general one. */
  followUp?: string;
  followUpMode?: QualityModeId;
  /** The words describe a failed, stuck, blocked or charged-without-video generation: the hard-failure draft fits. */
  hardFailure?: HardFailureFinding;
}

/** Below this a mode is a guess, and the issue asks for findings the classifier stands behind. */
export const CONFIDENT = 0.5;

export { type ClassifyOptions, MODEL_MARGIN, MODEL_MIN } from './guess.ts';

/** Cues that are verbs a subject can go on to after "and" ("appears and disappears"). */
const VERB_CUES: ReadonlySet<CueClass> = new Set<CueClass>(['change', 'morph', 'move', 'vanish', 'deform', 'flicker', 'become', 'jump']);

const ANCHOR_MODE: Readonly<Record<AnchorClass, QualityModeId>> = {
  body: 'anatomy',
  face: 'anatomy',
  feature: 'anatomy',
  being: 'identity',
  object: 'physics',
  cast: 'physics',
  matter: 'physics',
  motion: 'physics',
  text: 'text',
  color: 'color',
  hue: 'color',
  law: 'physics',
  self: 'identity',
  look: 'identity',
  // Never asked about: a clause about the sound is not hinted (see classify).
  sound: 'identity',
};

const GENERIC_FOLLOW_UP =
  'What exactly looks wrong: hands or bodies, objects moving impossibly, garbled text, flickering colours, or a face or character that changes? At about what second?';

/** A comma, then at most an article: the list goes on ("las manos, las caras o el texto"). */
const LIST_GOES_ON = /[,、]\s*(?:[^\s,.;!?]+\s+)?$/;

/** The clause's first cue is no verb, or a thing follows it right away: an adjective on that thing. */
function nounAfterCue(live: Hit[]): boolean {
  const i = live.findIndex((h) => h.role.kind === 'cue');
  const cue = live[i];
  const next = live[i + 1];
  if (!cue || cue.role.kind !== 'cue' || !VERB_CUES.has(cue.role.cls)) return true;
  return next !== undefined && next.role.kind === 'anchor' && next.start - cue.end <= 1;
}

/** The person's words to failure modes. Pure and synchronous: it runs on every keystroke. */
export function classify(description: string, options: ClassifyOptions = {}): Classification {
  const matched = match(description);
  const { folded, origin, lang } = matched;
  const kept = removalNegsDropped(folded, matched.hits);
  // "Je n'ai jamais reçu de vidéo": the bare ne agrees with jamais, it denies nothing (concord.ts).
  const concord = concordNegators(folded, kept);
  const hits = concord.length ? kept.filter((h) => !concord.includes(h)) : kept;
  const votes = new Map<QualityModeId, Vote>();
  const hinted: AnchorClass[] = [];
  const all = clauses(folded, hits);
  inheritNegation(folded, all, hits);
  intendedOff(folded, all, hits);
  wishedOff(folded, all);
  removedOff(folded, all);
  goneOff(folded, all);
  othersOff(folded, all, hits);
  newReferentsOff(folded, all);
  hearsayOff(folded, all, hits);
  adviceOff(folded, all, hits);
  notAProblemOff(folded, all);
  inputImageOff(folded, all, hits);
  expectedOff(folded, all, hits);
  const cls = motionJoined(all);
  const liveHits: Hit[] = [];
  // "Stuck at 99% ... The video appears in my gallery only 20% of the time": beside a failed generation, a lone
  // "appears" or "missing" is about the video, as it is beside a hard-failure word in its own clause.
  const hardSaid = hits.some((h) => h.role.kind === 'hard');
  /** The thing the last live clause was about: verbs after a comma may go on with it. */
  let subject: Hit | undefined;
  /** The thing a relative clause of this sentence was about: the main clause resumes with it after the relative one. */
  let antecedent: Hit | undefined;
  for (let i = 0; i < cls.length; i++) {
    const clause = cls[i]!;
    if (clause.negatedFrom < 0) {
      subject = undefined;
      continue;
    }
    const inScope = clause.hits.filter((h) => h.start < clause.negatedFrom);
    const live = inScope.filter((h) => !passesNothing(folded, h, inScope));
    liveHits.push(...live);
    let anchors = modifiersDropped(live.filter((h) => h.role.kind === 'anchor'));
    for (const a of anchors) if (a.role.kind === 'anchor' && a.role.cls !== 'sound') hinted.push(a.role.cls);
    const own = anchors.some((a) => !isMotion(a));
    const prev = cls[i - 1];
    const prevLive = prev !== undefined && prev.negatedFrom === Infinity;
    const between = prev && live[0] ? folded.slice(prev.hits[prev.hits.length - 1]!.end, live[0].start) : '';
    const comma = /^[^.!?;。！？—–]*[,、][^.!?;。！？—–]*$/.test(between);
    const fresh = comma && ownSubject(description, folded, origin, live[0]!.start - between.length, live[0]!.start, lang);
    const owner = prev?.hits.filter((h) => h.role.kind === 'anchor').pop();
    if (/[.!?;。！？]/.test(between)) antecedent = undefined;
    let carried: Hit | undefined;
    const listed = listSplit(prev, live, between);
    // "Hände, die mit Kleidung verschmelzen": a clause opened by a relative pronoun is about the thing before the comma.
    if (owner && prevLive && /^\s*,\s*(?:que|qui|which|who|that|die|der|das|welche[rsn]?)\s/.test(between)) {
      anchors = [owner, ...anchors];
      antecedent = owner;
    }
    // "Die Logos, die auf den Mikrofonen … zu sehen sind, frei erfunden": after the relative clause the main clause
    // resumes, still about the thing the relative clause described, not the last thing named inside it.
    else if (!anchors.length && prevLive && comma && antecedent && live[0]?.role.kind === 'cue') {
      carried = antecedent;
      anchors = [antecedent];
    }
    // "The hands smear, fuse with each other, or vanish": a clause that opens with its verb after a comma goes on with
    // the subject before it.
    // Only when it names nothing itself: in "cambios en la apariencia" the thing after the cue is what it is about.
    else if (prevLive && ((comma && !fresh) || verbGoesOn(between)) && subject && live.find((h) => !isMotion(h))?.role.kind === 'cue') {
      carried = subject;
      // After "and" a verb's things are its complements ("e desaparecem ao longo da gravação"): the subject leads. Not
      // an adjective on its own noun ("und falsche Schriftzeichen", "and distorted faces"): that noun is the thing.
      if (!own || (verbGoesOn(between) && !nounAfterCue(live))) anchors = [subject, ...anchors];
    }
    // "Gesichter und Bewegungen waren verzerrt": the things before "und" are what this clause's complaint is said of too.
    else if (listed) anchors = [...listed, ...anchors];
    // "The hands, they look melted": a clause with no anchor leans on the one before, if that only pointed.
    else if (
      !own &&
      prevLive &&
      !prev.hasCue &&
      !fresh &&
      !(live[0] && ownSentenceSubject(folded, live[0].start - between.length, live[0].start))
    )
      anchors = [...prev.hits.filter((h) => h.role.kind === 'anchor'), ...anchors];
    const firstCue = live.find((h) => h.role.kind === 'cue')?.start ?? Infinity;
    // A motion is what a thing does, not a thing: a verb after the comma goes on with the thing ("o sujeito fica preso").
    subject = carried ?? anchors.find((a) => a.start < firstCue && !isMotion(a)) ?? anchors.find((a) => !isMotion(a));
    // "Cambios erráticos en luces, expresiones o manos": a clause that only lists things after one that complained
    // continues its list, so the complaint is read of them too.
    if (anchors.length && !clause.hasCue && prevLive && prev.hasCue && LIST_GOES_ON.test(between)) {
      readClause(
        votes,
        folded,
        prev.hits.filter((h) => h.role.kind === 'cue'),
        anchors,
      );
    }
    readClause(votes, folded, live, anchors, !own, hardSaid);
    // "The hairstyle, background objects, and room color changed": each thing listed before gets the complaint too.
    const cues = live.filter((h) => h.role.kind === 'cue');
    if (prevLive && cues.length) for (const thing of listedBefore(folded, cls, i, live, between)) readClause(votes, folded, cues, [thing]);
    thingMotion(votes, folded, live, anchors);
    thingBecomes(votes, folded, live, liveHits);
  }
  // "The text suffers the same fate", "the text too": a clause that only names a thing with "the same" or "too"
  // (turned off by the lexicon for its "same", or with no word of its own) takes the previous clause's defect.
  for (const [cues, things] of [...sameFatePairs(folded, cls), ...tooPairs(folded, cls)]) readClause(votes, folded, cues, things);
  composedVotes(votes, folded, hits, liveHits);
  eventVotes(votes, folded, hits);
  stillVotes(votes, folded, hits);
  exceptionVotes(votes, folded, hits);
  sizeVotes(votes, folded);
  sharedChangeVotes(votes, folded, liveHits);
  colourThenShapeVotes(votes, folded, liveHits);
  // The constructions read straight from the text follow the clauses the reader turned off (asked for, said fine).
  // A loop, not filter().flatMap(): flatMap alone held 0.6% of classify's time.
  const off: Hit[] = [];
  for (const c of cls) if (c.negatedFrom < 0) off.push(...c.hits);
  lightVotes(votes, folded, hits, off);
  toneVotes(votes, folded, hits, off);
  lostMotionVotes(votes, folded, hits, off, { description, origin });
  const sceneLit = sceneLightDropped(votes, folded);
  const cutCaused = cutCauseDropped(votes, folded, 'physics');
  likenessVotes(votes, folded, hits, off);
  judgedLikenessVotes(votes, folded, hits, off);
  getRightVotes(votes, folded, hits, off);
  asymmetryVotes(votes, folded, hits, off);
  partFromPartVotes(votes, folded, hits, off);
  firstFrameVotes(votes, folded, hits, off);
  bodyMotionDropped(votes);
  blankColourDropped(votes, folded, liveHits);
  const personJudged = personMotionDropped(votes, folded);
  const found = [...votes.values()]
    .filter((v) => v.confidence >= CONFIDENT && v.defect)
    .map((v) => ({ mode: v.mode, confidence: Math.round(v.confidence * 100) / 100, reasons: quote(description, origin, v.spans) }))
    .sort((a, b) => b.confidence - a.confidence);
  const findings = modelOrdered(found, folded, hits, options);
  const hard = hardKind(liveHits, findings.length > 0, folded);
  if (!hard && !findings.length) {
    const guess = modelGuess(description, origin, folded, hits, liveHits, options);
    // Light that a sunset or a lamp changes is no colour defect, for the model either (light.ts).
    // A change the camera or a cut explains is no physics defect either (cut-cause.ts).
    // A person's motion judged is no body defect, for the model either (person-motion.ts).
    const out: Partial<Record<QualityModeId, boolean>> = { color: sceneLit, physics: cutCaused, anatomy: personJudged };
    if (guess && !out[guess.mode]) findings.push(guess);
  }
  if (hard) return { findings, needsDetail: false, hardFailure: { kind: hard.kind, reasons: quote(description, origin, hard.spans) } };
  const needsDetail = findings.length === 0 && /[\p{L}\p{N}]/u.test(description);
  if (!needsDetail) return { findings, needsDetail };
  const hint = hinted[0];
  if (!hint) return { findings, needsDetail, followUp: GENERIC_FOLLOW_UP };
  const mode = ANCHOR_MODE[hint];
  return { findings, needsDetail, followUp: qualityMode(mode).followUp, followUpMode: mode };
}
