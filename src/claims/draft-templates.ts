import { clock } from '../analysis/detectors/types.ts';
import { qualityMode } from '../modes/index.ts';
import type { Generation } from '../shared/generation.ts';
import type { DraftCase } from './draft.ts';
import { askFor, citation, costOf, day, quote } from './draft-parts.ts';
import { termFor } from './terms.ts';
import { effectiveKind } from './triage.ts';

/**
 * One template per situation: what happened in a sentence or two, the provider's own article where it supports the
 * ask, and the ask. Paragraphs of lines; draft.ts adds the greeting, account, IDs, attachments and sign-off. Every
 * sentence is written once, in the person's voice; page text (messages, prompts, their words) only ever in quotes.
 */
export type Paragraphs = string[][];

const on = (g: Generation) => (day(g.createdAt) ? ` on ${day(g.createdAt)}` : '');
/**
 * The provider's own error code, named once in the sentence: not a status ("failed with the error progress 15"), not a
 * bare "error", and not when the page's message quoted next already says it ("blocked (Image denied)" then “Image
 * denied”). The ID block below still lists the status and the code verbatim.
 */
function code(g: Generation): string | undefined {
  const c = g.providerCode?.trim();
  if (!c || /^(error|failed|failure)$/i.test(c)) return undefined;
  const esc = c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return g.message && new RegExp(`(^|[^\\p{L}\\p{N}_])${esc}($|[^\\p{L}\\p{N}_])`, 'iu').test(g.message) ? undefined : c;
}
/** A message that ends its own sentence ("Internal error encountered.") takes no second full stop after the quote. */
const said = (g: Generation) => {
  if (!g.message) return [];
  const q = quote(g.message, 300);
  return [`The page said ${q}${/[.!?…。！？]”$/.test(q) ? '' : '.'}`];
};

/** What happened to one failed generation, with the provider's own status or code verbatim. */
function failureSentence(c: DraftCase, g: Generation): string {
  const kind = effectiveKind(g, c.provider, c.now);
  if (kind === 'truncated_output') return `My generation${on(g)} delivered a video that is cut off, shorter than I asked for.`;
  if (kind === 'blank_output') return `My generation${on(g)} delivered a blank or frozen video.`;
  if (kind === 'generation_error') {
    return `My generation${on(g)} failed${code(g) ? ` with the error ${code(g)}` : ''} and delivered no video.`;
  }
  // No kind: a status the person's page showed but nobody has mapped; quote it raw so support can look it up.
  const raw = g.providerStatus ?? g.status;
  const codeNote = g.providerCode ? ` (code ${g.providerCode})` : '';
  return `My generation${on(g)} ended with the status “${raw}”${codeNote} and no video I could use.`;
}

const citeAnd = (c: DraftCase, ask: string): Paragraphs => [[citation(c.provider), ask].filter((s): s is string => !!s)];

/** Hard failure not refunded: an error, a cut-off or blank video, or a status nobody could read. */
export function hardFailure(c: DraftCase): Paragraphs {
  const gens = c.generations;
  const what =
    gens.length === 1
      ? [failureSentence(c, gens[0]!), ...said(gens[0]!)]
      : [`${gens.length} of my generations failed and delivered no usable video; each is listed below with its status.`];
  return [what, ...citeAnd(c, askFor(c.provider, gens))];
}

/** Whole hours up to two days, then whole days: nobody writes "for 285 hours" (floored: it has been at least that). */
export function waited(hours: number): string {
  if (hours < 48) return `${hours} hour${hours === 1 ? '' : 's'}`;
  return `${Math.floor(hours / 24)} days`;
}

/** A job that never finished: how long it has sat in the provider's own status. */
export function stuck(c: DraftCase): Paragraphs {
  const gens = c.generations;
  const g = gens[0]!;
  const hours = g.createdAt ? Math.floor((c.now.getTime() - new Date(g.createdAt).getTime()) / 3_600_000) : undefined;
  const since = hours !== undefined && hours >= 1 ? ` for ${waited(hours)}` : '';
  const what =
    gens.length === 1
      ? // "the status": a bare code in quotes ("has shown “5”") reads like a number the page displayed, not its state.
        `My generation${on(g)} has shown the status “${g.providerStatus ?? g.status}”${since} and never finished.`
      : `${gens.length} of my generations never finished; each is listed below with its status.`;
  return [[what], [askFor(c.provider, gens)]];
}

/** Charged, no video: the charge the page showed, then the ask. */
export function chargedNoVideo(c: DraftCase): Paragraphs {
  const gens = c.generations;
  const cost = costOf(c.provider, gens);
  const what =
    gens.length === 1
      ? `I was charged${cost ? ` ${cost}` : ''} for my generation${on(gens[0]!)}, but no video was delivered.`
      : `I was charged${cost ? ` ${cost}` : ''} for ${gens.length} generations, but no video was delivered for any of them.`;
  return [[what], ...citeAnd(c, askFor(c.provider, gens))];
}

/** A moderation block the person believes is a mistake: the code, the prompt quoted, a review asked for. */
export function moderationBlock(c: DraftCase): Paragraphs {
  const gens = c.generations;
  const g = gens[0]!;
  const what =
    gens.length === 1
      ? `My generation${on(g)} was blocked${code(g) ? ` (${code(g)})` : ''}, and I believe the block was a mistake.`
      : `${gens.length} of my generations were blocked, and I believe the blocks were mistakes.`;
  const prompt = g.prompt ? [`My prompt was: ${quote(g.prompt, 600)}`] : [];
  return [[what, ...said(g)], prompt, [askFor(c.provider, gens, 'review')]];
}

/**
 * A completed video that is broken: each failure named with its one-line definition, the moments it shows, the
 * person's own words and what a frame-by-frame check found; the ask is for goodwill.
 */
export function brokenOutput(c: DraftCase): Paragraphs {
  const p = c.provider;
  const gens = c.generations;
  const g = gens[0]!;
  const lead =
    gens.length === 1
      ? `My generation${on(g)} completed, but the video is not usable`
      : `${gens.length} of my generations completed, but the videos are not usable`;
  const names = c.modes.map((m) => `- ${termFor(p, m)}: ${qualityMode(m).definition}`);
  const what = [`${lead}${names.length ? ':' : '.'}`, ...names];
  const marks = c.marks?.length
    ? [
        `It shows at ${[...c.marks]
          .sort((a, b) => a - b)
          .map((t) => clock(t))
          .join(', ')}.`,
      ]
    : [];
  const asked = g.prompt ? [`I asked for: ${quote(g.prompt, 300)}`] : [];
  const words = c.description?.trim() ? [`In my words: ${quote(c.description.trim(), 600)}`] : [];
  const found = c.findings?.length
    ? [
        'A frame-by-frame check found:',
        ...c.findings
          .slice(0, 6)
          .map((f) => `- ${termFor(p, f.mode)}, ${clock(f.at[0])}–${clock(f.at[1])}: ${f.reasons[0] ?? ''}`.trimEnd()),
      ]
    : [];
  return [what, [...marks, ...asked, ...words], found, [askFor(p, gens, 'goodwill')]];
}
