// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { allCards, cardAround, failureText, readCard } from '../../src/content/card-reader.ts';
import { pika } from '../../src/providers/pika.ts';
import { kling } from '../../src/providers/kling.ts';

const A = '9c1e4b7a-2d3f-4a5b-8c6d-7e8f9a0b1c2d';
const B = '0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d';
const PAGE = 'https://pika.art/redesign';

function page(html: string): HTMLElement {
  document.body.innerHTML = html; // test markup written here, not page data
  return document.body;
}

describe('card reader', () => {
  it('reads the ID from text in markup the provider does not know, and the visible failure words', () => {
    const body = page(`<main><div class="tile" id="t1"><h3>A fox</h3><p>Generation failed. Credits not used.</p><small>ID ${A}</small></div>
      <div class="tile" id="t2"><p>Blocked by content moderation</p><small>ID ${B}</small></div></main>`);
    const r = readCard(body.querySelector('#t1')!, pika, PAGE);
    expect(r).toEqual({
      ok: true,
      via: 'text',
      generation: { provider: 'pika', id: A, status: 'failed', message: 'Generation failed. Credits not used.', source: 'picker' },
    });
    const b = readCard(body.querySelector('#t2')!, pika, PAGE);
    expect(b.ok && b.generation).toMatchObject({ id: B, status: 'blocked', failureKind: 'moderation' });
    // The whole list holds two generations: not one card.
    expect(readCard(body.querySelector('main')!, pika, PAGE)).toEqual({ ok: false, reason: 'several-ids', ids: [A, B] });
  });

  it('uses the provider file’s own DOM knowledge first (Pika’s /video/ links)', () => {
    const body = page(`<a href="/video/${A}" class="card"><span>Something went wrong</span></a>`);
    const r = readCard(body.querySelector('a')!, pika, PAGE);
    expect(r.ok && r.via).toBe('provider');
    expect(r.ok && r.generation).toMatchObject({ id: A, source: 'picker', message: 'Something went wrong' });
  });

  it('prefers an id attribute over numbers elsewhere (timestamps look like numeric IDs)', () => {
    const body = page('<div id="c" data-created="1733500000000" data-task-id="784261523409510467"><p>Failed</p></div>');
    const r = readCard(body.querySelector('#c')!, kling, 'https://app.klingai.com/x');
    expect(r.ok && r.generation.id).toBe('784261523409510467');
    expect(r.ok && r.via).toBe('attribute');
  });

  it('finds no ID where there is none; outlines the whole card around a pointed line; lists cards in order', () => {
    const body = page(
      `<section><div class="tile" id="t1"><p id="p1">Oops</p><small>${A}</small></div><div class="tile" id="t2"><small>${B}</small></div><div id="none">Nothing here</div></section>`,
    );
    expect(readCard(body.querySelector('#none')!, pika, PAGE)).toEqual({ ok: false, reason: 'no-id', ids: [] });
    expect(cardAround(body.querySelector('#p1')!, pika, PAGE, body)?.id).toBe('t1');
    expect(cardAround(body.querySelector('#none')!, pika, PAGE, body)).toBeUndefined();
    expect(allCards(body, pika, PAGE).map((c) => c.id)).toEqual(['t1', 't2']);
    expect(failureText(body.querySelector('#t2')!)).toBeUndefined();
  });
});
