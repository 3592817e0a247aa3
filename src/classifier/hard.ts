/**
 * A description of a generation that gave no usable video ("stuck at 99%", "failed but the credits are gone") is its
 * own answer: a hard failure, with the person's words as reasons, and never a question about faces or hands.
 */
import type { HardFailureKind } from '../shared/generation.ts';
import type { HardKey } from './lexicon/index.ts';
import { failVerdict } from './fail-verdict.ts';
import { forPromptWords } from './prompt-words.ts';
import { flashingBlack } from './flashing-black.ts';
import { likenedModeration } from './hard-likened.ts';
import { facesInput } from './faces-refused.ts';
import type { Hit } from './matcher.ts';

export interface HardFailureFinding {
  kind: HardFailureKind;
  /** The person's words that say so, quoted back in the draft. */
  reasons: string[];
}

/**
 * Words that only mean a hard failure when nothing else was found: "the text has errors", "the sign is blocked by a
 * truck", "the caption is cut off" are quality complaints.
 */
const WEAK: ReadonlySet<HardKey> = new Set(['error', 'moderation', 'modout', 'blank', 'truncated']);

/**
 * "The screen in the video is black", "das Auto im Video ist schwarz": the video named after "in" is where a thing is,
 * and the colour is the thing's, so "video is black" there is no blank output (issue 16's own twin for blank output).
 */
const IN_THE =
  /(?:\b(?:in|on|inside|within|im|in\sdem|auf\sdem|dans\sla|dans\sle|sur\sla|en\sel|en\sla|no|na|nos|nas)\s(?:(?:the|this|my|that)\s)?)$/;

/** A hard phrase that opens with the output it is said of ("video disappeared", "clip vanished", "video is black"). */
const OUTPUT_LED = /^(?:videos?|clips?|outputs?|results?|renders?|screens?|images?|frames?|generations?)\b/;

/**
 * "The dog in the video disappeared" is the dog's vanishing, as "the screen in the video is black" is the screen's
 * colour: a phrase led by the output, after "in", is about a thing inside it.
 */
function inClip(folded: string, h: Hit): boolean {
  if (h.role.kind !== 'hard' || (h.role.key !== 'blank' && !OUTPUT_LED.test(folded.slice(h.start, h.end)))) return false;
  return IN_THE.test(folded.slice(Math.max(0, h.start - 16), h.start));
}

/** "Black and white" is a style asked for, not a blank output ("it came out black and white like I asked"). */
const MONOCHROME = /^\s*(?:-\s?|(?:and|&|n|und|et|y|e)\s)(?:white|black|weiss|schwarz|blanc|noir|blanco|negro|branco|preto)\b/;

/**
 * "Die Frau bleibt ruhig stehen", "女性は立ち止まって微笑む", "my character is stuck in the doorway": a stall word said of a
 * person is someone stopping in the scene, not a job that hangs. A figure ("bleibt bei 99 % stehen") is still a stall.
 */
const PERSON: ReadonlySet<string> = new Set(['being', 'body', 'face', 'feature']);

/**
 * "The sign is blocked by a truck", "the hands got cut off by the frame", "the cat is all black", "the lamp hangs at
 * the top": a bare word of blocking, cutting, blackness or stalling said of a thing in the scene is that thing's state
 * (a noun such as "moderation" never is). Only the sound is cut the way a clip is (the label conventions: cut-off
 * audio or lip sync is a truncated output), and a figure ("bleibt bei 99 % stehen") is always the job's.
 */
const SAID_OF_THINGS: Partial<Record<HardKey, RegExp>> = {
  moderation: /^(?:blocked|blockiert|bloquee?s?|bloquead[oa]s?)(?:\s(?:par|por))?$/,
  truncated: /^(?:cut|cuts|chop|abgeschnitten|coupee?s?|cortad[oa]s?)\b/,
  blank: /./,
  // "The cat never appeared", "しっくりくる男が出てこない": a thing of the scene that never shows is the scene's (s14).
  nooutput: /^(?:never\s(?:appeared|appears|showed\sup|shows\sup)|出てこな|出な|現れな|登場しな)/,
};
/** Things in a scene; a colour, a motion, a topic word or the sound is none ("red, then a black screen"). */
const THING: ReadonlySet<string> = new Set(['body', 'face', 'feature', 'being', 'object', 'cast', 'matter', 'text', 'look']);
/** "I uploaded a photo of a woman and it got blocked": after "and" or a comma the word is said of something else. */
const JOINED = /,|、|\b(?:and|but|then|so|und|aber|dann|et|mais|puis|y|pero|e|mas|depois)\b/;

