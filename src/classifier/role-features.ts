/**
 * Language-free features for the model: what the lexicon says each word IS (a body part, a colour, a vanishing, a
 * negation) rather than the word itself, and which thing stands near which defect. "Die Finger verschmelzen", "指が
 * くっつく" and "the fingers fuse" share `a:body`, `q:deform` and `p:body|deform`, so a complaint learnt in one
 * language teaches the model the others, which its character n-grams cannot.
 */
import { type Hit, gap, match } from './matcher.ts';

/** Characters within which an anchor and a cue are read as said of each other, as a loose rule would. */
const NEAR = 40;

function key(h: Hit): string | undefined {
  const r = h.role;
  if (r.kind === 'anchor' || r.kind === 'cue') return `${r.kind === 'anchor' ? 'a' : 'q'}:${r.cls}`;
  if (r.kind === 'strong') return `s:${r.mode}`;
  if (r.kind === 'hard') return `h:${r.key}`;
  if (r.kind === 'num') return 'n';
  if (r.kind === 'neg' || r.kind === 'pos' || r.kind === 'steady') return `x:${r.kind}`;
  return undefined;
}

/** Role keys of one description (with repeats), each to be hashed beside the words and n-grams. */
export function roleFeatures(text: string): string[] {
  const { hits } = match(text);
  const out: string[] = [];
  for (const h of hits) {
    const k = key(h);
    if (k) out.push(`r${k}`);
  }
  const anchors = hits.filter((h) => h.role.kind === 'anchor');
  for (const c of hits) {
    if (c.role.kind !== 'cue') continue;
    for (const a of anchors) if (a.role.kind === 'anchor' && gap(a, c) <= NEAR) out.push(`rp:${a.role.cls}|${c.role.cls}`);
  }
  return out;
}
