/**
 * A stop word beside a defect: "the hands no longer melt", "die Farben flackern nicht mehr", "ちらつかなくなった" say the
 * defect is gone, so the stop word negates its clause (clauses.ts reads it as a negator). Apart from clauses.ts, which
 * groups hits into clauses, because it is one construction with its own word lists.
 */
import type { Hit } from './matcher.ts';

/** Words that say a thing stopped: said with a defect, the defect is gone ("no longer flickers", "flackert nicht mehr"). */
const STOPPED = /^(?:no longer|not anymore|nicht mehr|ya no)$/;
/** Japanese 〜なくなる after a verb's negative stem (ちらつか|なくなった): it stopped, not "it vanished" (消えてなくなる). */
// し is the stem する negates with (文字化けしなくなった: it stopped garbling).
const JA_STOPPED_STEM = /[かさたなまらわがばえけせねめれべげし]$/;
const DEFECTS: ReadonlySet<string> = new Set([
  'deform',
  'count',
  'morph',
  'vanish',
  'move',
  'flicker',
  'jump',
  'misspelt',
  'generic',
  'pace',
]);

/**
 * "The hands no longer melt", "die Farben flackern nicht mehr", "ちらつかなくなった": a stop word beside a defect in
 * its clause negates it. Beside no defect it stays what it was ("no longer looks like her" is a change).
 */
export function stopsToNegation(folded: string, hits: Hit[]): Hit[] {
  // Every stop word is two words or the Japanese ending: most clauses have none, and pay nothing.
  if (!hits.some((h) => h.role.kind === 'cue' && (h.cjk ? h.role.cls === 'vanish' : h.words === 2))) return hits;
  const defect = (h: Hit) => h.role.kind === 'strong' || (h.role.kind === 'cue' && DEFECTS.has(h.role.cls));
  return hits.map((h) => {
    if (h.role.kind !== 'cue') return h;
    const text = folded.slice(h.start, h.end);
    const stop = h.cjk ? text === 'なくな' && JA_STOPPED_STEM.test(folded.slice(0, h.start)) : STOPPED.test(text);
    return stop && hits.some((o) => o !== h && defect(o)) ? { ...h, role: { kind: 'neg' } } : h;
  });
}