function thingSaid(hits: readonly Hit[], folded: string, h: Hit): boolean {
  // A figure is the job's or the file's ("stuck at 99 %", "0 bytes"), never a thing's in the scene.
  if (h.role.kind !== 'hard' || /\d\s?(?:%|bytes?\b|kb\b|octets?\b)/.test(folded.slice(h.start, h.end))) return false;
  const stall = h.role.key === 'stuck';
  const words = folded.slice(h.start, h.end);
  if (!stall && (!SAID_OF_THINGS[h.role.key]?.test(words) || OUTPUT_LED.test(words))) return false;
  const before = hits.filter((a) => a.role.kind === 'anchor' && a.end <= h.start && h.start - a.end <= 40);
  const nearest = before[before.length - 1];
  if (!nearest || nearest.role.kind !== 'anchor' || !THING.has(nearest.role.cls)) return false;
  const thing = folded.slice(nearest.start, nearest.end);
  // A screen or a frame is the output itself ("the screen hangs at loading"), no thing in the scene.
  if (OUTPUT_LED.test(thing) || JOB.test(thing)) return false;
  const between = folded.slice(nearest.end, h.start);
  // A stall after a person keeps its old reach (across "and"); blocking, cutting and blackness stop at a clause break.
  const joined = JOINED.test(between) && !(stall && PERSON.has(nearest.role.cls));
  return !/[.!?;。！？%]/.test(between) && !JOB.test(between) && !joined;
}

/** "All I see is black cats": a colour right before a thing is that thing's colour, no blank output. */
function beforeThing(hits: readonly Hit[], h: Hit): boolean {
  return hits.some((a) => a.role.kind === 'anchor' && a.start >= h.end && a.start - h.end <= 1 && THING.has(a.role.cls));
}

/**
 * "You can't generate a video this good anywhere else", "kein Video generieren, das so gut aussieht": a failure to make
 * a video followed by a degree of quality is praise by comparison, no failed job (hard-runs.ts).
 */
const PRAISED_AFTER = new RegExp(
  String.raw`^,?\s*(?:(?:this|that|so|as|half as|nearly as)\s(?:good|great|real|realistic|clean|smooth|beautiful|nice)\b|` +
    String.raw`better\b|(?:das|der|die)\s(?:so|genauso)\s(?:gut|schon)|(?:aussi|si)\s(?:bien|beau|belle|bon|bonne)\b|` +
    String.raw`tan\s(?:buen[oa]|bien|bonit[oa])\b|tao\s(?:bo[am]|bonit[oa]|bem)\b|(?:mejor|melhor|meilleure?|besser)\b)`,
);

/**
 * "They aren't rendered properly", "I can't generate videos longer than 5 seconds", "videos aren't generated in 4k": a
 * video not made, said with how or how long it would be, is a quality complaint or a limit of the service, no failed
 * job (hard-runs.ts). Not "with": "with the new model" names the tool as often as "with sound" names the content.
 */
const MADE = new RegExp(
  String.raw`(?:generated|rendered|created|produced|generate|render|create|produce|videos?|anything|generar|gerar|` +
    String.raw`generer|generieren|erstellen|erzeugen|rendern|generee?s?|generad[oa]s?|gerad[oa]s?|generiert|erstellt|erzeugt)$`,
);
const QUALIFIED = new RegExp(
  String.raw`^,?\s*(?:correctly|properly|right\b|well\b|accurately|exactly|longer|shorter|more\sthan|beyond|` +
    String.raw`(?:over|above|in|at)\s\d|in\s(?:4k|hd|\d+p)\b|` +
    String.raw`correctement|richtig|korrekt|correctamente|corretamente)`,
);

