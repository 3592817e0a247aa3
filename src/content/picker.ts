/**
 * The element picker: loaded into a provider page's content script only when the person chooses "Pick the failed
 * generation on the page" (a web-accessible module, with html2canvas, so the content scripts stay small). The card
 * under the pointer is outlined; a click or Enter picks it, Esc cancels, Tab / arrow keys move between cards. The
 * picked card is read (card-reader.ts) and drawn with html2canvas (just that card); the worker stores both.
 */
import html2canvas from 'html2canvas';
import type { ProviderCapture } from '../providers/types.ts';
import { t } from '../shared/i18n.ts';
import { allCards, cardAround, readCard } from './card-reader.ts';

const MAX_SIDE = 1600;
let active: (() => void) | undefined;

export function startPicker(provider: ProviderCapture, send: (msg: unknown) => void): void {
  active?.();
  const root = document.body;
  if (!root) return;
  const box = document.createElement('div');
  const bar = document.createElement('div');
  // Inline styles: the page's own CSS must not hide or restyle AVA's outline, and no stylesheet is injected.
  box.style.cssText =
    'position:fixed;z-index:2147483646;pointer-events:none;outline:3px solid #1d4ed8;outline-offset:2px;' +
    'background:rgba(29,78,216,.08);border-radius:6px;display:none';
  bar.style.cssText =
    'position:fixed;z-index:2147483647;left:50%;top:12px;transform:translateX(-50%);max-width:90vw;padding:8px 14px;' +
    'background:#111827;color:#fff;font:14px/1.4 system-ui,sans-serif;border-radius:8px;box-shadow:0 2px 8px rgba(0,0,0,.3)';
  bar.setAttribute('role', 'status');
  bar.setAttribute('data-ava-picker', '');
  bar.textContent = t('picker_hint');
  root.append(box, bar);

  let current: Element | undefined;
  let index = -1;
  let busy = false;
  const show = (el: Element | undefined) => {
    current = el;
    if (!el) return void (box.style.display = 'none');
    const r = el.getBoundingClientRect();
    Object.assign(box.style, { display: 'block', left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
  };
  const cards = () => allCards(root, provider, location.href);

  const onMove = (e: MouseEvent) => {
    if (busy || !(e.target instanceof Element) || bar.contains(e.target)) return;
    show(cardAround(e.target, provider, location.href, root));
  };
  const onClick = (e: MouseEvent) => {
    if (busy) return;
    e.preventDefault();
    e.stopPropagation();
    const el = e.target instanceof Element ? cardAround(e.target, provider, location.href, root) : undefined;
    if (el) void pick(el);
  };
  const onKey = (e: KeyboardEvent) => {
    if (busy) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      stop();
      return;
    }
    if (e.key === 'Enter' && current) {
      e.preventDefault();
      void pick(current);
      return;
    }
    const step =
      e.key === 'ArrowDown' || e.key === 'ArrowRight' || (e.key === 'Tab' && !e.shiftKey)
        ? 1
        : e.key === 'ArrowUp' || e.key === 'ArrowLeft' || e.key === 'Tab'
          ? -1
          : 0;
    if (!step) return;
    e.preventDefault();
    const list = cards();
    if (!list.length) return void (bar.textContent = t('picker_no_cards'));
    index = (index + step + list.length) % list.length;
    list[index]!.scrollIntoView({ block: 'nearest' });
    show(list[index]);
  };

  // Capture phase, so the page's own handlers do not act on the clicks and keys meant for the picker.
  document.addEventListener('mousemove', onMove, true);
  document.addEventListener('click', onClick, true);
  document.addEventListener('keydown', onKey, true);
  const stop = () => {
    document.removeEventListener('mousemove', onMove, true);
    document.removeEventListener('click', onClick, true);
    document.removeEventListener('keydown', onKey, true);
    box.remove();
    bar.remove();
    active = undefined;
  };
  active = stop;

  async function pick(card: Element): Promise<void> {
    const reading = readCard(card, provider, location.href);
    if (!reading.ok) {
      bar.textContent = t(reading.reason === 'several-ids' ? 'picker_several_ids' : 'picker_no_id');
      return;
    }
    busy = true;
    bar.textContent = t('picker_drawing');
    box.style.display = 'none';
    let picture: Awaited<ReturnType<typeof drawCard>> | undefined;
    try {
      picture = await drawCard(card, [box, bar]);
    } catch (err) {
      // No picture is still a claim: the ID and the card's words are what the provider needs most.
      console.warn('[AVA] card picture failed', err);
    }
    send({ type: 'content/picked', provider: provider.id, generation: reading.generation, ...(picture ? { card: picture } : {}) });
    bar.textContent = t('picker_done', reading.generation.id);
    setTimeout(stop, 2500);
  }
}

/** Cross-origin images would taint the canvas; html2canvas leaves them out (no CORS, no taint), and we count them. */
function crossOriginImages(card: Element): number {
  return Array.from(card.querySelectorAll('img, video[poster]')).filter((el) => {
    const src = el instanceof HTMLImageElement ? el.currentSrc || el.src : (el.getAttribute('poster') ?? '');
    if (!src || /^(data|blob):/.test(src)) return false;
    try {
      return new URL(src, location.href).origin !== location.origin;
    } catch {
      return false;
    }
  }).length;
}

/** Just the card, as a PNG; when images were left out, a line under the picture says so. */
async function drawCard(card: Element, ours: Element[]) {
  const omittedImages = crossOriginImages(card);
  const r = card.getBoundingClientRect();
  const scale = Math.min(window.devicePixelRatio || 1, 2, MAX_SIDE / Math.max(r.width, r.height, 1));
  const canvas = await html2canvas(card as HTMLElement, {
    useCORS: false,
    allowTaint: false,
    logging: false,
    scale,
    ignoreElements: (el) => ours.includes(el),
  });
  let out = canvas;
  if (omittedImages > 0) {
    const strip = 28;
    out = document.createElement('canvas');
    out.width = canvas.width;
    out.height = canvas.height + strip;
    const g = out.getContext('2d')!;
    g.fillStyle = '#fff7d6';
    g.fillRect(0, canvas.height, out.width, strip);
    g.drawImage(canvas, 0, 0);
    g.fillStyle = '#3b2f00';
    g.font = '14px system-ui, sans-serif';
    g.fillText(t('card_caption_omitted', omittedImages), 8, canvas.height + 19, out.width - 16);
  }
  return { dataUrl: out.toDataURL('image/png'), width: out.width, height: out.height, omittedImages };
}
