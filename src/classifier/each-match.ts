/**
 * `text.matchAll(re)` as an array, without the copy of `re` that matchAll makes on every call (the spec builds a new
 * RegExp through its species constructor): 0.25 µs a call against 0.07 µs for a whole scan of a 100-character text
 * with exec, and classify runs some forty of them per description. Same results, same order: it starts at
 * `re.lastIndex` as matchAll's copy does, steps past empty matches as matchAll does, and leaves `re.lastIndex` as it
 * found it, as matchAll (which only moves its copy) does.
 */
export function eachMatch(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError('eachMatch needs a global RegExp, as matchAll does');
  const from = re.lastIndex;
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  re.lastIndex = from;
  return out;
}

/** The spec's AdvanceStringIndex: one code unit, or a whole surrogate pair under the u or v flag. */
function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const lead = text.charCodeAt(at);
  const trail = text.charCodeAt(at + 1);
  return lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff ? at + 2 : at + 1;
}
