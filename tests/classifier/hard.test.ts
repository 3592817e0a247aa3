import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classifier/classify.ts';

// Issue 16.1: words about a generation that gave no usable video are a hard failure, never a quality question.
const cases: [string, string][] = [
  ['Generation stuck at 99%', 'stuck'],
  ['failed but the credits are gone', 'charged_no_output'],
  ['it errored out and there is no video', 'generation_error'],
  ['my prompt was blocked for violating the content policy', 'moderation_input'],
  ['the video was removed after generation for violating the policy', 'moderation_output'],
  ['my video was blocked by the filter', 'moderation'],
  ['se quedó atascado en 99% y me cobraron los créditos', 'charged_no_output'],
  ['Das Video hängt bei 99 % fest', 'stuck'],
  ['la génération a échoué, aucune vidéo', 'generation_error'],
  ['falhou e os créditos sumiram', 'charged_no_output'],
  ['生成が99%で止まったまま', 'stuck'],
  ['クレジットだけ消費されて動画が出ない', 'charged_no_output'],
];

describe('hard failures in the person’s words', () => {
  it.each(cases)('%s -> %s, with the words quoted and no follow-up question', (text, kind) => {
    const r = classify(text);
    expect(r.hardFailure?.kind).toBe(kind);
    expect(r.hardFailure?.reasons.length).toBeGreaterThan(0);
    for (const reason of r.hardFailure!.reasons) expect(text).toContain(reason);
    expect(r.findings).toEqual([]);
    expect(r.needsDetail).toBe(false);
    expect(r.followUp).toBeUndefined();
  });

  it('is not claimed for quality complaints that use the same words', () => {
    const quality = ['the text has errors and the hands melted', 'I paid for this and the hands melted', 'the caption is cut off, garbled'];
    for (const text of quality) {
      const r = classify(text);
      expect(r.hardFailure, text).toBeUndefined();
      expect(r.findings.length, text).toBeGreaterThan(0);
    }
  });

  it('reads 進まない of a job as stuck, but not of a runner who does not move forward', () => {
    expect(classify('生成が99%から進まない').hardFailure?.kind).toBe('stuck');
    expect(classify('処理が全然進まない').hardFailure?.kind).toBe('stuck');
    const runner = classify('走っているのに前に進まない');
    expect(runner.hardFailure).toBeUndefined();
    expect(runner.findings.map((f) => f.mode)).toEqual(['physics']);
  });

  it('is not claimed when the words say it did not happen', () => {
    expect(classify('it did not get stuck this time').hardFailure).toBeUndefined();
    expect(classify('nothing was blocked, the video is just vague').hardFailure).toBeUndefined();
  });
});
