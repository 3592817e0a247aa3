/**
 * The word budgets count the person's prose only: text in “quotes” (prompts, messages, their own words) and
 * Generation IDs do not count, since they are as long as the page made them.
 */
export function proseWords(body: string, ids: readonly string[]): number {
  let text = body.replace(/“[^”]*”/g, ' ');
  for (const id of ids) text = text.split(id).join(' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The sentences of the prose outside quotes and the ID block, for the "each sentence once" check. */
export function sentences(body: string): string[] {
  return body
    .replace(/“[^”]*”/g, 'Q')
    .split(/\n+|(?<=[.?!])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 12 && !s.startsWith('- '));
}
