import type { Draft } from './draft.ts';

/**
 * Compose URLs for the send buttons. Links longer than about 2,000 characters break in practice (mail clients and
 * Gmail truncate or refuse them), so the body is cut to fit and the person is told to paste the full text.
 */
export const URL_BUDGET = 1800;
const CUT_NOTE = '\n\n[Shortened to fit the link: the full text is on your clipboard; paste it here.]';

export interface ComposeLink {
  href: string;
  /** True when the body had to be shortened to fit the budget. */
  shortened: boolean;
}

/** The first n UTF-16 units, one fewer if n would split a surrogate pair (an emoji): a lone half cannot be encoded. */
const head = (s: string, n: number) => (/[\uD800-\uDBFF]/.test(s.charAt(n - 1)) ? s.slice(0, n - 1) : s.slice(0, n));

function fit(build: (body: string) => string, body: string): ComposeLink {
  const full = build(body);
  if (full.length <= URL_BUDGET) return { href: full, shortened: false };
  // Binary search on the body length: encoding makes the URL length non-linear in the body length.
  let lo = 0;
  let hi = body.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (build(head(body, mid) + CUT_NOTE).length <= URL_BUDGET) lo = mid;
    else hi = mid - 1;
  }
  return { href: build(head(body, lo).trimEnd() + CUT_NOTE), shortened: true };
}

const enc = encodeURIComponent;

export function gmailLink(d: Draft): ComposeLink {
  return fit((body) => `https://mail.google.com/mail/?view=cm&fs=1&to=${enc(d.to ?? '')}&su=${enc(d.subject)}&body=${enc(body)}`, d.body);
}

export function outlookLink(d: Draft): ComposeLink {
  return fit(
    (body) => `https://outlook.live.com/mail/0/deeplink/compose?to=${enc(d.to ?? '')}&subject=${enc(d.subject)}&body=${enc(body)}`,
    d.body,
  );
}

export function mailtoLink(d: Draft): ComposeLink {
  return fit((body) => `mailto:${d.to ? enc(d.to).replace(/%40/g, '@') : ''}?subject=${enc(d.subject)}&body=${enc(body)}`, d.body);
}

/** Plain text for the clipboard: what the person pastes into a help-center chat or form. */
export function plainText(d: Draft): string {
  return `${d.to ? `To: ${d.to}\n` : ''}Subject: ${d.subject}\n\n${d.body}\n`;
}

// CommonMark's inline syntax characters; escaped so a prompt or message quoted in the draft ("[x](javascript:...)",
// "<img ...>", "**") stays literal text wherever the Markdown is pasted and rendered.
const MD_INLINE = /[\\`*_[\]<>|~&]/g;
const mdEscape = (s: string) => s.replace(MD_INLINE, (c) => `\\${c}`);
// A line that would otherwise start a block (heading, quote, list, thematic break, numbered list, fenced code).
const mdLineStart = (s: string) =>
  s.replace(/^(\s*)([#>+=-]|\d+[.)])/, (_, sp: string, m: string) => `${sp}${m.replace(/([#>+=.)-])/, '\\$1')}`);

/** One draft line to Markdown: list items stay list items, Generation IDs are code, everything else is literal. */
function mdLine(line: string): string {
  const item = /^- (\S[^:\s]*):(.*)$/.exec(line);
  if (item && !item[1]!.includes('`')) return `- \`${item[1]}\`:${mdEscape(item[2]!)}`;
  const single = /^(Generation ID: )(\S+)(.*)$/.exec(line);
  if (single && !single[2]!.includes('`')) return `${single[1]}\`${single[2]}\`${mdEscape(single[3]!)}`;
  if (line.startsWith('- ')) return `- ${mdLineStart(mdEscape(line.slice(2)))}`;
  // Continuation lines under a list item ("  Prompt: ...") stay inside the item.
  const indent = /^ {2,}/.exec(line)?.[0];
  if (indent) return `  ${mdLineStart(mdEscape(line.slice(indent.length)))}`;
  return mdLineStart(mdEscape(line));
}

/**
 * The draft as Markdown for help centers, chats and forums that render it: the subject as a bold line, the body's
 * paragraphs and lists kept, line breaks inside a paragraph kept as hard breaks, and every character that Markdown
 * would interpret escaped, so nothing from the page becomes a link, an image or markup.
 */
export function markdownText(d: Draft): string {
  const head = [d.to ? `**To:** ${mdEscape(d.to)}` : undefined, `**Subject:** ${mdEscape(d.subject)}`].filter(Boolean).join('\\\n');
  const lines = d.body.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) {
      out.push('');
      return;
    }
    const md = mdLine(line);
    const next = lines[i + 1];
    // A single newline would join the two lines into one: keep the draft's line break as a hard break.
    const hardBreak = next !== undefined && next.trim() !== '' && !next.startsWith('- ');
    out.push(hardBreak ? `${md}\\` : md);
  });
  return `${head}\n\n${out.join('\n').trim()}\n`;
}
