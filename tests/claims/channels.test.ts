import { describe, expect, it } from 'vitest';
import { gmailLink, mailtoLink, markdownText, outlookLink, plainText, URL_BUDGET } from '../../src/claims/channels.ts';
import { draftClaim, type Draft } from '../../src/claims/draft.ts';
import { runway } from '../../src/providers/runway.ts';
import { sora } from '../../src/providers/sora.ts';
import type { Generation } from '../../src/shared/generation.ts';

const now = new Date('2026-11-25T12:00:00Z');
const account = { email: 'ana@example.com', last4: '4242', name: 'Ana' };
const hostile: Generation = {
  provider: 'sora',
  id: 'gen_01k2m3n4p5q6r7s8t9v0w1x2y3',
  // A completed video the person flagged: its draft quotes the prompt and their words, where page text can hide markup.
  status: 'succeeded',
  providerCode: 'sora_error',
  prompt: 'A **bold** [click](javascript:alert(1)) sign & `code` | pipe ~~strike~~ _under_ <img src=x onerror=alert(1)>',
  source: 'network',
};
const soraDraft = draftClaim({
  provider: sora,
  generations: [hostile],
  modes: ['text'],
  description: '# not a heading\n> not a quote',
  account,
  attachments: ['screenshot-1.jpg'],
  now,
});

/** What a CommonMark renderer would still interpret: inline markup characters that are not backslash-escaped. */
const unescaped = (md: string, chars: string) => {
  const found: string[] = [];
  for (let i = 0; i < md.length; i++) {
    const c = md[i]!;
    if (!chars.includes(c)) continue;
    let slashes = 0;
    for (let j = i - 1; j >= 0 && md[j] === '\\'; j--) slashes++;
    if (slashes % 2 === 0) found.push(`${c}@${i}`);
  }
  return found;
};

