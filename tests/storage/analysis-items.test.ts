/** The stored shapes frame analysis adds: results by generation, session progress, and marked frames in cases. */
import { describe, expect, it } from 'vitest';
import { AnalysisJobSchema, suggestedModes } from '../../src/analysis/record.ts';
import { BackgroundToOffscreen, UiToBackground } from '../../src/messages/contract.ts';
import { analysesItem, analysisProgressItem, casesItem } from '../../src/storage/items.ts';
import { decode } from '../../src/storage/store.ts';

const record = {
  durationS: 6,
  framesAnalysed: 144,
  findings: [],
  cuts: [],
  evidence: [],
  decoder: 'webcodecs',
  ocr: 'skipped',
  faces: 'skipped',
  finishedAt: 5,
};

describe('analysis storage items', () => {
  it('keeps good results and drops (and reports) an unreadable one, entry by entry', () => {
    const r = decode(analysesItem, { v: 1, data: { 'sora:a': record, 'sora:b': { ...record, framesAnalysed: -1 } } });
    expect(Object.keys(r.value)).toEqual(['sora:a']);
    expect(r.problems).toEqual(['analyses: dropped unreadable entry sora:b']);
  });

  it('an engine state written by a newer AVA falls back instead of losing the result', () => {
    const r = decode(analysesItem, { v: 1, data: { 'sora:a': { ...record, ocr: 'quantum' } } });
    expect(r.value['sora:a']!.ocr).toBe('skipped');
  });

  it('progress lives in its own versioned session item', () => {
    const p = { jobId: 'job-000001', state: 'running', phase: 'decode', fraction: 0.4, t: 2.5, frames: 60, startedAt: 1, updatedAt: 2 };
    expect(decode(analysisProgressItem, { v: 1, data: { k: p } }).value).toEqual({ k: p });
    expect(decode(analysisProgressItem, { v: 1, data: { k: { ...p, fraction: 2 } } }).value).toEqual({});
  });

  it('cases stored before marks existed still parse; marks parse when present', () => {
    const v1 = { modes: ['color'], description: 'flickers', evidence: ['shot-1'], updatedAt: 3 };
    expect(decode(casesItem, { v: 1, data: { k: v1 } })).toEqual({ value: { k: v1 }, problems: [] });
    const marked = { ...v1, marks: [{ id: 'frame-1', t: 3.2 }] };
    expect(decode(casesItem, { v: 1, data: { k: marked } }).value.k!.marks).toEqual([{ id: 'frame-1', t: 3.2 }]);
    // A broken marks list loses only the marks, not the person's words.
    expect(decode(casesItem, { v: 1, data: { k: { ...v1, marks: 'nope' } } }).value.k).toMatchObject({ description: 'flickers' });
  });
});

describe('analysis messages', () => {
  it('ui/analyse and ui/analyse-cancel parse; junk does not', () => {
    expect(UiToBackground.safeParse({ type: 'ui/analyse', generationKey: 'sora:gen_x' }).success).toBe(true);
    expect(UiToBackground.safeParse({ type: 'ui/analyse', tabId: 3, generationKey: 'sora:gen_x', faces: true }).success).toBe(true);
    expect(UiToBackground.safeParse({ type: 'ui/analyse-cancel', generationKey: 'sora:gen_x' }).success).toBe(true);
    expect(UiToBackground.safeParse({ type: 'ui/analyse', generationKey: 'x' }).success).toBe(false);
    expect(UiToBackground.safeParse({ type: 'ui/analyse', generationKey: 'sora:gen_x', faces: 'yes' }).success).toBe(false);
  });

  it('the worker hands the offscreen document only https video links', () => {
    const job = { jobId: 'job-000001', generationKey: 'sora:gen_x', videoUrl: 'https://media.ava.demo/clips/flicker.mp4', faces: false };
    expect(BackgroundToOffscreen.safeParse({ type: 'bg/analyse', job }).success).toBe(true);
    for (const videoUrl of [
      'http://media.ava.demo/a.mp4',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:video/mp4;base64,AAAA',
      'not a url',
    ]) {
      expect(AnalysisJobSchema.safeParse({ ...job, videoUrl }).success, videoUrl).toBe(false);
    }
  });

  it('only quality modes become suggestions, each once', () => {
    expect(suggestedModes([{ mode: 'truncated_output' }, { mode: 'color' }, { mode: 'text' }, { mode: 'color' }])).toEqual([
      'text',
      'color',
    ]);
    expect(suggestedModes([{ mode: 'blank_output' }])).toEqual([]);
  });
});
