import { describe, expect, it } from 'vitest';
import { casesUiHandlers } from '../../src/background/cases.ts';
import { applyCaseEdit, diffCase, EMPTY_CASE } from '../../src/storage/case-edit.ts';
import { casesItem } from '../../src/storage/items.ts';
import { pageUrl, scrubUrl, scrubUrlsInText, signedMediaUrl } from '../../src/shared/scrub.ts';
import { dropOldQuarantine, Store } from '../../src/storage/store.ts';
import { MemoryArea } from '../helpers/memory-area.ts';

describe('the one scrubber knows common CDN token parameters (issue 12.4)', () => {
  const cases: [string, string][] = [
    ['auth_key=1700000000-0-0-abc', 'Aliyun/Tencent CDN'],
    ['hdnts=exp%3D1~acl%3D%2F*~hmac%3Dabc', 'Akamai'],
    ['__token__=exp%3D1~hmac%3Dabc', 'Akamai'],
    ['x-oss-signature=abc&x-oss-expires=1&OSSAccessKeyId=k', 'Alibaba OSS'],
    ['q-sign-algorithm=sha1&q-ak=k&q-sign-time=1%3B2&q-key-time=1%3B2&q-signature=abc', 'Tencent COS'],
    ['sign=abc&token=t', 'generic'],
    ['Expires=1&Signature=abc&Key-Pair-Id=K', 'CloudFront'],
    ['X-Amz-Signature=abc&X-Amz-Credential=c', 'S3'],
    ['x-tos-signature=abc&x-expires=1&x-signature=s', 'TOS / TikTok-style CDN'],
  ];
  for (const [q, what] of cases) {
    it(`${what}: stored without it, kept in the session-only signed copy`, () => {
      const raw = `https://cdn.example/v.mp4?${q}&w=720`;
      expect(scrubUrl(raw)).toBe('https://cdn.example/v.mp4?w=720');
      expect(signedMediaUrl(raw)).toBe(raw);
      expect(pageUrl(`https://u:p@cdn.example/v.mp4?${q}#frag`)).toBe(`https://cdn.example/v.mp4?${q}`);
    });
  }
  it('URLs inside free text (logs, "not recognised" details) are scrubbed too', () => {
    expect(scrubUrlsInText('unreadable JSON from https://api.example/x?token=SECRET&a=1 (42)')).toBe(
      'unreadable JSON from https://api.example/x?a=1 (42)',
    );
  });
});

describe('quarantine (issue 17.8)', () => {
  it('keeps unreadable values scrubbed and ages them out', async () => {
    const area = new MemoryArea();
    area.data.claims = { v: 2, data: 'https://x.example/a?token=SECRET' };
    const store = new Store(area, () => undefined);
    await store.read(casesItem); // nothing stored: no quarantine
    await store.read({ ...casesItem, key: 'claims', version: 2 });
    expect(JSON.stringify(area.data['corrupt:claims'])).not.toContain('SECRET');
    area.data['corrupt:old'] = { at: 1, problems: [], raw: 1 };
    const removed = await dropOldQuarantine({ getAll: async () => area.data, remove: (k) => area.remove(k) }, Date.now());
    expect(removed).toEqual(['corrupt:old']);
    expect(area.data['corrupt:claims']).toBeDefined();
  });
});

describe('one writer for cases (issue 17.7)', () => {
  it('concurrent edits from two popups and the worker’s suggestion all survive', async () => {
    const store = new Store(new MemoryArea());
    let now = 1;
    const h = casesUiHandlers({ local: store, now: () => now++ })['ui/case-edit'];
    const key = 'sora:gen_01k2m3n4p5q6r7s8t9v0w1x2y3';
    const seen = EMPTY_CASE; // both popups opened on the empty case
    const a = diffCase(seen, { ...seen, modes: ['anatomy'] });
    const b = diffCase(seen, { ...seen, description: 'six fingers' });
    // The worker stores an analysis suggestion at the same time, through the same serialised writer.
    const suggestion = store.update(casesItem, (all) => ({ ...all, [key]: applyCaseEdit(all[key], { addModes: ['color'] }, 0) }));
    await Promise.all([
      h({ type: 'ui/case-edit', generationKey: key, edit: a }, true),
      h({ type: 'ui/case-edit', generationKey: key, edit: b }, true),
      suggestion,
    ]);
    const c = (await store.read(casesItem))[key]!;
    expect([...c.modes].sort()).toEqual(['anatomy', 'color']);
    expect(c.description).toBe('six fingers');
    // Unticking in one popup removes only that mode.
    await h({ type: 'ui/case-edit', generationKey: key, edit: diffCase(c, { ...c, modes: ['color'] }) }, true);
    expect((await store.read(casesItem))[key]!.modes).toEqual(['color']);
  });
});
