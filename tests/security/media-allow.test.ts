/** Issue 17.3: where "Analyse video" may fetch from. */
import { describe, expect, it } from 'vitest';
import { checkMediaUrl, isPrivateHost } from '../../src/shared/media-allow.ts';

describe('media host checks', () => {
  it('private, loopback and link-local addresses and local names are private', () => {
    for (const h of [
      'localhost',
      'a.localhost',
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.0.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '[::1]',
      '[::]',
      '[fd00::1]',
      '[fe80::1]',
      '[::ffff:127.0.0.1]',
      '[::ffff:7f00:1]',
      'intranet',
      'printer.local',
    ]) {
      expect(isPrivateHost(new URL(`https://${h}/`).hostname), h).toBe(true);
    }
    for (const h of ['videos.openai.com', '8.8.8.8', '172.32.0.1', '[2001:db8::1]', 'media.ava.demo'])
      expect(isPrivateHost(new URL(`https://${h}/`).hostname), h).toBe(false);
  });

  it('only https, only allowed hosts (exact or *.suffix), never userinfo', () => {
    expect(checkMediaUrl('https://videos.openai.com/a.mp4', ['videos.openai.com'])).toEqual({ ok: true, host: 'videos.openai.com' });
    expect(checkMediaUrl('https://x.cdn.example/a.mp4', ['*.cdn.example'])).toEqual({ ok: true, host: 'x.cdn.example' });
    expect(checkMediaUrl('https://cdn.example.evil.test/a.mp4', ['*.cdn.example'])).toMatchObject({ ok: false, why: 'not_allowed' });
    expect(checkMediaUrl('http://videos.openai.com/a.mp4', ['videos.openai.com'])).toMatchObject({ ok: false, why: 'not_https' });
    expect(checkMediaUrl('https://127.0.0.1/a.mp4', ['127.0.0.1'])).toMatchObject({ ok: false, why: 'private' });
    expect(checkMediaUrl('https://u:p@videos.openai.com/a.mp4', ['videos.openai.com'])).toMatchObject({ ok: false, why: 'private' });
    expect(checkMediaUrl('not a url', ['x'])).toMatchObject({ ok: false, why: 'invalid' });
  });
});
