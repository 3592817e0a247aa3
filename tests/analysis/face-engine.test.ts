/**
 * The face engine (@vladmandic/face-api on the tfjs WASM backend, src/analysis/engines/face.ts) in Node, judged by
 * the same identityFindings() the extension uses. Real faces come from tests/helpers/faces.ts (a photo the pinned
 * face-api package ships; not committed here). Needs ffmpeg/ffprobe on PATH (skipped with a notice outside CI when
 * missing).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFace, type LoadedFace } from '../../src/analysis/engines/face.ts';
import { nodeFaceApi, nodeFaceOptions } from '../../src/cli/node/engine-assets.ts';
import { engineTimes } from '../../src/analysis/engines/plan.ts';
import { rgbaFramesAt } from '../../src/cli/node/engine-frames.ts';
import { descriptorDistance, identityFindings, type FaceObservation } from '../../src/analysis/detectors/identity.ts';
import { FACE_PHOTO, faceFrame, photoFrame, type Box } from '../helpers/faces.ts';

const CLIPS = join(import.meta.dirname, '..', 'fixtures', 'clips');
const hasFfmpeg = !spawnSync('ffprobe', ['-version']).error;
if (!hasFfmpeg && !process.env.CI) console.warn('ffmpeg/ffprobe not installed: skipping the face engine tests');
/** identity.ts defaults: the same person stays under SAME, different people are over DIFFERENT. */
const SAME = 0.45;
const DIFFERENT = 0.6;

describe.skipIf(!hasFfmpeg && !process.env.CI)('face-api on the WASM backend', () => {
  let face: LoadedFace;
  let left: Box;
  let right: Box;
  beforeAll(async () => {
    face = await loadFace(nodeFaceOptions());
  }, 30_000);
  afterAll(async () => face?.close());

  it('finds no face in the synthetic clips', async () => {
    const found: FaceObservation[] = [];
    for await (const f of rgbaFramesAt(join(CLIPS, 'text-open.mp4'), engineTimes(6, { max: 3 }))) found.push(...(await face.faces(f)));
    expect(found).toEqual([]);
  }, 30_000);

  it('finds the three people in the photo, with 128-d descriptors and boxes in frame fractions', async () => {
    expect(existsSync(FACE_PHOTO)).toBe(true);
    const faces = await face.faces(photoFrame());
    expect(faces).toHaveLength(3);
    for (const f of faces) {
      expect(f.descriptor).toHaveLength(128);
      expect(f.box!.x).toBeGreaterThan(0);
      expect(f.box!.x + f.box!.w).toBeLessThan(1);
    }
    const byX = [...faces].sort((a, b) => a.box!.x - b.box!.x);
    left = byX[0]!.box!;
    right = byX[2]!.box!;
  }, 30_000);

  it('the same face moved and rescaled stays the same person; another person is over the threshold', async () => {
    const a1 = await face.faces(faceFrame(left, { t: 0, margin: 1.8, size: 300, px: 40, py: 30 }));
    const a2 = await face.faces(faceFrame(left, { t: 1, margin: 2.4, dx: 0.15, dy: -0.1, size: 240, px: 360, py: 100 }));
    const b1 = await face.faces(faceFrame(right, { t: 2, margin: 1.8, size: 300, px: 40, py: 30 }));
    expect([a1.length, a2.length, b1.length]).toEqual([1, 1, 1]);
    const same = descriptorDistance(a1[0]!.descriptor, a2[0]!.descriptor);
    const other = descriptorDistance(a1[0]!.descriptor, b1[0]!.descriptor);
    expect(same).toBeLessThan(SAME);
    expect(other).toBeGreaterThan(DIFFERENT);
  }, 30_000);

  it('identityFindings: a face swapped mid-shot is a finding; the same face moving is not', async () => {
    const at = (box: Box, t: number, k: number) =>
      faceFrame(box, { t, margin: 1.8 + 0.2 * (k % 3), dx: 0.05 * (k % 2), size: 260 + 10 * k, px: 180 + 4 * k, py: 40 });
    const steady: FaceObservation[] = [];
    const swapped: FaceObservation[] = [];
    for (let k = 0; k < 6; k++) {
      const a = await face.faces(at(left, k * 0.5, k));
      steady.push(...a);
      // The first three frames are the same in both sequences; then the other person takes the same spot.
      swapped.push(...(k < 3 ? a : await face.faces(at(right, k * 0.5, k))));
    }
    expect(steady).toHaveLength(6);
    expect(swapped).toHaveLength(6);
    expect(identityFindings(steady)).toEqual([]);
    const found = identityFindings(swapped);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ mode: 'identity', at: [1, 2] });
    expect(found[0]!.reasons[0]).toMatch(/From 00:01\.5 the face .* is no longer the person seen at 00:00\.0/);
    // A cut between the two people is editing, not a failure.
    expect(identityFindings(swapped, { cuts: [1.25] })).toEqual([]);
  }, 60_000);

  it('keeps no tensors from one frame to the next, and close() frees the models (runs last)', async () => {
    const tf = (await nodeFaceApi()).faceapi.tf as unknown as { memory(): { numTensors: number } };
    const frame = faceFrame(left, { t: 0, margin: 1.8, size: 300, px: 40, py: 30 });
    await face.faces(frame);
    const held = tf.memory().numTensors;
    expect(held).toBeGreaterThan(0);
    expect(await face.faces(frame)).toHaveLength(1);
    expect(tf.memory().numTensors).toBe(held);
    await face.close();
    expect(tf.memory().numTensors).toBe(0);
    await expect(face.faces(frame)).rejects.toThrow(/closed/);
  }, 30_000);
});
