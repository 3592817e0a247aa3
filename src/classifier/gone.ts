/**
 * A defect said to be gone: "the flicker is gone", "the flickering disappeared after the update", "das Flackern ist
 * weg", "le scintillement a disparu", "el parpadeo desapareció", "ちらつきが消えた". The defect word is the subject
 * and the verb of vanishing says it is no more, but the word lists read the defect, and the vanishing as a thing that
 * vanished (physics). The label conventions make a defect said to be gone no complaint ("No more color shifts",
 * batch 8). Only when the defect word is what vanished, with nothing but a copula or an adverb between: "the
 * flickering hands disappear" has a thing that vanished, and stays a complaint.
 */
import type { Clause } from './clauses.ts';
import type { Hit } from './matcher.ts';

/** Between the defect and its vanishing: a copula, an auxiliary, an adverb of time or degree, a particle. */
const BETWEEN = new RegExp(
  String.raw`^\s*(?:(?:is|are|was|were|has|have|had|been|got|seems?|seemed|to be|finally|now|completely|totally|entirely|all|` +
    String.raw`mostly|ist|sind|war|waren|jetzt|endlich|komplett|ganz|vollig|a|ont|avait|est|sont|enfin|completement|totalement|` +
    String.raw`ya|ha|han|por fin|completamente|totalmente|foi|foram|ja|finalmente|agora)\s+)*$|^(?:が|は|も)?(?:完全に|すっかり|もう|やっと)?$`,
);

/** The vanishing itself, not its twin in the same cue class ("appears", "apparaît", "surgit"). */
const VANISHED = /gone|disappear|vanish|\bweg\b|verschw|dispar|desapare|sumi|消え|なくな|無くな/;

const isDefect = (h: Hit) => h.role.kind === 'strong' || (h.role.kind === 'cue' && h.role.cls !== 'vanish' && h.role.cls !== 'judge');

/** Turns off (negatedFrom = -1) a clause whose only complaint is a defect said to have vanished. */
export function goneOff(folded: string, cls: Clause[]): void {
  for (const c of cls) {
    if (c.negatedFrom < 0 || c.hits.some((h) => h.role.kind === 'anchor')) continue;
    for (let i = 0; i + 1 < c.hits.length; i++) {
      const d = c.hits[i]!;
      const v = c.hits[i + 1]!;
      if (!isDefect(d) || v.role.kind !== 'cue' || v.role.cls !== 'vanish' || !VANISHED.test(folded.slice(v.start, v.end))) continue;
      if (!BETWEEN.test(folded.slice(d.end, v.start))) continue;
      // Nothing else said in the clause: "the flicker is gone but the hands melt" is two clauses.
      if (c.hits.every((h) => h === d || h === v || h.role.kind === 'pos' || h.role.kind === 'steady')) c.negatedFrom = -1;
    }
  }
}