/**
 * "Veo made no progress on hands", "kein weiterer Fortschritt bei den Händen", "sin progreso en las manos": progress on
 * a thing is a model's improvement over versions, no stalled job; progress on the job itself ("sin progreso en la
 * generación") or for a time ("no further progress for two hours") is a stall.
 */
const PROGRESS = /progress|fortschritt|progression|progreso|progresso/;
const PROGRESS_ON = /^\s*(?:on|with|in|at|bei|mit|im|an|sur|avec|dans|au|en|con|em|no|na|nos|nas|com)\s(?!\d)/;

/** The job or its video named between the person and the stall word ("the woman's video has been stuck"). */
const JOB = new RegExp(
  String.raw`\b(?:videos?|clips?|generations?|renders?|jobs?|tasks?|outputs?|progress|queue|` +
    String.raw`generierung|fortschritt|rendu|generacion|geracao)\b|動画|生成|ビデオ|処理`,
);

function progressOnThing(folded: string, h: Hit): boolean {
  const after = folded.slice(h.end, h.end + 30);
  return PROGRESS_ON.test(after) && !JOB.test(after);
}

/**
 * "The error in the hands", "der Fehler im Gesicht", "l'erreur dans les mains", "el error en las manos", "o erro nas
 * mãos": a bare error noun placed in a thing of the scene is that thing's defect, no failed job ("an error in the
 * generation" names the job, no thing, and stays one).
 */
const ERROR_NOUN = /^(?:errors?|fehler|erreurs?|error(?:es)?|erros?)$/;
const PLACED_IN =
  /^\s(?:in|on|at|im|in\s(?:den|der|dem|die)|an\s(?:den|der|dem)|am|dans|sur|en|no|na|nos|nas|em)\s(?:(?:the|her|his|their|its|les|la|le|las|los|el|a|o|as|os)\s)?$/;

function errorInThing(hits: readonly Hit[], folded: string, h: Hit): boolean {
  if (h.role.kind !== 'hard' || h.role.key !== 'error' || !ERROR_NOUN.test(folded.slice(h.start, h.end))) return false;
  return hits.some(
    (a) => a.role.kind === 'anchor' && THING.has(a.role.cls) && a.start > h.end && PLACED_IN.test(folded.slice(h.end, a.start)),
  );
}

/**
 * "She waited at the door and nothing happened", "I watched to the end and nothing was wrong with the hands": a bare
 * "and nothing" followed by what happened, or by what was wrong, is the scene or praise; only "and nothing" that ends
 * its clause ("I paid and nothing", "I waited an hour and nothing") or that says what came ("and nothing came out" is
 * its own entry) is a missing video. Starting the job first ("I click generate and nothing happens") is waiting.ts's.
 */
const NOTHING_HAPPENED =
  /^\s(?:at\sall\s)?(?:happen\w*|else|(?:was|is|looked|looks|seemed|seems)\s(?:wrong|off|weird|strange)|changed|changes|moved|moves|stood|stands)\b/;

/**
 * "It generates nothing like what I asked for", "es erzeugt nichts Brauchbares", "il ne génère rien de bon", "no
 * genera nada parecido", "never produces a video that looks like my photo": nothing made, said with what it is not
 * like or not good for, is a judgement of what was made (a prompt not followed, a quality complaint), no failed job.
 */
const MADE_OBJECT = /(?:nothing|nichts|rien|nada|anything|a video|any video|a clip|an output|any output|a result|any result|the video)$/;
const NOTHING_LIKE = new RegExp(
  String.raw`^,?\s(?:${[
    // Not "with" ("I can't generate a video with the new model" names the tool) nor a bare "that" ("a video that I
    // can download" is still the video missing): only what the video should have looked like.
    'like|but|close|similar|near|resembling|usable|useful|good|decent|realistic|worth|of (?:use|value)',
    '(?:that|which) (?:looks?|resembles?|matches)',
    'wie|ahnlich\\w*|brauchbar\\w*|gut\\w*|vernunftig\\w*|sinnvoll\\w*|ansatzweise|annahernd|realistisch\\w*',
    "de (?:bon|bien|beau|correct|realiste|utilisable|potable|coherent|ressemblant)|d'utile|d'utilisable|qui (?:ressembl|correspond)\\w*|comme",
    'parecido|similar|util|bueno|buena|decente|realista|de (?:bueno|util|calidad|bom|qualidade)|como|bom|boa',
  ].join('|')})\b`,
);

