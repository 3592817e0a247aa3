/**
 * Builders of a RegExp from a list of word alternatives. The classifier's patterns are long lists of words and
 * phrases, one line a language, joined with '|' and wrapped in one of a few ways: bare, as whole words, or as the whole
 * string. Each module used to join and wrap its lists by hand, the same few lines written out some sixty times; these
 * say the shape by name instead. The source built is exactly the hand-written one: `anyOf(parts, 'g')` is
 * `new RegExp(parts.join('|'), 'g')`. A pattern with a prefix or a suffix of its own around the group ("^\s+" before
 * it, an article after it) keeps it written out where it is: that context is part of what it says.
 */

/** Any of the alternatives, as they are: `a|b|c`. Each part is a regex source and may hold '|' itself. */
export function anyOf(parts: readonly string[], flags?: string): RegExp {
  return new RegExp(parts.join('|'), flags);
}

/** Any of the alternatives as a whole word, bounded on both sides: `\b(?:a|b|c)\b` ("hand" is not in "handle"). */
export function words(parts: readonly string[], flags?: string): RegExp {
  return new RegExp(String.raw`\b(?:${parts.join('|')})\b`, flags);
}

/** The whole string is one of the alternatives: `^(?:a|b|c)$`. */
export function whole(parts: readonly string[], flags?: string): RegExp {
  return new RegExp(`^(?:${parts.join('|')})$`, flags);
}
