/**
 * The detector contract. Detectors are pure state machines over a stream of samples: `push` one sample at a time,
 * `finish` once. They keep only running statistics and a small window, never the frames, so memory stays flat
 * however long the clip is.
 */
import type { FrameStats, PairStats } from '../features.ts';
import type { Grid } from '../frames.ts';
import { HARD_FAILURES } from '../../modes/hard.ts';
import { qualityMode } from '../../modes/index.ts';
import type { FailureModeKey } from '../../providers/types.ts';
import type { Why } from '../why.ts';
import { QUALITY_MODE_IDS, type QualityModeId } from '../../modes/types.ts';

export interface Finding {
  mode: FailureModeKey;
  /** Canonical technical name from the registry; a provider's own term is mapped later (claims/terms.ts). */
  term: string;
  /** 0..1 */
  confidence: number;
  /** [startS, endS] of the moment the finding is about. */
  at: [number, number];
  /** Sentences a support agent can read, with timestamps and the measured numbers. */
  reasons: string[];
  /** The first reason as data, for the popup to word in the person's language (the draft keeps `reasons`). */
  why?: Why;
  /** Timestamps of the frames that show it (before/after for discontinuities). */
  evidence: number[];
}

/** One sampled frame as detectors see it. `pair` is absent for the first frame. */
export interface Sample {
  index: number;
  t: number;
  grid: Grid;
  stats: FrameStats;
  pair?: PairStats;
  /** True when a shot cut lies between the previous sample and this one (set by the cut detector first). */
  cut: boolean;
  /** Previous sample's grid, for detectors that compare cells (motion); not retained past this call. */
  prev?: Grid;
}

export interface ClipInfo {
  /** Seconds covered by the decoded frames (last frame's time + one frame duration). */
  durationS: number;
  framesAnalysed: number;
  /** Duration the person asked for, if known (prompt or provider job). */
  requestedS?: number;
  /** Duration the container header declares; a shorter decode means a cut-off file. */
  declaredS?: number;
}

export interface DetectorContext {
  /** Ask the runner to keep the thumbnail of the frame at `t` (the current or previous sample) as evidence. */
  keep(t: number): void;
}

export interface Detector {
  readonly name: string;
  push(s: Sample, ctx: DetectorContext): void;
  finish(clip: ClipInfo): Finding[];
}

const isQuality = (k: FailureModeKey): k is QualityModeId => (QUALITY_MODE_IDS as readonly string[]).includes(k);

/** The registry's name for a mode, so detectors never spell a term themselves. */
export function canonicalTerm(mode: FailureModeKey): string {
  return isQuality(mode) ? qualityMode(mode).term : HARD_FAILURES[mode].term;
}

export function finding(
  mode: FailureModeKey,
  confidence: number,
  at: [number, number],
  reasons: string[],
  evidence: number[],
  because?: Why,
): Finding {
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return {
    mode,
    term: canonicalTerm(mode),
    confidence: Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100,
    at: [r(at[0]), r(at[1])],
    reasons,
    evidence: [...new Set(evidence.map(r))],
    ...(because ? { why: because } : {}),
  };
}

/** 3.24 -> "00:03.2", the form drafts cite; `digits` 2 for frame-exact moments ("00:01.96"). */
export function clock(s: number, digits = 1): string {
  const scale = 10 ** digits;
  const units = Math.round(Math.max(0, s) * scale);
  const m = Math.floor(units / (60 * scale));
  const rest = (units - m * 60 * scale) / scale;
  return `${String(m).padStart(2, '0')}:${rest.toFixed(digits).padStart(3 + digits, '0')}`;
}