/** What a set of hard-failure words adds up to, most specific first; the hits it rests on are returned with it. */
export function hardKind(
  hits: readonly Hit[],
  qualityFound: boolean,
  folded: string,
): { kind: HardFailureKind; spans: Hit[][] } | undefined {
  const by = new Map<HardKey, Hit[]>();
  for (const h of hits) {
    if (
      h.role.kind !== 'hard' ||
      (qualityFound && WEAK.has(h.role.key)) ||
      inClip(folded, h) ||
      (thingSaid(hits, folded, h) && !forPromptWords(folded, h))
    )
      continue;
    if (
      h.role.key === 'blank' &&
      (MONOCHROME.test(folded.slice(h.end, h.end + 12)) || beforeThing(hits, h) || flashingBlack(hits, folded, h))
    )
      continue;
    if (h.role.key === 'error' && PRAISED_AFTER.test(folded.slice(h.end, h.end + 24))) continue;
    if (
      (h.role.key === 'error' || h.role.key === 'nooutput') &&
      MADE_OBJECT.test(folded.slice(h.start, h.end)) &&
      NOTHING_LIKE.test(folded.slice(h.end, h.end + 24))
    )
      continue;
    if (errorInThing(hits, folded, h) || failVerdict(hits, folded, h) || likenedModeration(folded, h)) continue;
    if (
      h.role.key === 'nooutput' &&
      folded.slice(h.start, h.end) === 'and nothing' &&
      NOTHING_HAPPENED.test(folded.slice(h.end, h.end + 24))
    )
      continue;
    if (h.role.key === 'stuck' && PROGRESS.test(folded.slice(h.start, h.end)) && progressOnThing(folded, h)) continue;
    if (h.role.key === 'error' && MADE.test(folded.slice(h.start, h.end)) && QUALIFIED.test(folded.slice(h.end, h.end + 40))) continue;
    // A refusal for words is the prompt refused (prompt-words.ts).
    const key = forPromptWords(folded, h) ? 'modin' : h.role.key;
    by.set(key, [...(by.get(key) ?? []), h]);
  }
  const of = (...keys: HardKey[]) => keys.flatMap((k) => (by.get(k) ?? []).map((h) => [h]));
  const charge = by.has('charge');
  // Which side was refused, when the words say so; a plain "blocked" or "flagged" stays the general kind.
  if (by.has('modin')) return { kind: 'moderation_input', spans: of('modin', 'moderation') };
  if (by.has('modout')) return { kind: 'moderation_output', spans: of('modout', 'moderation') };
  if (by.has('moderation')) return { kind: 'moderation', spans: of('moderation') };
  // Credits gone is only a hard failure with the video missing: "I paid for this and the hands melted" is not one.
  if (charge && (by.has('nooutput') || by.has('error') || by.has('stuck'))) {
    return { kind: 'charged_no_output', spans: of('charge', 'nooutput', 'stuck', 'error') };
  }
  // A failure said of pictures of people is the input refused (faces-refused.ts).
  if ((by.has('error') || by.has('nooutput')) && facesInput(folded)) return { kind: 'moderation_input', spans: of('error', 'nooutput') };
  if (by.has('stuck')) return { kind: 'stuck', spans: of('stuck') };
  if (by.has('blank')) return { kind: 'blank_output', spans: of('blank') };
  if (by.has('truncated')) return { kind: 'truncated_output', spans: of('truncated') };
  if (by.has('nooutput') || by.has('error')) return { kind: 'generation_error', spans: of('nooutput', 'error') };
  return undefined;
}
