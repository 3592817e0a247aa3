/** The pure parts of the evidence bundle: names, the entry list and the ticks, the draft's attachment line, case.json, the zip. */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { withAttachments } from '../../src/bundle/attachments.ts';
import { CASE_FORMAT, caseJson, foundAt } from '../../src/bundle/case-json.ts';
import { attachmentNames, bundleEntries, type EvidenceInput, includedEntries } from '../../src/bundle/entries.ts';
import { bundleName, clock, frameName, timecode, uniqueNames } from '../../src/bundle/names.ts';
import { zipFiles } from '../../src/bundle/zip.ts';
import { draftClaim } from '../../src/claims/draft.ts';
import { sora } from '../../src/providers/sora.ts';
import type { Generation } from '../../src/shared/generation.ts';

describe('names', () => {
  it('frame names carry the time: minutes, seconds to a tenth', () => {
    expect(frameName(3.2)).toBe('frame-00m03.2s.png');
    expect(frameName(0)).toBe('frame-00m00.0s.png');
    expect(timecode(65.25)).toBe('01m05.3s');
    expect(timecode(59.96)).toBe('01m00.0s');
    expect(timecode(600)).toBe('10m00.0s');
    expect(clock(3.2)).toBe('00:03.2');
  });

  it('duplicates get a counter before the extension', () => {
    expect(uniqueNames(['a.png', 'b.png', 'a.png', 'a.png', 'case'])).toEqual(['a.png', 'b.png', 'a-2.png', 'a-3.png', 'case']);
  });

  it('the zip name is safe for any file system', () => {
    expect(bundleName('sora', 'gen_01K2M3N4P5Q6R7S8T9V0W1X2Y3', new Date('2026-11-25T12:00:00Z'))).toBe(
      'ava-evidence-sora-s8t9v0w1x2y3-2026-11-25.zip',
    );
    expect(bundleName('veo', 'models/veo-3.0/operations/../../x', new Date('2026-11-25T00:00:00Z'))).toMatch(
      /^ava-evidence-veo-[a-z0-9._-]+-2026-11-25\.zip$/,
    );
  });
});

const A = 'sora:gen_a';
const B = 'sora:gen_b';
const ev = (id: string, kind: string, extra: Partial<EvidenceInput> = {}): EvidenceInput => ({
  id,
  generationKey: A,
  kind,
  mime: kind === 'frame' ? 'image/jpeg' : 'image/jpeg',
  capturedAt: 1000,
  ...extra,
});

describe('bundleEntries', () => {
  const records = [
    ev('f2', 'frame', { t: 4.5 }),
    ev('s2', 'screenshot', { capturedAt: 2000 }),
    ev('f1', 'frame', { t: 3.2 }),
    ev('s1', 'screenshot', { capturedAt: 1000 }),
    ev('fB', 'frame', { t: 3.2, generationKey: B }),
    ev('other', 'screenshot', { generationKey: 'sora:gen_not_in_ticket' }),
    ev('bad', 'frame', { t: Number.NaN }),
    ev('unknown', 'audio'),
  ];
  const entries = bundleEntries(records, [A, B]);

  it('lists screenshots by time, frames by generation then time, then the contact sheet, case.json and the draft', () => {
    expect(entries.map((e) => e.name)).toEqual([
      'screenshot-1.jpg',
      'screenshot-2.jpg',
      'frame-00m03.2s.png',
      'frame-00m04.5s.png',
      'frame-00m03.2s-2.png',
      'contact-sheet.png',
      'case.json',
      'draft.txt',
    ]);
    expect(entries.map((e) => e.evidenceId ?? e.key)).toEqual(['s1', 's2', 'f1', 'f2', 'fB', 'contact-sheet', 'case', 'draft']);
  });

  it('only the ticket’s generations, only readable frames, only known kinds', () => {
    const ids = entries.map((e) => e.key);
    for (const left of ['other', 'bad', 'unknown']) expect(ids).not.toContain(left);
  });

  it('no frames: no contact sheet', () => {
    expect(bundleEntries([ev('s1', 'screenshot')], [A]).map((e) => e.kind)).toEqual(['screenshot', 'case', 'draft']);
  });

  it('unticked items are left out; the contact sheet goes with the last frame; the draft names the rest', () => {
    const some = includedEntries(entries, new Set(['s2', 'f2']));
    expect(attachmentNames(some)).toEqual([
      'screenshot-1.jpg',
      'frame-00m03.2s.png',
      'frame-00m03.2s-2.png',
      'contact-sheet.png',
      'case.json',
    ]);
    const noFrames = includedEntries(entries, new Set(['f1', 'f2', 'fB']));
    expect(noFrames.map((e) => e.kind)).not.toContain('contact-sheet');
    expect(attachmentNames(includedEntries(entries, new Set(entries.map((e) => e.key))))).toEqual([]);
  });
});

