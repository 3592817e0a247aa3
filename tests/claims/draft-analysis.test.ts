/** The draft cites what the frame analysis found (with its moments) and the frames the person marked. */
import { describe, expect, it } from 'vitest';
import { draftClaim } from '../../src/claims/draft.ts';
import { termFor } from '../../src/claims/terms.ts';
import { textFindings } from '../../src/analysis/detectors/text.ts';
import { runway } from '../../src/providers/runway.ts';
import { sora } from '../../src/providers/sora.ts';
import type { Generation } from '../../src/shared/generation.ts';

const g: Generation = {
  provider: 'sora',
  id: 'gen_01jt0d4e5f6g7h8j9k0m1n2p3q',
  status: 'succeeded',
  prompt: 'A shop window with a sign that says "OPEN"',
  source: 'network',
};
const base = {
  provider: sora,
  generations: [g],
  modes: ['text' as const],
  account: { email: 'me@example.com' },
  now: new Date('2026-04-25T00:00:00Z'),
};

describe('draft with frame analysis', () => {
  it('cites a text finding as the analysis worded it, with the moment and term', () => {
    // The finding the OCR pass produces for a sign read as OPNE (textFindings is the detector the pipeline calls).
    const findings = textFindings(g.prompt!, [
      { t: 3.2, text: 'OPNE' },
      { t: 4.1, text: 'OPNE' },
    ]);
    const d = draftClaim({ ...base, findings });
    expect(d.body).toContain('A frame-by-frame check found:');
    expect(d.body).toMatch(
      /- Text Rendering Failure, 00:03\.2–00:04\.1: At 00:03\.2 the text reads 'OPNE' where the prompt asked for 'OPEN'/,
    );
  });

  it('names findings in the provider’s own terms and cites marked frames in time order', () => {
    const finding = { mode: 'generation_error' as const, confidence: 0.9, at: [0, 1] as [number, number], reasons: ['r'] };
    const d = draftClaim({
      ...base,
      provider: runway,
      generations: [{ ...g, provider: 'runway' }],
      findings: [finding],
      marks: [5.25, 1.04],
    });
    const term = termFor(runway, 'generation_error');
    expect(term).not.toBe('Generation Error'); // Runway has its own word, so this checks the mapping is used
    expect(d.body).toContain(`- ${term}, 00:00.0–00:01.0: r`);
    expect(d.body).toContain('It shows at 00:01.0, 00:05.3.');
  });

  it('says nothing about an analysis when there are no findings or marks', () => {
    const d = draftClaim({ ...base, findings: [], marks: [] });
    expect(d.body).not.toContain('frame-by-frame');
    expect(d.body).not.toContain('It shows at');
  });
});
