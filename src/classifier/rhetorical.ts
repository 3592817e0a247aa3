/**
 * A Japanese negative asked as a question is the casual way to say a thing IS so: 顔変わってない？ ("hasn't the face
 * changed?"), 指多くない？ ("aren't there too many fingers?"), 変じゃない？, 別人になってませんか？. The ない there
 * negates nothing, so it is dropped; a negation followed by more words before the question mark
 * (ちらつかないようにするには？, "how do I stop it flickering?") still negates.
 */
import type { Hit } from './matcher.ts';

/** After the negation: an optional polite or sentence-final particle, then the question mark (full or half width). */
const ASKED = /^(?:です|っす|ん)?(?:か|かな|かね|かい|よね|の)?[…ー〜～.。]*\s*[?？]/;

export function rhetoricalDropped(folded: string, hits: Hit[]): Hit[] {
  return hits.filter((h) => h.role.kind !== 'neg' || !h.cjk || !ASKED.test(folded.slice(h.end, h.end + 12)));
}