describe('withAttachments', () => {
  const now = new Date('2026-11-25T12:00:00Z');
  const g: Generation = {
    provider: 'sora',
    id: 'gen_01k2m3n4p5q6r7s8t9v0w1x2y3',
    status: 'failed',
    failureKind: 'generation_error',
    source: 'network',
  };
  const body = draftClaim({
    provider: sora,
    generations: [g],
    modes: [],
    account: { name: 'Ana' },
    attachments: ['screenshot-1.jpg'],
    now,
  }).body;

  it('replaces the line in place, keeping everything else', () => {
    const next = withAttachments(body, ['frame-00m03.2s.png', 'case.json']);
    expect(next).toContain('Attached evidence: frame-00m03.2s.png, case.json.');
    expect(next).not.toContain('screenshot-1.jpg');
    expect(next.replace('Attached evidence: frame-00m03.2s.png, case.json.', 'Attached evidence: screenshot-1.jpg.')).toBe(body);
  });

  it('removes the line (and its blank line) when nothing is attached, and adds it back before the sign-off', () => {
    const none = withAttachments(body, []);
    expect(none).not.toContain('Attached evidence');
    expect(none).not.toMatch(/\n\n\n/);
    const back = withAttachments(none, ['case.json']);
    expect(back).toMatch(/Attached evidence: case\.json\.\n\nThank you,/);
  });

  it('a body without a sign-off gets the line at the end; the person’s edits elsewhere survive', () => {
    expect(withAttachments('My own words.', ['a.png'])).toBe('My own words.\n\nAttached evidence: a.png.');
    expect(withAttachments('My own words.', [])).toBe('My own words.');
  });
});

describe('caseJson', () => {
  const gen: Generation = {
    provider: 'sora',
    id: 'gen_01k2m3n4p5q6r7s8t9v0w1x2y3',
    status: 'failed',
    providerStatus: 'sora_error',
    failureKind: 'generation_error',
    providerCode: 'sora_error',
    message: 'Failed. Bearer abcdefghijklmnopqrstuvwxyz0123',
    prompt: 'A fox',
    videoUrl: 'https://ana:pw@videos.openai.com/v.mp4?sig=SECRET&se=1&name=clip#frag',
    source: 'network',
  };
  const files = includedEntries(
    bundleEntries(
      [
        ev('s1', 'screenshot', { generationKey: 'sora:gen_01k2m3n4p5q6r7s8t9v0w1x2y3' }),
        ev('f1', 'frame', { t: 3.2, generationKey: 'sora:gen_01k2m3n4p5q6r7s8t9v0w1x2y3' }),
      ],
      ['sora:gen_01k2m3n4p5q6r7s8t9v0w1x2y3'],
    ),
    new Set(),
  );
  const json = caseJson({
    avaVersion: '0.1.0',
    now: new Date('2026-11-25T12:00:00Z'),
    provider: { id: 'sora', name: 'OpenAI Sora 2' },
    generations: [gen],
    modes: [{ mode: 'color', term: 'Temporal Color Coherence Failure' }],
    description: 'it flickers',
    findings: [
      {
        generationId: gen.id,
        mode: 'color',
        term: 'Temporal Color Coherence Failure',
        confidence: 0.9,
        at: [3, 4],
        reasons: ['flicker'],
        evidence: [3.2],
      },
    ],
    files,
    idOfKey: (k) => k.split(':')[1],
    pageUrlOf: () => 'https://sora.chatgpt.com/library?token=abc&x=1#access_token=zzz',
  });
  const text = JSON.stringify(json);

  it('has the format, version, IDs, codes, modes, findings and a line per file', () => {
    expect(json.format).toBe(CASE_FORMAT);
    expect(json.avaVersion).toBe('0.1.0');
    expect(json.generations[0]).toMatchObject({
      id: gen.id,
      status: 'failed',
      providerStatus: 'sora_error',
      failureKind: 'generation_error',
      providerCode: 'sora_error',
    });
    expect(json.modes).toEqual([{ mode: 'color', term: 'Temporal Color Coherence Failure' }]);
    expect(json.findings[0]).toMatchObject({ mode: 'color', at: [3, 4], evidence: [3.2] });
    expect(json.files.map((f) => f.name)).toEqual([
      'screenshot-1.jpg',
      'frame-00m03.2s.png',
      'contact-sheet.png',
      'case.json',
      'draft.txt',
    ]);
    expect(json.files[1]).toMatchObject({ kind: 'frame', t: 3.2, generationId: gen.id });
  });

  it('URLs pass the scrubber: no credentials, signatures, tokens or fragments; secrets in text are redacted', () => {
    expect(json.generations[0]!.videoUrl).toBe('https://videos.openai.com/v.mp4?name=clip');
    expect(json.files[0]!.pageUrl).toBe('https://sora.chatgpt.com/library?x=1');
    for (const secret of ['pw@', 'SECRET', 'token=abc', 'zzz', 'frag', 'abcdefghijklmnopqrstuvwxyz0123'])
      expect(text).not.toContain(secret);
    expect(json.generations[0]!.message).toContain('[redacted]');
  });

  it('a frame is labelled with what was found at its moment', () => {
    expect(foundAt(json.findings, 3.2)).toEqual(['Temporal Color Coherence Failure']);
    expect(foundAt(json.findings, 9)).toEqual([]);
  });
});

describe('zipFiles', () => {
  it('round-trips names and bytes; images are stored, text is deflated', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const zip = zipFiles(
      [
        { name: 'frame-00m03.2s.png', data: png },
        { name: 'case.json', data: new TextEncoder().encode('{"a":1}'.repeat(100)) },
      ],
      new Date('2026-11-25T12:00:00Z'),
    );
    const out = unzipSync(zip);
    expect(Object.keys(out)).toEqual(['frame-00m03.2s.png', 'case.json']);
    expect([...out['frame-00m03.2s.png']!]).toEqual([...png]);
    expect(strFromU8(out['case.json']!)).toBe('{"a":1}'.repeat(100));
    expect(zip.byteLength).toBeLessThan(700 + png.byteLength);
  });

  it('refuses two files with one name instead of silently dropping one', () => {
    expect(() =>
      zipFiles(
        [
          { name: 'a', data: new Uint8Array(1) },
          { name: 'a', data: new Uint8Array(2) },
        ],
        new Date(),
      ),
    ).toThrow(/two files named a/);
  });
});