describe('markdownText', () => {
  const md = markdownText(soraDraft);
  const lines = md.split('\n');

  it('starts with the subject (and the address when there is one) as bold labels', () => {
    expect(lines[0]).toBe('**Subject:** Sora 2 goodwill credit request — defective video — gen\\_01k2m3n4p5q6r7s8t9v0w1x2y3');
    const withTo = markdownText({ to: 'support@runwayml.com', subject: 'S', body: 'B' });
    expect(withTo.split('\n').slice(0, 2)).toEqual(['**To:** support@runwayml.com\\', '**Subject:** S']);
  });

  it('keeps every word of the body', () => {
    const words = (s: string) =>
      s
        .replace(/[\\`*]/g, '')
        .split(/\s+/)
        .filter(Boolean);
    const mdWords = new Set(words(md));
    for (const w of words(soraDraft.body)) expect(mdWords.has(w), w).toBe(true);
  });

  it('page text stays literal: links, images, HTML, emphasis and code in a prompt are all escaped', () => {
    // Outside the Generation ID code span and the two bold labels, no markup character is left unescaped.
    const body = md
      .split('\n')
      .slice(2)
      .join('\n')
      .replace(/^Generation ID: `[^`]+`/m, 'ID');
    expect(unescaped(body, '[]<>*_`|~&')).toEqual([]);
    expect(md).toContain('\\[click\\](javascript:alert(1))');
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
  });

  it('lines that would start a heading or a quote are escaped, line breaks kept as hard breaks', () => {
    expect(md).toContain('\\> not a quote”');
    expect(markdownText({ subject: 's', body: '# h\n1. one\n---\n+ plus' })).toContain('\\# h\\\n1\\. one\\\n\\---\\\n\\+ plus');
    // Two lines of one paragraph ("Account email" then the card digits) stay two lines.
    expect(md).toContain('Account email: ana@example.com\\\nPayment card ending in: 4242');
  });

  it('the Generation ID is a code span, its details escaped after it', () => {
    expect(lines.some((l) => l.startsWith('Generation ID: `gen_01k2m3n4p5q6r7s8t9v0w1x2y3` (status succeeded, code sora\\_error)'))).toBe(
      true,
    );
    const several = markdownText({ subject: 's', body: 'Generation IDs:\n- gen_a: status failed\n- gen_b: code x_y' });
    expect(several).toContain('- `gen_a`: status failed\n- `gen_b`: code x\\_y');
  });

  it('a list item whose first word contains a backtick is escaped, not a broken code span', () => {
    expect(markdownText({ subject: 's', body: '- a`b: c' })).toContain('- a\\`b: c');
  });

  it('blank lines separate paragraphs and are not doubled', () => {
    expect(md).not.toMatch(/\n\n\n/);
    expect(md.endsWith('\n')).toBe(true);
  });
});

describe('compose links: mapping of every field', () => {
  const d: Draft = { to: 'support+web@lumalabs.ai', subject: 'Refund & “credits” #1?', body: 'Line 1\nLine 2 & 100% = done?' };

  for (const [name, link, param] of [
    ['gmail', gmailLink, { to: 'to', subject: 'su', body: 'body' }],
    ['outlook', outlookLink, { to: 'to', subject: 'subject', body: 'body' }],
  ] as const) {
    it(`${name}: to, subject and body survive special characters`, () => {
      const u = new URL(link(d).href);
      expect(u.searchParams.get(param.to)).toBe(d.to);
      expect(u.searchParams.get(param.subject)).toBe(d.subject);
      expect(u.searchParams.get(param.body)).toBe(d.body);
    });
  }

  it('mailto: the address keeps its @ and + is encoded, so mail apps do not read it as a space', () => {
    const { href } = mailtoLink(d);
    expect(href.startsWith('mailto:support%2Bweb@lumalabs.ai?subject=')).toBe(true);
    const q = new URLSearchParams(href.split('?')[1]!.replace(/\+/g, '%2B'));
    expect(q.get('subject')).toBe(d.subject);
    expect(q.get('body')).toBe(d.body);
  });

  it('no documented address: the links open an empty To field, never a guessed one', () => {
    const noTo: Draft = { subject: 's', body: 'b' };
    expect(new URL(gmailLink(noTo).href).searchParams.get('to')).toBe('');
    expect(new URL(outlookLink(noTo).href).searchParams.get('to')).toBe('');
    expect(mailtoLink(noTo).href.startsWith('mailto:?subject=')).toBe(true);
  });

  it('plain text carries the address only when there is one', () => {
    expect(plainText(d).startsWith('To: support+web@lumalabs.ai\nSubject: ')).toBe(true);
    expect(plainText({ subject: 's', body: 'b' })).toBe('Subject: s\n\nb\n');
  });
});

describe('length budgets', () => {
  const base = draftClaim({
    provider: runway,
    generations: [
      {
        provider: 'runway',
        id: '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
        status: 'failed',
        failureKind: 'generation_error',
        source: 'network',
      },
    ],
    modes: [],
    account,
    now,
  });

  it('a draft exactly at the budget is not shortened; one character more is', () => {
    // Grow an ASCII body until the Gmail URL is exactly at the budget (ASCII letters encode to one character each).
    const head = gmailLink({ ...base, body: '' }).href.length;
    const fits = { ...base, body: 'a'.repeat(URL_BUDGET - head) };
    expect(gmailLink(fits)).toEqual({ href: expect.any(String), shortened: false });
    expect(gmailLink(fits).href.length).toBe(URL_BUDGET);
    const over = gmailLink({ ...base, body: `${fits.body}a` });
    expect(over.shortened).toBe(true);
    expect(over.href.length).toBeLessThanOrEqual(URL_BUDGET);
  });

  it('multi-byte text (each character encodes to 6-9 URL characters) is cut on a character, never mid-escape', () => {
    const long = { ...base, body: `${base.body}\n${'日本語のテキスト😀 '.repeat(300)}` };
    for (const link of [gmailLink(long), outlookLink(long), mailtoLink(long)]) {
      expect(link.href.length).toBeLessThanOrEqual(URL_BUDGET);
      expect(() => decodeURIComponent(link.href)).not.toThrow();
      // The kept part is the start of the real body, then the note.
      const body = link.href.startsWith('mailto:')
        ? decodeURIComponent(link.href.split('&body=')[1]!)
        : new URL(link.href).searchParams.get('body')!;
      const kept = body.split('\n\n[Shortened')[0]!;
      expect(long.body.startsWith(kept)).toBe(true);
      expect(kept.length).toBeGreaterThan(base.body.length);
    }
  });

  it('a long subject still leaves a link within the budget', () => {
    const d = { ...base, subject: 'S'.repeat(500), body: 'x'.repeat(3000) };
    for (const link of [gmailLink(d), outlookLink(d), mailtoLink(d)]) expect(link.href.length).toBeLessThanOrEqual(URL_BUDGET);
  });
});
