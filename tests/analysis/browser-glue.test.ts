import { describe, expect, it } from 'vitest';
import { colourOf, fetchFailure, gridFormat, jobFraction, type Phase, progressStepper, shownAt } from '../../src/analysis/browser-glue.ts';
import { toGrid } from '../../src/analysis/frames.ts';
import { worded } from '../../src/shared/i18n.ts';

describe('browser analysis glue', () => {
  it('maps the decoder’s native layouts onto toGrid formats, and leaves the rest to the canvas path', () => {
    expect(gridFormat('I420')).toBe('i420');
    expect(gridFormat('I420A')).toBe('i420');
    expect(gridFormat('NV12')).toBe('nv12');
    expect(gridFormat('RGBA')).toBe('rgba');
    expect(gridFormat('RGBX')).toBe('rgbx');
    for (const f of ['BGRA', 'BGRX', 'I422', 'I444', 'I420P10', null, undefined]) expect(gridFormat(f)).toBeUndefined();
  });

  it('an I420A frame (four planes from copyTo) is read through its layout like I420', () => {
    // 4x4 mid-grey with a distinct alpha plane; copyTo layouts put the planes at these offsets.
    const w = 4;
    const h = 4;
    const data = new Uint8Array(16 + 4 + 4 + 16).fill(128);
    data.fill(0, 24); // alpha: must not be read as colour
    const layout = [
      { offset: 0, stride: 4 },
      { offset: 16, stride: 2 },
      { offset: 20, stride: 2 },
      { offset: 24, stride: 4 },
    ];
    const g = toGrid({ t: 0, width: w, height: h, format: gridFormat('I420A')!, data, layout, fullRange: true }, 2, 2);
    expect([...g.rgb]).toEqual(Array(12).fill(128));
  });

  it('keeps each evidence time on the frame shown then, including times findings rounded to the millisecond', () => {
    const dur = 1 / 30;
    const frameTimes = Array.from({ length: 30 }, (_, i) => i / 30);
    // Finding evidence is frame times rounded to ms; spread times fall mid-frame; 1.5 s is past the last frame.
    const times = [0, 0.033, 0.067, 0.1, 0.25, 0.5, 0.967, 1.5];
    const owner = new Map<number, number[]>();
    for (const ft of frameTimes) for (const t of shownAt(times, ft, dur)) owner.set(t, [...(owner.get(t) ?? []), ft]);
    expect(owner.get(0)).toEqual([0]);
    expect(owner.get(0.033)).toEqual([1 / 30]);
    expect(owner.get(0.067)).toEqual([2 / 30]);
    expect(owner.get(0.1)).toEqual([3 / 30]);
    expect(owner.get(0.25)).toEqual([7 / 30]); // on screen from 0.2333 to 0.2667
    expect(owner.get(0.5)).toEqual([15 / 30]);
    expect(owner.get(0.967)).toEqual([29 / 30]);
    expect(owner.has(1.5)).toBe(false);
    // No duration known: only the time that rounds to the frame itself.
    expect(shownAt([0.1, 0.12], 0.1, 0)).toEqual([0.1]);
  });

  it('reads VideoColorSpace tags as toGrid’s matrix and range, and keeps its defaults for unknown ones', () => {
    expect(colourOf({ matrix: 'bt709', fullRange: false })).toEqual({ matrix: 'bt709', fullRange: false });
    expect(colourOf({ matrix: 'smpte170m', fullRange: true })).toEqual({ matrix: 'bt601', fullRange: true });
    expect(colourOf({ matrix: 'bt470bg' })).toEqual({ matrix: 'bt601' });
    expect(colourOf({ matrix: 'rgb', fullRange: null })).toEqual({});
    expect(colourOf(undefined)).toEqual({});
  });

  it('job fraction rises through the phases and ends at 1, with or without the heavy passes', () => {
    const phases: Phase[] = ['fetch', 'decode', 'ocr', 'faces', 'evidence'];
    for (const heavy of [
      { ocr: false, faces: false },
      { ocr: true, faces: false },
      { ocr: true, faces: true },
    ]) {
      const points = phases.flatMap((p) => [0, 0.5, 1].map((w) => jobFraction(p, w, heavy)));
      for (let i = 1; i < points.length; i++) expect(points[i]!).toBeGreaterThanOrEqual(points[i - 1]!);
      expect(points[0]).toBe(0);
      expect(points[points.length - 1]).toBeCloseTo(1, 10);
    }
    // Decoding half the clip is most of the way to half the job when nothing heavy follows.
    expect(jobFraction('decode', 0.5, { ocr: false, faces: false })).toBeGreaterThan(0.4);
    expect(jobFraction('decode', 2, { ocr: false, faces: false })).toBeLessThanOrEqual(1);
  });

  it('reports progress on phase changes and visible steps only', () => {
    const step = progressStepper(0.1);
    const sent = [
      ['fetch', 0],
      ['fetch', 0.01],
      ['decode', 0.03],
      ['decode', 0.05],
      ['decode', 0.13],
      ['decode', 0.2],
      ['decode', 0.24],
      ['evidence', 0.95],
      ['evidence', 1],
    ] as const;
    expect(sent.filter(([p, f]) => step(p, f)).map(([, f]) => f)).toEqual([0, 0.03, 0.13, 0.24, 0.95, 1]);
  });

  it('says plainly why a video could not be fetched and what to do instead', () => {
    const host = 'videos.example';
    // Worded as the worker words it, from the English locale.
    const fetchFailureMessage = (...a: Parameters<typeof fetchFailure>) => worded(fetchFailure(...a));
    for (const f of [{ status: 403 }, { status: 404 }, { status: 500 }, { network: true as const }, { empty: true as const }]) {
      const m = fetchFailureMessage(f, host);
      expect(m).toContain(host);
      expect(m).toContain('ava analyze');
    }
    expect(fetchFailureMessage({ status: 403 }, host)).toMatch(/refused access \(HTTP 403\).*expired/);
    expect(fetchFailureMessage({ status: 410 }, host)).toMatch(/no longer at that address/);
    expect(fetchFailureMessage({ network: true }, host)).toMatch(/refused the request|could not be reached/);
  });
});
