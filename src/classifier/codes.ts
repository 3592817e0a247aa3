/**
 * A service's own failure code, quoted as it was shown ("429 RESOURCE_EXHAUSTED", "SAFETY.INPUT.TEXT"), says which
 * hard failure it was in any language the sentence around it is written in: the code is not a word of that language,
 * so the lexicons, read in the detected language only, miss it ("Veo 3.1 gibt 429 RESOURCE_EXHAUSTED zurück" in the
 * public tuning split, `generation_error`, got no answer). Only codes with a public source, each with its kind:
 * - Runway `error.reason`: SAFETY.INPUT.* is the prompt or upload refused, SAFETY.OUTPUT.* the video, INTERNAL.* an
 *   error (vidai captures, /work/shared/real-shapes.md item 9, H; src/providers/runway.ts);
 * - Sora: `moderation_blocked` and `sentinel_block`, refused at the request (help.apiyi.com's Sora 2 error guide, 2025,
 *   M; the former's message, "Your request was blocked by our moderation system", on community.openai.com/t/1372868,
 *   H), `sora_content_violation` (the drafts kind in public Sora clients, /work/shared/providers-2026-12.md, M);
 * - Google Flow `PUBLIC_ERROR_*` (crisng95/flowkit, M; src/providers/veo.flow.ts) and Vertex AI `RESOURCE_EXHAUSTED`
 *   with HTTP 429 (quota, weak like every error word).
 */
import { LANGS } from './lang.ts';
import type { HardKey } from './lexicon/index.ts';
import type { Hit } from './matcher.ts';
import { eachMatch } from './each-match.ts';
import { makeHit } from './hit.ts';

/** Folded (lowercase) code patterns and what each says; the first that matches a code wins. */
const CODES: readonly (readonly [RegExp, HardKey])[] = [
  [/\b(?:input_preprocessing\.)?safety\.input(?:\.[a-z0-9_]+)*|\bsentinel_block\b|\bpublic_error_minor_input_image\b/g, 'modin'],
  [/\bsafety\.output(?:\.[a-z0-9_]+)*/g, 'modout'],
  [/\bmoderation_blocked\b|\bsora_content_violation\b|\bpublic_error_(?:unsafe_generation|danger_filter)\b/g, 'moderation'],
  [/\binternal\.bad_output(?:\.[a-z0-9_]+)*|\bresource_exhausted\b|\bpublic_error_[a-z_]*quota[a-z_]*\b/g, 'error'],
];

/**
 * A local run's console errors, pasted into a description in any language ("Bei mir kommt CUDA out of memory"):
 * Python's exception names and the GPU's out-of-memory, errors whatever the sentence around them (weak, like every
 * error word). Not behind the gate below: they need no dot or underscore.
 */
const CONSOLE: RegExp = new RegExp(
  String.raw`\b(?:(?:cuda\s)?out\sof\s(?:gpu\s|video\s)?(?:memory|vram)|oom|traceback|segmentation\sfault|segfault|` +
    // A server's status as an HTTP client prints it ("HTTP 503", "status code 500"); a bare figure is no status.
    String.raw`http\s?(?:error\s)?(?:5\d\d|429)|status(?:\scode)?:?\s(?:5\d\d|429)|` +
    // Python's and PyTorch's exception names as a traceback's last line gives them ("ModuleNotFoundError: ...").
    String.raw`(?:runtime|value|type|key|attribute|index|assertion|memory|import|modulenotfound|filenotfound|notimplemented|` +
    String.raw`outofmemory|zerodivision|recursion|overflow|cuda|connection|timeout|http)error)\b`,
  'g',
);

/** Hard-failure hits for the services' own codes quoted in a folded description, whatever its language. */
export function codeHits(folded: string): Hit[] {
  const out: Hit[] = [];
  for (const m of eachMatch(folded, CONSOLE)) out.push(codeHit('error', m.index, m.index + m[0].length));
  if (!/[._]/.test(folded)) return out;
  for (const [re, key] of CODES) {
    for (const m of eachMatch(folded, re)) out.push(codeHit(key, m.index, m.index + m[0].length));
  }
  return out;
}

/** Any language: the code is the service's, not the sentence's. Three words, so no word inside it wins. */
function codeHit(key: HardKey, start: number, end: number): Hit {
  return makeHit({ kind: 'hard', key }, start, end, 3, false, false, LANGS);
}
