/** The registry fails loudly when a provider file is incomplete: fixtures, test URLs, support, sources, ID formats. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROVIDER_IDS, PROVIDERS, providerById } from '../../src/providers/index.ts';
import type { Source } from '../../src/shared/facts.ts';
import { GENERATION_STATUSES } from '../../src/shared/generation.ts';
import { FIXTURES, fixtureNames } from './helpers.ts';

/** Facts were first checked on this date; a re-check moves a fact's date forward, never before it. */
const CHECKED = '2026-11-25';

function expectSource(s: Source | undefined, what: string) {
  expect(s, what).toBeDefined();
  expect(s!.ref.trim().length, `${what}: source ref`).toBeGreaterThan(5);
  expect(['H', 'M', 'L'], `${what}: confidence`).toContain(s!.confidence);
  expect(s!.checked, `${what}: checked date`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(s!.checked >= CHECKED && s!.checked <= new Date().toISOString().slice(0, 10), `${what}: checked date ${s!.checked}`).toBe(true);
}

describe('provider registry', () => {
  it('holds every major provider, once each', () => {
    expect(PROVIDER_IDS).toEqual(
      expect.arrayContaining(['sora', 'runway', 'veo', 'luma', 'kling', 'hailuo', 'pika', 'pixverse', 'higgsfield']),
    );
    expect(PROVIDER_IDS).toEqual(expect.arrayContaining(['dreamina', 'midjourney', 'grok', 'firefly', 'heygen']));
    expect(new Set(PROVIDER_IDS).size).toBe(PROVIDER_IDS.length);
    for (const id of PROVIDER_IDS) expect(providerById(id)?.id).toBe(id);
  });

  describe.each(PROVIDERS.map((p) => [p.id, p] as const))('%s', (id, p) => {
    it('has a fixture directory with at least 2 files', () => {
      expect(existsSync(join(FIXTURES, id)), `tests/fixtures/${id}/`).toBe(true);
      expect(fixtureNames(id).length).toBeGreaterThanOrEqual(2);
    });

    it('has test URLs, hosts, matches and API URL patterns', () => {
      expect(p.testUrls.length).toBeGreaterThan(0);
      expect(p.hosts.length).toBeGreaterThan(0);
      expect(p.matches.length).toBeGreaterThan(0);
      expect(p.apiUrls.length).toBeGreaterThan(0);
    });

    it('has a sourced support channel or an explicit "none documented"', () => {
      expect(p.support.channels.length > 0 || !!p.support.noneDocumented?.trim()).toBe(true);
      for (const c of p.support.channels) {
        expectSource(c.source, `${id} support ${c.label}`);
        if (c.kind === 'email') expect(c.value).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
        else expect(c.value).toMatch(/^https:\/\//);
      }
    });

    it('has sources on every policy fact, the ticket format and the stuck threshold', () => {
      for (const [k, f] of Object.entries(p.policy)) {
        expectSource(f.source, `${id} policy.${k}`);
        // Policy texts, yes/no facts, and durations (refundWithinMinutes, followUpBusinessDays) as positive numbers.
        const v: unknown = 'value' in f ? f.value : f.says;
        expect(
          v === true || v === false || (typeof v === 'string' && v.length > 0) || (typeof v === 'number' && Number.isFinite(v) && v > 0),
          `${id} policy.${k}`,
        ).toBe(true);
      }
      expectSource(p.ticket.source, `${id} ticket`);
      expectSource(p.stuckAfterMinutes.source, `${id} stuckAfterMinutes`);
      for (const ev of p.lifecycle.events) expectSource(ev.source, `${id} lifecycle ${ev.label}`);
      for (const [k, t] of Object.entries(p.terms)) expectSource(t?.source, `${id} term ${k}`);
    });

    it('has sourced ID formats whose examples match', () => {
      expect(p.idFormats.length).toBeGreaterThan(0);
      for (const f of p.idFormats) {
        expectSource(f.source, `${id} idFormat ${f.label}`);
        expect(f.example).toMatch(f.pattern);
      }
    });

    it('has ticket subjects and what a ticket must include', () => {
      for (const s of Object.values(p.ticket.subjects)) expect(s.trim().length).toBeGreaterThan(5);
      // One subject per situation: Sora's said "failed generations" for a broken video and a moderation block too.
      expect(new Set(Object.values(p.ticket.subjects)).size, `${id}: four different subjects`).toBe(4);
      expect(p.ticket.subjects.quality, `${id}: a broken video is no failed generation`).not.toMatch(/\bfailed\b/i);
      expect(p.ticket.mustInclude.length).toBeGreaterThan(0);
      expect(p.ticket.accountFields.length).toBeGreaterThan(0);
    });

    it('is active or discontinued, with dated events', () => {
      expect(['active', 'discontinued']).toContain(p.lifecycle.status);
      for (const ev of p.lifecycle.events) expect(ev.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(GENERATION_STATUSES.length).toBeGreaterThan(0);
    });
  });
});
