/**
 * "I used face swap and the job failed", "Face swap crashed during generation": beside a failed run, a face swap named
 * as the feature the person ran, or as the thing that failed, is what was used, not a face said to be swapped. Its
 * identity phrase is dropped, so it does not (as a quality finding) silence the hard failure beside it. A swap said
 * to happen is kept ("a random face swap halfway", "her face swaps with his", "the faces were swapped"), and so is
 * what the swap did to the face ("after I used face swap she looks like someone else": "someone else").
 * The tool words after the name ("the face swap tool") are the precision round's (lexicon/prec-s13.ts); this reads
 * the verb of use before it and the failure after it.
 */
import type { Hit } from './matcher.ts';

/** The swap's name as people write it in any of the six languages (the loanword is common in all). */
const SWAP = /^(?:face\s?swap(?:ping|per)?|head swap|gesichtstausch|troca de rosto|intercambio de caras|echange de visage)$/;

/** A verb of use right before the name, with at most an article or possessive ("used the", "tried my", "usei o"). */
const USED = new RegExp(
  String.raw`\b(?:${[
    'use|used|using|uses|tried|try|trying|ran|run|running|apply|applied|applying|enabled|selected|chose|picked',
    'benutzt|verwendet|genutzt|nutze|benutze|verwende|probiert|ausprobiert',
    'utilise|utilisee|essaye|lance|applique',
    'use|utilice|utilizo|probe|pruebo|aplique|active',
    'usei|uso|utilizei|testei|apliquei|ativei|tentei',
  ].join('|')})\s(?:(?:the|a|an|my|this|le|la|l'|el|un|una|o|um|uma|das|den|die)\s)?$`,
);

/** The name as the subject of a failure right after it ("face swap failed", "the face swap job crashed"). */
const FAILED_AFTER =
  /^\s(?:(?:job|task|run|process|step|node|generation|tool|feature|app|model|mode|function|workflow|option|extension)\s)?(?:\S+\s)?$/;

/**
 * German puts the verb of use last ("Ich habe Face Swap benutzt"): the name, then at most two words, then the verb.
 */
const USED_AFTER = /^\s(?:\S+\s){0,2}(?:benutzt|verwendet|genutzt|ausprobiert|probiert|angewendet|used|tried)\b/;

export function usedToolDropped(folded: string, hits: Hit[]): Hit[] {
  const named = hits.filter((h) => h.role.kind === 'strong' && !h.cjk && SWAP.test(folded.slice(h.start, h.end)));
  if (!named.length) return hits;
  const drop = new Set<Hit>();
  // A failure word said plainly ("the job failed"; not "no errors", whose negator stands right before it).
  const failures = hits.filter(
    (o) => o.role.kind === 'hard' && !hits.some((n) => n.role.kind === 'neg' && n.end <= o.start && o.start - n.end <= 12),
  );
  for (const h of named) {
    const before = folded.slice(Math.max(0, h.start - 40), h.start);
    const failed = failures.some((o) => o.start > h.end && FAILED_AFTER.test(folded.slice(h.end, o.start)));
    // Only beside a failed run is the feature used no more than what was run: beside a complaint about the result
    // ("I ran a face swap and the eyes kept the original colour"), naming the swap says whose defect it is, and a
    // swapped face's defects are identity by the label conventions (batch 10).
    const used = USED.test(before) || USED_AFTER.test(folded.slice(h.end, h.end + 40));
    if (failed || (used && failures.length)) drop.add(h);
  }
  return drop.size ? hits.filter((h) => !drop.has(h)) : hits;
}
