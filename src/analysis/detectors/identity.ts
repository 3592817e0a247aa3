/**
 * Identity coherence: compare face descriptors (e.g. 128-d face-recognition embeddings) of the same face across the
 * frames of one shot. The face model is not here (it loads only in the analysis page); this is the pure tracking
 * and comparison, tested with given descriptors.
 */
import { why } from '../why.ts';
import { clock, finding, type Finding } from './types.ts';

export interface FaceObservation {
  t: number;
  descriptor: ArrayLike<number>;
  /** Face box in frame fractions (0..1); used to follow the same face when several are visible. */
  box?: { x: number; y: number; w: number; h: number };
}

/** Any face model: the browser wires face-api behind this; tests pass canned descriptors. */
export interface FaceEngine {
  faces(frame: { t: number; width: number; height: number; rgba: Uint8Array | Uint8ClampedArray }): Promise<FaceObservation[]>;
}

export interface IdentityOptions {
  /** Shot cuts: a different face after a cut is editing, not a failure. */
  cuts?: readonly number[];
  /** Descriptor distance above which two faces are different people (face-api's usual threshold is 0.6). */
  differentAbove?: number;
  /** Distance below which they are clearly the same; between the two is "drifting". */
  sameBelow?: number;
  /** Consecutive observations needed, so one bad detection is not a finding. */
  persist?: number;
}

export function descriptorDistance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) s += (a[i]! - b[i]!) ** 2;
  return Math.sqrt(s);
}

interface Track {
  ref: number[];
  refN: number;
  refT: [number, number];
  centre?: [number, number];
  lastGood: number;
  bad: FaceObservation[];
  worst: number;
  drifting: number;
  reported: boolean;
}

const centre = (o: FaceObservation): [number, number] | undefined => (o.box ? [o.box.x + o.box.w / 2, o.box.y + o.box.h / 2] : undefined);
/** The reference is the mean of a face's first few observations, so one odd frame does not become the yardstick. */
const REF_N = 3;

export function identityFindings(observations: readonly FaceObservation[], opts: IdentityOptions = {}): Finding[] {
  const different = opts.differentAbove ?? 0.6;
  const same = opts.sameBelow ?? 0.45;
  const persist = opts.persist ?? 2;
  const cuts = [...(opts.cuts ?? [])].sort((a, b) => a - b);
  const out: Finding[] = [];
  const byTime = [...observations].sort((a, b) => a.t - b.t);
  let tracks: Track[] = [];
  let shot = 0;
  for (let i = 0; i < byTime.length; ) {
    const t = byTime[i]!.t;
    const frame: FaceObservation[] = [];
    while (i < byTime.length && byTime[i]!.t === t) frame.push(byTime[i++]!);
    const s = cuts.filter((c) => c <= t).length;
    if (s !== shot) {
      shot = s;
      tracks = [];
    }
    for (const o of frame) {
      const c = centre(o);
      // Follow a face by position when boxes are given; with one face and one track there is nothing to choose.
      let track: Track | undefined;
      if (c)
        track = tracks
          .filter((k) => k.centre && Math.hypot(k.centre[0] - c[0], k.centre[1] - c[1]) < 0.25)
          .sort((a, b) => Math.hypot(a.centre![0] - c[0], a.centre![1] - c[1]) - Math.hypot(b.centre![0] - c[0], b.centre![1] - c[1]))[0];
      else if (frame.length === 1 && tracks.length === 1) track = tracks[0];
      else track = tracks.find((k) => descriptorDistance(k.ref, o.descriptor) < different);
      if (!track) {
        tracks.push({
          ref: Array.from(o.descriptor),
          refN: 1,
          refT: [t, t],
          ...(c ? { centre: c } : {}),
          lastGood: t,
          bad: [],
          worst: 0,
          drifting: 0,
          reported: false,
        });
        continue;
      }
      if (c) track.centre = c;
      const d = descriptorDistance(track.ref, o.descriptor);
      if (track.refN < REF_N && d < same) {
        track.ref = track.ref.map((v, k) => (v * track!.refN + (o.descriptor[k] ?? v)) / (track!.refN + 1));
        track.refN++;
        track.refT[1] = t;
      }
      track.worst = Math.max(track.worst, d);
      if (d > different) track.bad.push(o);
      else {
        track.bad = [];
        track.lastGood = t;
      }
      track.drifting = d > same ? track.drifting + 1 : 0;
      if (track.reported) continue;
      const where = c ? ` at (${Math.round(c[0] * 100)}% across, ${Math.round(c[1] * 100)}% down)` : '';
      const place = c && why('analysis_why_place', String(Math.round(c[0] * 100)), String(Math.round(c[1] * 100)));
      const seen = `${clock(track.refT[0])}${track.refT[1] > track.refT[0] ? `–${clock(track.refT[1])}` : ''}`;
      if (track.bad.length >= persist) {
        const first = track.bad[0]!.t;
        track.reported = true;
        out.push(
          finding(
            'identity',
            0.55 + Math.min(0.3, d - different),
            [track.lastGood, t],
            [
              `From ${clock(first)} the face${where} is no longer the person seen at ${seen}: face-descriptor distance ${d.toFixed(2)} (the same person stays under ${same}) for ${track.bad.length} consecutive analysed frames, within one shot.`,
            ],
            [track.lastGood, first],
            place
              ? why('analysis_why_face_changed_at', clock(first), place, seen, d.toFixed(2), String(same), String(track.bad.length))
              : why('analysis_why_face_changed', clock(first), seen, d.toFixed(2), String(same), String(track.bad.length)),
          ),
        );
      } else if (track.drifting >= persist + 1 && track.bad.length === 0 && d > same) {
        track.reported = true;
        out.push(
          finding(
            'identity',
            0.4,
            [track.lastGood, t],
            [
              `From about ${clock(track.lastGood)} the face${where} drifts away from the person seen at ${seen}: descriptor distance ${d.toFixed(2)}, between the same-person (${same}) and different-person (${different}) thresholds, within one shot.`,
            ],
            [track.refT[0], t],
            place
              ? why('analysis_why_face_drifts_at', clock(track.lastGood), place, seen, d.toFixed(2), String(same), String(different))
              : why('analysis_why_face_drifts', clock(track.lastGood), seen, d.toFixed(2), String(same), String(different)),
          ),
        );
      }
    }
  }
  return out;
}
