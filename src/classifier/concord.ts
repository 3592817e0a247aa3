/**
 * Negative concord in French, Spanish and Portuguese: "je n'ai jamais reçu de vidéo", "je n'obtiens aucune vidéo",
 * "no me sale ningún video", "não recebi nenhum vídeo" say no video came once, not twice. The bare negator (ne, n',
 * no, não) goes with the negative word of the hard-failure phrase after it (jamais, aucun, rien, ningún, nada, nunca,
 * nenhum), so it denies nothing: read as a negator, it turned the phrase off and the missing video got no answer.
 * Only a bare negator right before a hard-failure phrase that holds the negative word itself, or has it in between:
 * "je n'ai pas reçu la vidéo" has no concord word, and the lists hold it whole. Only of the video or of nothing ("je
 * n'ai jamais reçu de plainte" is something else), and not when the clause goes on to a thing or a judgement.
 */
import type { Hit } from './matcher.ts';

const BARE = /^(?:ne|n'|no|nao)$/;
/** What did not come: the video or the result ("jamais reçu de vidéo"), or nothing at all. */
const OUTPUT = /\b(?:videos?|clips?|clipes?|resultats?|resultados?|rendus?|fichiers?|archivos?|arquivos?|rien|nada)\b/;
/** A thing, a defect or a judgement later in the clause: the negation is about it. */
const SAID: ReadonlySet<string> = new Set(['anchor', 'cue', 'strong', 'pos', 'steady']);
const CONCORD = /\b(?:jamais|aucune?|rien|nulle?|ningun[oa]?|ninguna|nada|nunca|jamas|nenhum|nenhuma)\b/;

/** The bare negators of a clause that agree with a negative hard-failure phrase after them. */
export function concordNegators(folded: string, hits: readonly Hit[]): Hit[] {
  const out: Hit[] = [];
  for (let i = 0; i < hits.length; i++) {
    const n = hits[i]!;
    if (n.role.kind !== 'neg' || n.cjk || !BARE.test(folded.slice(n.start, n.end))) continue;
    if (!n.langs.some((l) => l === 'fr' || l === 'es' || l === 'pt')) continue;
    const next = hits[i + 1];
    if (!next || next.role.kind !== 'hard' || next.start - n.end > 24) continue;
    const between = folded.slice(n.end, next.start);
    if (/[.!?;,]/.test(between)) continue;
    if (!CONCORD.test(folded.slice(n.end, next.end)) || !OUTPUT.test(folded.slice(next.start, next.end + 16))) continue;
    // "Não vi nenhum vídeo com problemas nas mãos": with a thing or a judgement after it the clause denies a defect.
    if (hits.slice(i + 2).some((h) => SAID.has(h.role.kind))) continue;
    out.push(n);
  }
  return out;
}
