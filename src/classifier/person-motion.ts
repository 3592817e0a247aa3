/**
 * A person's or a face's motion judged: "human faces result in unnatural animations", "the body movement is
 * unnatural", "Körperbewegungen wirken unnatürlich", "le visage bouge de façon peu naturelle", "los movimientos del
 * cuerpo son poco naturales", "人物の動きが不自然". The label conventions file a motion alone, or a person's, called
 * unnatural, stiff, robotic or artificial as vague ([motion], later rule): it judges how the clip is animated, not a
 * body that is malformed. So an anatomy vote that rests only on such a judgement of a whole person, body or face with
 * its motion named beside it goes (vague round, s12). A body defect said anywhere ("deformed", "melting", an extra
 * finger) keeps it, and hands or limbs that move oddly are an open call, left as they are.
 * Folded text: lowercase, no accents, katakana as hiragana.
 */
import type { QualityModeId } from '../modes/types.ts';
import type { Hit } from './matcher.ts';
import type { Vote } from './votes.ts';
import { whole } from './word-regex.ts';

/** How a motion looks, judged, with no defect named. */
const MANNER = whole([
  'unnatural(?:ly)?|robotic|stiff|rigid|artificial|awkward|wooden|mechanical|lifeless',
  String.raw`unnaturlich\w*|kunstlich\w*|steif\w*|roboterhaft\w*|holzern\w*|mechanisch\w*`,
  String.raw`(?:peu|pas) naturel\w*|artificiel\w*|rigide\w*|robotique\w*|mecanique\w*`,
  String.raw`antinatural\w*|poco natural\w*|nada natural\w*|artificial\w*|rigid[oa]s?|robotic[oa]s?|mecanic[oa]s?`,
  String.raw`(?:nao|pouco) natura\w*|artificia\w*|rob[oó]tic[oa]s?`,
  '不自然|ぎこちな|ろぼっと|機械的|硬い|かたい',
]);
/** A whole person, a body or a face: not hands or limbs, whose odd motion is an open call. */
const WHOLE = whole([
  'body|bodies|person|people|persons|human|humans|character|characters|face|faces|man|woman|men|women|figure|figures',
  String.raw`korper\w*|mensch\w*|person\w*|figur\w*|gesicht\w*|corps|personne\w*|personnage\w*|visage\w*|gens`,
  String.raw`cuerpo\w*|persona\w*|personaje\w*|cara|caras|rostro\w*|corpo\w*|pessoa\w*|personage\w*|rosto\w*`,
  '体|人物|人|顔|人間|キャラ|きゃら',
]);
/** The motion named: a motion noun, an animation or a verb of moving, in the clause of the judgement. */
const MOTION = new RegExp(
  String.raw`(?:${[
    String.raw`\b(?:motion|motions|movement|movements|moves|moving|move|animation|animations|animated|gestures?)\b`,
    String.raw`bewegung|\bbeweg\w*|\banimation\w*|\banimiert\w*|\bgestik\b`,
    String.raw`\bmouvement\w*|\bboug\w*|\banime\w*|\bgeste\w*`,
    String.raw`\bmovimiento\w*|\bmuev\w*|\bmueve\w*|\banimacion\w*|\banimad[oa]s?\b|\bgestos?\b`,
    String.raw`\bmovimento\w*|\bmex\w*|\bmov(?:e|em|endo)\b|\banimac(?:ao|oes)\b`,
    '動き|動作|動く|動いて|あにめーしょん|仕草|しぐさ',
  ].join('|')})`,
);
const CLAUSE_END = /[.!?;。！？\n]/;

const isManner = (folded: string, h: Hit) => h.role.kind === 'cue' && MANNER.test(folded.slice(h.start, h.end));
const isWhole = (folded: string, h: Hit) =>
  h.role.kind === 'anchor' &&
  (h.role.cls === 'body' || h.role.cls === 'face' || h.role.cls === 'being') &&
  WHOLE.test(folded.slice(h.start, h.end).replace(/bewegung\w*$/, ''));

/** The sentence around a span, from the sentence's start to its end. */
function sentenceOf(folded: string, span: readonly Hit[]): string {
  const from = span[0]!.start;
  const to = span[span.length - 1]!.end;
  const before = folded.slice(0, from).split(CLAUSE_END).pop() ?? '';
  const after = folded.slice(to).split(CLAUSE_END)[0] ?? '';
  return before + folded.slice(from, to) + after;
}

/**
 * Drops the anatomy vote when every observation of it is a person's motion judged, with no body defect named.
 * Returns whether it did, for the model's guess of anatomy to stay out too (it learnt "unnatural" beside a body).
 */
export function personMotionDropped(votes: Map<QualityModeId, Vote>, folded: string): boolean {
  const anatomy = votes.get('anatomy');
  if (!anatomy) return false;
  // A span with no thing ("les mouvements du corps sont peu naturels" quotes the judgement alone) is a motion judged.
  const judged = (span: readonly Hit[]) => {
    const cues = span.filter((h) => h.role.kind === 'cue' || h.role.kind === 'strong');
    const things = span.filter((h) => h.role.kind === 'anchor' && h.role.cls !== 'motion');
    return (
      cues.length > 0 &&
      cues.every((h) => isManner(folded, h)) &&
      things.every((h) => isWhole(folded, h)) &&
      MOTION.test(sentenceOf(folded, span))
    );
  };
  if (!anatomy.spans.length || !anatomy.spans.every(judged)) return false;
  votes.delete('anatomy');
  return true;
}
