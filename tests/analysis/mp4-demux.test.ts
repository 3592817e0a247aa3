/**
 * The MP4 demux glue (mp4box) on the committed clips, in Node: the same module the offscreen document feeds with
 * network chunks. Expected facts come from tests/fixtures/clips/manifest.json and scripts/make-clips.ts (320x180,
 * 24 fps, H.264), not from the demuxer itself.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demuxAll, DemuxError, Mp4Demuxer } from '../../src/analysis/mp4-demux.ts';

const clip = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/clips/${name}`));

describe('Mp4Demuxer', () => {
  it('reads the header facts and every sample of a clip, fed in network-sized pieces', () => {
    for (const size of [1 << 20, 4096, 333]) {
      const { facts, chunks } = demuxAll(clip('flicker.mp4'), size);
      expect(facts.codec).toMatch(/^avc1\.[0-9a-f]{6}$/);
      expect([facts.width, facts.height]).toEqual([320, 180]);
      expect(facts.fps).toBeCloseTo(24, 5);
      expect(facts.declaredS).toBeCloseTo(6, 3);
      expect(facts.samples).toBe(144);
      // avcC body without its box header: starts with configurationVersion 1.
      expect(facts.description?.[0]).toBe(1);
      expect(chunks).toHaveLength(144);
      expect(chunks[0]!.key).toBe(true);
      // Presentation times: one per frame, 1/24 s apart once sorted (B-frames arrive out of order).
      const times = chunks.map((c) => c.timestampUs).sort((a, b) => a - b);
      const steps = new Set(times.slice(1).map((t, i) => Math.round((t - times[i]!) / 1000)));
      expect([...steps]).toEqual([42]);
      expect(chunks.every((c) => c.data.length > 0 && c.durationUs === 41667)).toBe(true);
    }
  });

  it('a shorter clip declares its own, shorter duration', () => {
    const { facts, chunks } = demuxAll(clip('truncated.mp4'));
    expect(facts.declaredS).toBeCloseTo(3, 3);
    expect(chunks).toHaveLength(72);
  });

  it('a download cut in the middle still yields its complete samples, fewer than the header declares', () => {
    const bytes = clip('flicker.mp4');
    const { facts, chunks } = demuxAll(bytes.subarray(0, bytes.length >> 1));
    expect(facts.samples).toBe(144);
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.length).toBeLessThan(144);
  });

  it('no header, no MP4, or nothing at all is a DemuxError with a reason, not a crash', () => {
    const cases: [Uint8Array, DemuxError['kind']][] = [
      [clip('flicker.mp4').subarray(0, 40), 'no-header'],
      [new Uint8Array(0), 'no-header'],
      [new TextEncoder().encode('<html>403 Forbidden</html>'.repeat(50)), 'not-mp4'],
      // A WebM (EBML) file: another format, for the <video> fallback.
      [new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42]), 'not-mp4'],
    ];
    for (const [bytes, kind] of cases) {
      let err: unknown;
      try {
        demuxAll(bytes);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(DemuxError);
      expect((err as DemuxError).kind).toBe(kind);
    }
  });

  it('hands chunks out as bytes arrive, not only at the end', () => {
    const bytes = clip('clean.mp4');
    let seen = 0;
    const d = new Mp4Demuxer({ track: () => undefined, chunks: (c) => (seen += c.length) });
    d.push(bytes.subarray(0, Math.floor(bytes.length * 0.75)));
    const before = seen;
    d.push(bytes.subarray(Math.floor(bytes.length * 0.75)));
    d.end();
    expect(before).toBeGreaterThan(0);
    expect(seen).toBe(144);
    expect(d.chunks).toBe(144);
  });
});
