/**
 * Support-form autofill in the service worker: a fill exists only after the popup armed it, only for the provider's
 * registered form origin, is handed out once, expires, and only a support page of that origin can take it.
 */
import { describe, expect, it, vi } from 'vitest';
import { armFill, FILL_TTL_MS, takeFill } from '../../src/background/autofill.ts';
import type { BackgroundDeps } from '../../src/background/handlers.ts';
import { buildRouters } from '../../src/background/routers.ts';
import { authoriseSupport } from '../../src/background/senders.ts';
import type { Sender } from '../../src/messages/router.ts';
import { supportFormFor } from '../../src/providers/support-forms.ts';
import { Store } from '../../src/storage/store.ts';
import { MemoryArea } from '../helpers/memory-area.ts';

const SELF = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${SELF}/`;
const RUNWAY_FORM = 'https://help.runwayml.com/hc/en-us/requests/new';
const LUMA_FORM = 'https://lumaai-help.freshdesk.com/support/tickets/new';
const T0 = 1_750_000_000_000;
const text = { subject: 'Credit refund request — failed generation', body: 'Hello Runway Support,\n…', email: 'ana@example.com' };

const tab = (url: string, extra: Partial<Sender> = {}): Sender => ({ id: SELF, frameId: 0, url, tab: { id: 7, url }, ...extra });

function setup() {
  const area = new MemoryArea();
  const session = new Store(area);
  let now = T0;
  const deps: BackgroundDeps = {
    local: new Store(new MemoryArea()),
    session,
    now: () => now,
    setBadge: vi.fn(async () => {}),
    captureTab: vi.fn(async () => 'x'),
  };
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const routers = buildRouters(deps, SELF, ORIGIN);
  return { area, session, routers, warn, at: (t: number) => (now = t) };
}

describe('armFill / takeFill', () => {
  it('arms for the registry’s form origin and hands the text out once', async () => {
    const { session } = setup();
    const armed = await armFill(session, 'runway', text, T0);
    expect(armed).toEqual({ url: RUNWAY_FORM, expiresAt: T0 + FILL_TTL_MS });
    expect(await takeFill(session, 'https://lumaai-help.freshdesk.com', T0 + 1)).toBeNull();
    expect(await takeFill(session, 'https://help.runwayml.com', T0 + 1)).toEqual(text);
    expect(await takeFill(session, 'https://help.runwayml.com', T0 + 2)).toBeNull();
  });

  it('expires: a form opened after the time-out gets nothing, and the stale fill is removed', async () => {
    const { session, area } = setup();
    await armFill(session, 'runway', text, T0);
    expect(await takeFill(session, 'https://help.runwayml.com', T0 + FILL_TTL_MS)).toBeNull();
    expect((area.data.pendingFills as { data: object }).data).toEqual({});
  });

  it('a provider without a fillable form cannot be armed', async () => {
    const { session, area } = setup();
    await expect(armFill(session, 'sora', text, T0)).rejects.toThrow(/cannot fill a support form for sora/);
    expect(area.data.pendingFills).toBeUndefined();
  });

  it('arming again replaces the earlier draft for that form; other forms keep theirs', async () => {
    const { session } = setup();
    await armFill(session, 'runway', text, T0);
    await armFill(session, 'luma', { subject: 'L', body: 'luma body' }, T0);
    await armFill(session, 'runway', { ...text, subject: 'second' }, T0 + 10);
    expect((await takeFill(session, 'https://help.runwayml.com', T0 + 20))?.subject).toBe('second');
    expect(await takeFill(session, 'https://lumaai-help.freshdesk.com', T0 + 20)).toEqual({ subject: 'L', body: 'luma body' });
  });

  it('asking with nothing armed writes nothing', async () => {
    const { session, area } = setup();
    const set = vi.spyOn(area, 'set');
    expect(await takeFill(session, 'https://help.runwayml.com', T0)).toBeNull();
    expect(set).not.toHaveBeenCalled();
  });
});

describe('authoriseSupport', () => {
  const check = authoriseSupport(SELF);
  it('accepts the top frame of a registered form page, by its origin', () => {
    expect(check(tab(RUNWAY_FORM))).toEqual({ origin: 'https://help.runwayml.com' });
    expect(check(tab('https://help.runwayml.com/hc/de/requests/new?ticket_form_id=1'))).toEqual({ origin: 'https://help.runwayml.com' });
    expect(check(tab(LUMA_FORM, { origin: 'https://lumaai-help.freshdesk.com' }))).toEqual({ origin: 'https://lumaai-help.freshdesk.com' });
  });

  for (const [why, sender, reason] of [
    ['another extension', { ...tab(RUNWAY_FORM), id: 'ponmlkjihgfedcbaponmlkjihgfedcba' }, /not this extension/],
    ['an iframe', tab(RUNWAY_FORM, { frameId: 2 }), /top frame/],
    ['no tab', { id: SELF, frameId: 0, url: RUNWAY_FORM }, /not from a tab/],
    ['the help center outside the form', tab('https://help.runwayml.com/hc/en-us/articles/34266159290003'), /not a support-form page/],
    // Issue 17.8: the form is recognised by origin and path; a query naming the form path does not make a page one.
    [
      'another page whose query names the form',
      tab('https://help.runwayml.com/hc/en-us/articles/1?next=/hc/en-us/requests/new'),
      /not a support-form page/,
    ],
    ['a provider app page', tab('https://app.runwayml.com/video-tools/teams/demo/ai-tools/generate'), /not a support-form site/],
    ['a look-alike host', tab('https://help.runwayml.com.evil.example/hc/en-us/requests/new'), /not a support-form site/],
    ['plain http', tab('http://help.runwayml.com/hc/en-us/requests/new'), /not a support-form site/],
    ['a frame origin that disagrees with its URL', tab(RUNWAY_FORM, { origin: 'https://evil.example' }), /disagree/],
    ['no URL', { id: SELF, frameId: 0, tab: { id: 7 } }, /no sender URL/],
  ] as const) {
    it(`refuses ${why}`, () => expect(check(sender as Sender)).toMatch(reason));
  }
});

describe('through the service worker’s dispatch', () => {
  it('popup arms, the support page takes it once, the other provider’s form never sees it', async () => {
    const { routers } = setup();
    const popup: Sender = { id: SELF, url: `${ORIGIN}src/popup/index.html?tab=3` };
    expect(await routers.dispatch({ type: 'ui/autofill-arm', provider: 'runway', ...text }, popup)).toEqual({
      ok: true,
      data: { url: RUNWAY_FORM, expiresAt: T0 + FILL_TTL_MS },
    });
    expect(await routers.dispatch({ type: 'support/autofill-take' }, tab(LUMA_FORM))).toEqual({ ok: true, data: { fill: null } });
    expect(await routers.dispatch({ type: 'support/autofill-take' }, tab(RUNWAY_FORM))).toEqual({ ok: true, data: { fill: text } });
    expect(await routers.dispatch({ type: 'support/autofill-take' }, tab(RUNWAY_FORM))).toEqual({ ok: true, data: { fill: null } });
  });

  it('a web page cannot arm a fill, and a provider page cannot take one', async () => {
    const { routers, area } = setup();
    const fromPage = await routers.dispatch({ type: 'ui/autofill-arm', provider: 'runway', ...text }, tab(RUNWAY_FORM));
    expect(fromPage.ok).toBe(false);
    await routers.dispatch({ type: 'ui/autofill-arm', provider: 'runway', ...text }, { id: SELF, url: `${ORIGIN}src/popup/index.html` });
    const app = await routers.dispatch(
      { type: 'support/autofill-take' },
      tab('https://app.runwayml.com/video-tools/teams/demo/ai-tools/generate'),
    );
    expect(app).toEqual({ ok: false, error: expect.stringMatching(/^sender not allowed: not a support-form site/) });
    expect(Object.keys((area.data.pendingFills as { data: object }).data)).toEqual(['https://help.runwayml.com']);
  });

  it('malformed support messages are rejected, not thrown', async () => {
    const { routers } = setup();
    for (const msg of [{ type: 'support/autofill-take', extra: 1 }, { type: 'support/nope' }, { type: 'support/' }]) {
      const r = await routers.dispatch(msg, tab(RUNWAY_FORM));
      if (r.ok) expect((r.data as { fill: unknown }).fill).toBeNull();
      else expect(r.error).toMatch(/^invalid message: /);
    }
    expect((await routers.dispatch({ type: 'support/nope' }, tab(RUNWAY_FORM))).ok).toBe(false);
  });

  it('the registry gives Runway a Zendesk form and Luma a Freshdesk form, each with a source', () => {
    expect(supportFormFor('runway')).toMatchObject({ form: 'zendesk', url: RUNWAY_FORM, origin: 'https://help.runwayml.com' });
    expect(supportFormFor('luma')).toMatchObject({ form: 'freshdesk', url: LUMA_FORM });
    expect(supportFormFor('sora')).toBeUndefined();
  });
});

describe('support receiver fuzz', () => {
  it('3,000 random messages from random senders: never throws, never writes, never hands out a fill to the wrong page', async () => {
    const { Rng } = await import('../fuzz/prng.ts');
    const { junk } = await import('../fuzz/messages.ts');
    const { SENDERS } = await import('../fuzz/senders.ts');
    const rng = new Rng(0x5eed_f111);
    const { routers, area, session } = setup();
    await armFill(session, 'runway', text, T0);
    const armed = JSON.stringify(area.data);
    const set = vi.spyOn(area, 'set');
    const senders: Sender[] = [
      ...SENDERS.map((s) => ({ ...s.sender, id: SELF })),
      tab(LUMA_FORM),
      tab('https://help.runwayml.com/hc/en-us/articles/1'),
      tab(RUNWAY_FORM, { frameId: 1 }),
    ];
    for (let i = 0; i < 3000; i++) {
      const msg = rng.chance(0.5)
        ? { type: 'support/autofill-take', ...(rng.chance(0.5) ? { junk: junk(rng) } : {}) }
        : rng.chance(0.5)
          ? { type: `support/${((j) => (typeof j === 'string' ? j : typeof j))(junk(rng))}` }
          : junk(rng);
      const sender = rng.pick(senders);
      const reply = await routers.fromSupport(msg, sender);
      if (reply.ok) expect((reply.data as { fill: unknown }).fill, `message ${i}`).toBeNull();
      else expect(reply.error, `message ${i}`).toMatch(/^(invalid message|sender not allowed): \S/);
    }
    expect(set).not.toHaveBeenCalled();
    expect(JSON.stringify(area.data)).toBe(armed);
    // The real page still gets its fill afterwards.
    expect((await routers.fromSupport({ type: 'support/autofill-take' }, tab(RUNWAY_FORM))).ok).toBe(true);
  });
});
