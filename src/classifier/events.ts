/**
 * Physical events people describe as a construction, not as a part and a defect: a shadow that does not follow its
 * thing ("後ろの影は動いていません"), an effect before its cause ("the glass shatters before it hits the floor"),
 * a direction swapped ("the smoke goes down instead of up"), running that goes nowhere ("the dog runs but stays in
 * place"). Each is physics whatever it is said of. Folded text: lowercase, no accents, katakana as hiragana.
 */
import type { QualityModeId } from '../modes/types.ts';
import type { Hit } from './matcher.ts';
import { saidHit, type Vote, vote } from './votes.ts';
import { eachMatch } from './each-match.ts';
import { BEFORE_CAUSE, BREATHING, FALLS_SLOW, IN_PLACE, NO_CONSEQUENCE, NO_MOTION, STILL_CAST, SWAPPED } from './events-patterns.ts';

/**
 * Each construction with the words it cannot do without, in groups that must all be there: most descriptions lack
 * them, and substring tests are far cheaper than the patterns (the classifier runs on every keystroke).
 */
const GATED: readonly (readonly [RegExp, ...(readonly string[])[]])[] = [
  [
    NO_CONSEQUENCE,
    ['bite', 'leave', 'biss', 'weniger', 'morsure', 'acaba', 'diminu', 'baja', '減', 'なくならな', 'smaller', 'shorter', 'empt'],
  ],
  [BREATHING, ['breath', 'atm', 'respir', '呼吸', '息をし']],
  [
    NO_MOTION,
    ['movement', 'motion', 'animation', 'bewegung', 'mouvement', 'movimiento', 'movimento', 'animac', '動'],
    [
      'ない',
      '無い',
      '少な',
      'ありませ',
      '動かな',
      'no',
      'little',
      'any',
      'slow',
      'keine',
      'kaum',
      'wenig',
      'aucun',
      'peu',
      'pas de',
      'ningun',
      'poco',
      'nada',
      'nenhum',
      'pouco',
      'nao',
    ],
  ],
  [STILL_CAST, ['shadow', 'reflection', 'schatten', 'spiegel', 'ombre', 'reflet', 'sombra', 'reflejo', 'reflexo', '影', '反射']],
  [BEFORE_CAUSE, ['before', 'precede', 'bevor', 'avant', 'antes de', '前に']],
  [SWAPPED, ['instead', 'rather than', 'statt', 'au lieu', 'en vez', 'en lugar', 'em vez', 'ao inves', 'じゃなくて', 'ではなく']],
  [
    FALLS_SLOW,
    ['slow', 'langsam', 'zeitlupe', 'lent', 'ralenti', 'despacio', 'devagar', 'camara', 'camera', '遅', 'ゆっくり', 'もーしょん'],
    ['fall', 'fell', 'drop', 'fallt', 'fallen', 'fiel', 'tomb', 'chute', 'cae', 'cai', 'cayo', '落'],
  ],
  [
    IN_PLACE,
    [
      'place',
      'spot',
      ' put',
      'forward',
      'where',
      'fleck',
      'voran',
      'stelle',
      'avance',
      'avanza',
      'avanca',
      'endroit',
      'sitio',
      'lugar',
      '進',
      'その場',
    ],
    [
      'run',
      'ran',
      'walk',
      'driv',
      'rid',
      'swim',
      'gallop',
      'pedal',
      'lauf',
      'renn',
      'fahr',
      'geht',
      'court',
      'marche',
      'roule',
      'nage',
      'corre',
      'camina',
      'anda',
      'conduce',
      'nada',
      'caminha',
      'dirige',
      '走',
      '歩',
    ],
  ],
];

/** Each group of gate words as one pattern: one scan of the text per group instead of one per word. */
const GATES: readonly (readonly [RegExp, readonly RegExp[]])[] = GATED.map(([re, ...groups]) => [
  re,
  groups.map((words) => new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'))),
]);

/** The events in a folded description, as spans. */
export function physicsEvents(folded: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const [re, gates] of GATES) {
    if (!gates.every((g) => g.test(folded))) continue;
    for (const m of eachMatch(folded, re)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** An event counts unless a negator comes shortly before it in its sentence ("it never runs without moving forward"). */
export function eventVotes(votes: Map<QualityModeId, Vote>, folded: string, hits: readonly Hit[]): void {
  for (const e of physicsEvents(folded)) {
    const before = (h: Hit) => h.end <= e.start && e.start - h.end <= 24 && !/[.!?;。]/.test(folded.slice(h.end, e.start));
    if (hits.some((h) => h.role.kind === 'neg' && before(h))) continue;
    vote(votes, 'physics', 0.85, [saidHit('physics', e.start, e.end)]);
  }
}
