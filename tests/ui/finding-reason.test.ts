/**
 * The frame-analysis reasons in the popup speak the page's language (src/ui/finding-reason.ts), from the structured
 * reason each detector gives beside its English sentence (src/analysis/why.ts). The English sentence, which the draft
 * quotes, is unchanged; in English the popup's line is that very sentence, for every kind of finding.
 */
import { describe, expect, it } from 'vitest';
import { identityFindings, type FaceObservation } from '../../src/analysis/detectors/identity.ts';
import { textFindings } from '../../src/analysis/detectors/text.ts';
import { truncatedFindings } from '../../src/analysis/detectors/truncated.ts';
import type { Finding } from '../../src/analysis/detectors/types.ts';
import { FindingSchema } from '../../src/analysis/record.ts';
import { analyse } from '../../src/analysis/run.ts';
import { localFigure, reasonLine } from '../../src/ui/finding-reason.ts';
import { synth, type SynthSpec } from '../analysis/synth.ts';
import { inLocale } from '../helpers/locale.ts';

const clip = async (spec: SynthSpec) => (await analyse(synth(spec))).findings;
const PROMPT = 'A shop window at night with a neon sign that says "OPEN"';

/** A deterministic unit-length 128-d face descriptor, and the same face seen again (as tests/analysis/identity.ts). */
function face(seed: number, jitterSeed = 0, amount = 0): number[] {
  let s = seed;
  const r = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
  const v = Array.from({ length: 128 }, r);
  const n = Math.hypot(...v);
  let j = jitterSeed;
  const rj = () => ((j = (j * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
  return v.map((x) => x / n + (amount ? (rj() * amount) / Math.sqrt(128 / 3) : 0));
}
const obs = (t: number, descriptor: number[], box?: FaceObservation['box']): FaceObservation => ({
  t,
  descriptor,
  ...(box ? { box } : {}),
});
const between = (a: number[], b: number[], k: number) => a.map((x, i) => x + k * (b[i]! - x));

/** One finding of every kind the detectors report, each from its detector. */
async function everyKind(): Promise<Finding[]> {
  const alice = face(1);
  const bob = face(2);
  const box = { x: 0.1, y: 0.2, w: 0.2, h: 0.3 };
  const changed = [0, 0.5, 1, 1.5, 2].map((t, i) => obs(t, face(1, i + 10, 0.04))).concat([2.5, 3, 3.5].map((t) => obs(t, bob)));
  const drifting = [0, 0.5, 1]
    .map((t, i) => obs(t, face(1, i + 30, 0.04), box))
    .concat([1.5, 2, 2.5, 3].map((t) => obs(t, between(alice, bob, 0.52 / Math.hypot(...alice.map((x, i) => x - bob[i]!))), box)));
  return [
    ...(await clip({ gain: (t) => (t >= 1.5 && t < 3 ? 1 + 0.15 * Math.sin(2 * Math.PI * 6 * t) : 1) })),
    ...(await clip({ tint: (t) => [t * 8, 0, -t * 8] })),
    ...(await clip({ black: (t) => t >= 2 && t < 2.5 })),
    ...(await clip({ black: () => true })),
    ...(await clip({ freeze: [1.5, 3] })),
    ...(await clip({ freeze: [3, 10] })),
    ...(await clip({ freeze: [0, 10] })),
    ...(await clip({ path: (t) => ({ x: t < 2 ? 0.2 + 0.05 * t : 0.7 + 0.05 * t, y: 0.5 }) })),
    ...(await analyse([])).findings,
    ...truncatedFindings({ durationS: 3, framesAnalysed: 72, requestedS: 6 }),
    ...truncatedFindings({ durationS: 2.5, framesAnalysed: 60, declaredS: 6 }),
    ...truncatedFindings({ durationS: 0, framesAnalysed: 0, declaredS: 6 }),
    ...textFindings(PROMPT, [
      { t: 1.0, text: 'OPNF' },
      { t: 3.2, text: 'OPNE' },
      { t: 4.0, text: 'OPNE' },
    ]),
    ...textFindings(PROMPT, [{ t: 3.2, text: 'OPNE' }]),
    ...textFindings(PROMPT, [
      { t: 1, text: 'OPEN' },
      { t: 2, text: 'OPEN' },
      { t: 3, text: 'OPFN' },
      { t: 4, text: 'QPEM' },
    ]),
    ...textFindings(PROMPT, [{ t: 1, text: '' }]),
    ...textFindings(PROMPT, [{ t: 2, text: 'CLOSED FOREVER' }]),
    ...identityFindings(changed),
    ...identityFindings(changed.map((o) => ({ ...o, box }))),
    ...identityFindings(drifting),
    ...identityFindings(drifting.map(({ box: _, ...o }) => o)),
  ];
}

/** The reason's message key and its nested phrases' keys, to see that every kind was produced. */
const keysOf = (f: Finding): string[] => {
  const walk = (w: NonNullable<Finding['why']>): string[] => [w.key, ...w.subs.flatMap((s) => (typeof s === 'string' ? [] : walk(s)))];
  return f.why ? walk(f.why) : [];
};

describe('frame-analysis reasons in the popup', () => {
  it('in English, every kind of finding reads exactly as the sentence the draft quotes', async () => {
    const all = await everyKind();
    expect(all.every((f) => f.why !== undefined)).toBe(true);
    for (const f of all) expect(reasonLine(f)).toBe(f.reasons[0]);
    // Every sentence and phrase the detectors can give was produced above (the detectors' sub-cases included).
    const used = new Set(all.flatMap(keysOf));
    const missing = [
      'analysis_why_flicker',
      'analysis_why_drift',
      'analysis_why_blank_whole',
      'analysis_why_blank_moment_many',
      'analysis_why_still',
      'analysis_why_frozen',
      'analysis_why_frozen_to_end',
      'analysis_why_motion',
      'analysis_why_motion_jump',
      'analysis_why_no_frames',
      'analysis_why_short',
      'analysis_why_cut_off',
      'analysis_why_cut_no_frames',
      'analysis_why_text_wrong_same',
      'analysis_why_text_wrong',
      'analysis_why_text_unstable',
      'analysis_why_text_none',
      'analysis_why_text_other',
      'analysis_why_face_changed',
      'analysis_why_face_changed_at',
      'analysis_why_face_drifts',
      'analysis_why_face_drifts_at',
    ].filter((k) => !used.has(k));
    expect(missing).toEqual([]);
  });

  it('in Japanese, German and Spanish, every kind is worded in that language with the same times and figures', async () => {
    const all = await everyKind();
    for (const lang of ['ja', 'de', 'es']) {
      for (const f of all) {
        const line = inLocale(lang, () => reasonLine(f))!;
        expect(line, `${lang}: ${f.reasons[0]}`).not.toBe(f.reasons[0]);
        expect(line).not.toMatch(/\banalysis_why_|\b(From|the frame|the clip|within one shot|the prompt asked)\b/);
        // Every time stamp and figure of the English sentence is in the translation too, a figure with the language's
        // decimal point ("3,00" in German and Spanish, "3.00" in Japanese).
        for (const n of f.reasons[0]!.match(/\d+(?:[.:]\d+)*/g) ?? []) {
          expect(line, `${lang}: ${f.reasons[0]}`).toContain(inLocale(lang, () => localFigure(n)));
        }
      }
    }
    const [flicker] = await clip({ gain: (t) => (t >= 1.5 && t < 3 ? 1 + 0.15 * Math.sin(2 * Math.PI * 6 * t) : 1) });
    expect(inLocale('ja', () => reasonLine(flicker!))).toMatch(/^00:01\.5 から 00:03\.0 まで、フレーム全体の色・明るさがちらつきます。/);
  });

  it("figures take the language's decimal point; times and whole numbers do not change", () => {
    expect(inLocale('de', () => localFigure('12.0'))).toBe('12,0');
    expect(inLocale('fr', () => localFigure('3.00'))).toBe('3,00');
    expect(inLocale('ja', () => localFigure('3.00'))).toBe('3.00');
    expect(inLocale('de', () => localFigure('00:02.0'))).toBe('00:02.0');
    expect(inLocale('de', () => localFigure('50'))).toBe('50');
    expect(localFigure('12.0')).toBe('12.0');
  });

  it('a finding stored before reasons had data, or with a key this AVA lacks, shows its English sentence', () => {
    const old = { reasons: ['The video lasts 3.00 s where 6.0 s were requested (50% of the requested length).'] };
    expect(inLocale('de', () => reasonLine(old))).toBe(old.reasons[0]);
    const unknown = { ...old, why: { key: 'analysis_why_from_a_later_version' as 'analysis_why_short', subs: [] } };
    expect(inLocale('de', () => reasonLine(unknown))).toBe(old.reasons[0]);
  });

  it('a stored reason that is not one (too deep, another key) is dropped, and the finding kept', () => {
    const base = { mode: 'color', term: 'x', confidence: 0.5, at: [0, 1], reasons: ['r'], evidence: [] };
    const deep = {
      key: 'analysis_why_list_two',
      subs: [{ key: 'analysis_why_list_two', subs: [{ key: 'analysis_why_list_two', subs: [{ key: 'analysis_why_darker', subs: [] }] }] }],
    };
    for (const why of [deep, { key: 'popup_claims_none', subs: [] }, { key: 'analysis_why_short', subs: ['x'.repeat(301)] }]) {
      const r = FindingSchema.safeParse({ ...base, why });
      expect(r.success).toBe(true);
      expect(r.data?.why).toBeUndefined();
    }
    const ok = {
      key: 'analysis_why_list_two',
      subs: [
        { key: 'analysis_why_darker', subs: [] },
        { key: 'analysis_why_toward_blue', subs: [] },
      ],
    };
    expect(FindingSchema.parse({ ...base, why: ok }).why).toEqual(ok);
  });
});
