/**
 * A Japanese body part said not to be there (手がない, 指が1本ない, 顔が無かった): the part missing, which is an
 * anatomy defect (hands that disappear, batch 10), not a defect negated. The ない there says "there is none", so it
 * is read as a count word, as 足りない is. Only when nothing stands between the part, its particle and the ない:
 * 手に違和感がない, 手が崩れていない keep their negation, and 打つ手がない, もう手がない ("nothing more to be done") name no hand.
 */
import type { Hit } from './matcher.ts';

const NONE = new Set(['ない', '無い', 'なかった', '無かった', 'なし', '無し']);
/** Between the part and the ない: its particle, with a count of what is missing (指が1本ない). */
const BETWEEN = /^[がは](?:[0-9一二三四五]+本)?$/;
const PART = new Set(['body', 'feature', 'face']);

export function partMissing(folded: string, hits: Hit[]): Hit[] {
  return hits.map((h) => {
    if (!h.cjk || h.role.kind !== 'neg' || !NONE.has(folded.slice(h.start, h.end))) return h;
    const part = hits.find(
      (a) => a.role.kind === 'anchor' && PART.has(a.role.cls) && a.end < h.start && BETWEEN.test(folded.slice(a.end, h.start)),
    );
    if (!part || /(?:打つ|もう|他に)$/.test(folded.slice(0, part.start))) return h;
    return { ...h, role: { kind: 'cue', cls: 'count' } };
  });
}
