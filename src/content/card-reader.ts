/**
 * What a card the person picked on a provider's page says: its Generation ID and its visible failure text. The
 * provider file's DOM reader first (it knows the markup), then the provider's ID formats in the card's attributes,
 * links and text. Pure over a DOM subtree: no chrome APIs, runs in happy-dom in the tests.
 */
import { formatsOf, readGenerationId } from '../claims/manual-claim.ts';
import type { ProviderCapture } from '../providers/types.ts';
import type { Generation } from '../shared/generation.ts';

export type CardReading =
  | { ok: true; generation: Generation; via: 'provider' | 'attribute' | 'link' | 'text' }
  | { ok: false; reason: 'no-id' | 'several-ids'; ids: string[] };

// Words failure banners use; English only for now, like the providers' own web apps AVA reads.
const FAILURE = /\b(fail(ed|ure)?|error|went wrong|could ?n[o']t|unable|timed? ?out|stuck|refund(ed)?|not (be )?generated)\b/i;
const BLOCKED = /\b(moderat(ed|ion)|content polic(y|ies)|violat(es|ed|ion)|blocked|nsfw|sensitive|guidelines|not allowed)\b/i;
const MAX_MESSAGE = 300;
const MAX_NODES = 2000;

const tokens = (text: string) =>
  text
    .split(/[\s,;()[\]{}"'<>|]+/)
    .map((s) => s.replace(/^[#:]+|[.:!?]+$/g, ''))
    .filter((s) => s.length >= 4 && s.length <= 200);

function elements(card: Element): Element[] {
  return [card, ...Array.from(card.querySelectorAll('*')).slice(0, MAX_NODES)];
}

/** Distinct IDs found in one kind of place, in document order. */
function idsIn(provider: ProviderCapture, card: Element, where: 'attribute' | 'link' | 'text'): string[] {
  const found: string[] = [];
  for (const el of elements(card)) {
    if (where === 'attribute') {
      // Attributes named for an id first (data-id, data-task-id, id): timestamps in other attributes look numeric too.
      for (const a of Array.from(el.attributes))
        if (/id\b|id$/i.test(a.name) && formatsOf(provider, a.value.trim()).length) found.push(a.value.trim());
    } else if (where === 'link') {
      const href = el.getAttribute('href');
      if (href) {
        const r = readGenerationId(provider, absolute(href, el));
        if (r.ok) found.push(r.id);
      }
    }
  }
  if (where === 'text') for (const tk of tokens(textOf(card))) if (formatsOf(provider, tk).length) found.push(tk);
  return [...new Set(found)];
}

/** The card's text with its text nodes apart ("Oops" and an ID in the next element are two words, not one). */
function textOf(card: Element): string {
  const parts: string[] = [];
  const walk = card.ownerDocument.createTreeWalker(card, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walk.nextNode(); n && parts.length < MAX_NODES; n = walk.nextNode()) parts.push(n.textContent ?? '');
  return parts.join(' ');
}

function absolute(href: string, el: Element): string {
  try {
    return new URL(href, el.ownerDocument?.baseURI ?? 'https://invalid.test/').href;
  } catch {
    return href;
  }
}

/** The shortest element text in the card that reads like a failure, as the page shows it (text only, trimmed). */
export function failureText(card: Element): string | undefined {
  const hits = elements(card)
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 0 && s.length <= 1000 && (FAILURE.test(s) || BLOCKED.test(s)));
  const best = hits.sort((a, b) => a.length - b.length)[0];
  return best?.slice(0, MAX_MESSAGE);
}

/** `withProvider` false: the ID formats only (cheap, for following the pointer); the pick itself uses both. */
export function readCard(card: Element, provider: ProviderCapture, pageUrl: string, withProvider = true): CardReading {
  const message = failureText(card);
  if (withProvider)
    try {
      // The provider's reader looks for its markup inside a root: give it a copy of the card inside one (the card may be
      // the link itself). The copy lives in a template's inert document, so its images load nothing.
      const holder = card.ownerDocument.createElement('template').content;
      holder.append(holder.ownerDocument.importNode(card, true));
      const known = provider.parseDom(holder, pageUrl).generations.filter((g) => g.provider === provider.id);
      if (known.length === 1)
        return { ok: true, generation: { ...known[0]!, message: known[0]!.message ?? message, source: 'picker' }, via: 'provider' };
    } catch {
      // The provider's reader does not know this markup: the ID formats below still may.
    }
  for (const where of ['attribute', 'link', 'text'] as const) {
    const ids = idsIn(provider, card, where);
    if (ids.length > 1) return { ok: false, reason: 'several-ids', ids: ids.slice(0, 5) };
    if (ids.length === 1) {
      const blocked = !!message && BLOCKED.test(message);
      // The person picked it as the failed generation; the card's own words say whether it was blocked.
      const generation: Generation = {
        provider: provider.id,
        id: ids[0]!,
        status: blocked ? 'blocked' : 'failed',
        ...(blocked ? { failureKind: 'moderation' as const } : {}),
        ...(message ? { message } : {}),
        source: 'picker',
      };
      return { ok: true, generation, via: where };
    }
  }
  return { ok: false, reason: 'no-id', ids: [] };
}

/**
 * The card around a pointed element: the nearest ancestor holding a Generation ID, widened while its parent still
 * holds that same one ID only (so the whole card is outlined, not the ID's own line).
 */
export function cardAround(el: Element, provider: ProviderCapture, pageUrl: string, stop: Element): Element | undefined {
  let node: Element | null = el;
  while (node && node !== stop && !readCard(node, provider, pageUrl, false).ok) node = node.parentElement;
  if (!node || node === stop) return undefined;
  const first = readCard(node, provider, pageUrl, false);
  const id = first.ok ? first.generation.id : undefined;
  while (node.parentElement && node.parentElement !== stop) {
    const up = readCard(node.parentElement, provider, pageUrl, false);
    if (!up.ok || up.generation.id !== id) break;
    node = node.parentElement;
  }
  return node;
}

/** Every card on the page, in document order, for moving between them with the keyboard. */
export function allCards(root: Element, provider: ProviderCapture, pageUrl: string): Element[] {
  const cards: Element[] = [];
  for (const el of Array.from(root.querySelectorAll('*')).slice(0, MAX_NODES)) {
    if (cards.some((c) => c.contains(el))) continue;
    const own = Array.from(el.attributes).some((a) => /id\b|id$/i.test(a.name) && formatsOf(provider, a.value.trim()).length > 0);
    const ownText = Array.from(el.childNodes).some(
      (n) => n.nodeType === 3 && tokens(n.textContent ?? '').some((tk) => formatsOf(provider, tk).length > 0),
    );
    if (!own && !ownText) continue;
    const card = cardAround(el, provider, pageUrl, root);
    if (card && !cards.includes(card)) cards.push(card);
  }
  return cards;
}
