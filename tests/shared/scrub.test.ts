import { describe, expect, it } from 'vitest';
import { scrubText, scrubUrl, signedMediaUrl } from '../../src/shared/scrub.ts';

describe('scrubUrl', () => {
  it('drops credentials, fragments and secret parameters, keeps the rest', () => {
    expect(scrubUrl('https://user:pw@videos.openai.com/v/a.mp4?se=2026&sig=abc&sp=r&quality=hd#t=3')).toBe(
      'https://videos.openai.com/v/a.mp4?quality=hd',
    );
    expect(scrubUrl('https://x.cloudfront.net/a.mp4?Expires=1&Signature=zz&Key-Pair-Id=k&Policy=p')).toBe('https://x.cloudfront.net/a.mp4');
    expect(scrubUrl('https://storage.googleapis.com/b/o.mp4?X-Goog-Signature=aa&X-Goog-Credential=cc&alt=media')).toBe(
      'https://storage.googleapis.com/b/o.mp4?alt=media',
    );
  });
  it('rejects non-web schemes and garbage', () => {
    expect(scrubUrl('javascript:alert(1)')).toBeUndefined();
    expect(scrubUrl('data:text/html,<b>x</b>')).toBeUndefined();
    expect(scrubUrl('not a url')).toBeUndefined();
    expect(scrubUrl(undefined)).toBeUndefined();
  });
});

describe('scrubText', () => {
  it('redacts tokens and keys that leak into messages', () => {
    const out = scrubText('failed: Authorization Bearer abcdefghijklmnopqrstuvwxyz012345 key sk-proj-ABCDEFGHIJKLMNOPQRSTUV')!;
    expect(out).not.toMatch(/abcdefghijklmnop|ABCDEFGHIJKLMNOP/);
    expect(out).toContain('[redacted]');
  });
  it('keeps HTML as inert text, strips controls and bidi overrides, caps length', () => {
    expect(scrubText('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
    expect(scrubText('a\u202Eb\u0000c')).toBe('abc');
    expect(scrubText('x'.repeat(50), 10)).toHaveLength(10);
    expect(scrubText({})).toBeUndefined();
    expect(scrubText('   ')).toBeUndefined();
  });
});

describe('signedMediaUrl', () => {
  it('keeps the signature of an https media link but drops userinfo and fragment', () => {
    expect(signedMediaUrl('https://u:p@videos.openai.com/v.mp4?sig=abc&se=1#t=3')).toBe('https://videos.openai.com/v.mp4?sig=abc&se=1');
  });
  it('gives nothing when there is nothing secret to keep, or the link is not https', () => {
    expect(signedMediaUrl('https://cdn.example/v.mp4?w=720')).toBeUndefined();
    expect(signedMediaUrl('http://videos.openai.com/v.mp4?sig=abc')).toBeUndefined();
    expect(signedMediaUrl('javascript:alert(1)//?sig=1')).toBeUndefined();
    expect(signedMediaUrl('not a url')).toBeUndefined();
  });
});
