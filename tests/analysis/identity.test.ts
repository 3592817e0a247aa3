import { describe, expect, it } from 'vitest';
import { descriptorDistance, identityFindings, type FaceObservation } from '../../src/analysis/detectors/identity.ts';

/** Deterministic pseudo-random unit-length 128-d "face descriptors" (face-api's shape). */
function rng(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
}
function person(seed: number): number[] {
  const r = rng(seed);
  const v = Array.from({ length: 128 }, () => r());
  const n = Math.hypot(...v);
  return v.map((x) => x / n);
}
/** The same face in another frame: a small perturbation (distance about `amount`). */
function jitter(v: number[], seed: number, amount = 0.04): number[] {
  const r = rng(seed);
  return v.map((x) => x + (r() * amount) / Math.sqrt(128 / 3));
}

const alice = person(1);
const bob = person(2);
const obs = (t: number, d: number[], box?: FaceObservation['box']): FaceObservation => ({ t, descriptor: d, ...(box ? { box } : {}) });

describe('identity', () => {
  it('has distances in the range face-api gives (same face small, different person large)', () => {
    expect(descriptorDistance(alice, jitter(alice, 9))).toBeLessThan(0.1);
    expect(descriptorDistance(alice, bob)).toBeGreaterThan(0.7);
  });

  it('reports a face that becomes someone else within one shot, with the frames either side', () => {
    const faces = [0, 0.5, 1, 1.5, 2]
      .map((t, i) => obs(t, jitter(alice, i + 10)))
      .concat([2.5, 3, 3.5].map((t, i) => obs(t, jitter(bob, i + 20))));
    const f = identityFindings(faces);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ mode: 'identity', term: 'Identity Coherence Failure', at: [2, 3], evidence: [2, 2.5] });
    expect(f[0]!.reasons[0]).toMatch(
      /^From 00:02\.5 the face is no longer the person seen at 00:00\.0–00:01\.0: face-descriptor distance 1\.\d\d/,
    );
  });

  it('ignores a single odd detection and a change across a cut', () => {
    const glitch = [0, 0.5, 1, 1.5, 2].map((t, i) => obs(t, i === 2 ? bob : jitter(alice, i)));
    expect(identityFindings(glitch)).toEqual([]);
    const acrossCut = [obs(0, alice), obs(1, jitter(alice, 3)), obs(2, bob), obs(3, jitter(bob, 4))];
    expect(identityFindings(acrossCut, { cuts: [1.5] })).toEqual([]);
  });

  it('follows each face by its box when several are visible', () => {
    const left = { x: 0.1, y: 0.2, w: 0.2, h: 0.3 };
    const right = { x: 0.7, y: 0.2, w: 0.2, h: 0.3 };
    const carol = person(3);
    const faces: FaceObservation[] = [];
    for (let i = 0; i < 6; i++) {
      faces.push(obs(i * 0.5, jitter(alice, i), left));
      // The right-hand face turns from Bob into Carol at 1.5 s.
      faces.push(obs(i * 0.5, i < 3 ? jitter(bob, i + 50) : jitter(carol, i + 60), right));
    }
    const f = identityFindings(faces);
    expect(f).toHaveLength(1);
    expect(f[0]!.reasons[0]).toMatch(/the face at \(80% across, 35% down\) is no longer/);
  });
});
