/**
 * The draft names its attachments in one line ("Attached evidence: a, b."); when the person changes what the bundle
 * holds, that line follows, wherever the person moved it, without touching the rest of their edits. Pure.
 */
const PREFIX = 'Attached evidence:';

export function withAttachments(body: string, names: readonly string[]): string {
  const lines = body.split('\n');
  const line = names.length ? `${PREFIX} ${names.join(', ')}.` : undefined;
  const at = lines.findIndex((l) => l.startsWith(PREFIX));
  if (at >= 0) {
    if (line) lines[at] = line;
    else {
      // Drop the line and the blank line after it, so no double gap is left.
      lines.splice(at, lines[at + 1] === '' ? 2 : 1);
    }
    return lines.join('\n');
  }
  if (!line) return body;
  // No line yet: before the sign-off if there is one, else at the end.
  const thanks = lines.findIndex((l) => /^(thank you|thanks|best|regards)\b/i.test(l.trim()));
  if (thanks >= 0) {
    lines.splice(thanks, 0, line, '');
    return lines.join('\n');
  }
  return `${body.trimEnd()}\n\n${line}`;
}
