/**
 * The runner: frames in (async, any decode path), findings out. It downsamples each frame, computes the shared
 * statistics once, marks cuts, and streams samples through the detectors. Only the previous grid and a few
 * evidence thumbnails are kept, so memory does not grow with the clip's length.
 */
import { cheapDetectors, CutLog, isCut, type Detector, type Finding, type Sample } from './detectors/index.ts';
import { frameStats, pairStats, type FrameStats } from './features.ts';
import { GRID_H, GRID_W, toGrid, type Frame, type Grid } from './frames.ts';

export interface EvidenceFrame {
  t: number;
  w: number;
  h: number;
  /** Thumbnail RGB bytes (w*h*3); the browser re-seeks for full-size frames when drafting. */
  rgb: Uint8Array;
}

export interface AnalysisResult {
  durationS: number;
  framesAnalysed: number;
  findings: Finding[];
  /** Shot cuts found (seconds), capped; cuts are context, not failures. */
  cuts: number[];
  evidenceFrames: EvidenceFrame[];
}

export interface AnalyseOptions {
  requestedS?: number;
  declaredS?: number;
  /** One frame's duration (1/fps); without it the last frame step is used. */
  frameDurationS?: number;
  grid?: { w: number; h: number };
  maxEvidence?: number;
  detectors?: () => Detector[];
  signal?: AbortSignal;
  onProgress?: (t: number, frames: number) => void;
}

const isGrid = (x: Frame | Grid): x is Grid => 'L' in x;
/** How many past grids may still be referenced by a detector's keep() (blank runs point one sample back). */
const RING = 3;

export async function analyse(
  frames: AsyncIterable<Frame | Grid> | Iterable<Frame | Grid>,
  opts: AnalyseOptions = {},
): Promise<AnalysisResult> {
  const gw = opts.grid?.w ?? GRID_W;
  const gh = opts.grid?.h ?? GRID_H;
  const detectors = (opts.detectors ?? cheapDetectors)();
  const maxEvidence = opts.maxEvidence ?? 24;
  const evidence = new Map<number, EvidenceFrame>();
  const ring: Grid[] = [];
  const cuts = new CutLog();
  const ctx = {
    keep(t: number) {
      if (evidence.has(t) || evidence.size >= maxEvidence) return;
      const g = ring.find((r) => Math.abs(r.t - t) < 1e-6);
      // Same millisecond rounding as Finding.evidence, so the two can be matched by value.
      if (g) evidence.set(t, { t: Math.round(g.t * 1000) / 1000, w: g.w, h: g.h, rgb: g.rgb });
    },
  };

  let prev: { grid: Grid; stats: FrameStats } | undefined;
  let index = 0;
  let lastT = 0;
  let lastDt = 0;
  for await (const f of frames) {
    opts.signal?.throwIfAborted();
    const grid = isGrid(f) ? f : toGrid(f, gw, gh);
    // Decoders can repeat or reorder a timestamp at the edges; a non-increasing frame adds nothing.
    if (prev && grid.t <= prev.grid.t) continue;
    const stats = frameStats(grid);
    const pair = prev ? pairStats(prev.grid, grid, prev.stats, stats) : undefined;
    const cut = pair !== undefined && prev !== undefined && isCut(pair, prev.stats, stats);
    if (cut) cuts.add(grid.t);
    ring.push(grid);
    if (ring.length > RING) ring.shift();
    const s: Sample = { index, t: grid.t, grid, stats, cut, ...(pair ? { pair } : {}), ...(prev ? { prev: prev.grid } : {}) };
    for (const d of detectors) d.push(s, ctx);
    if (pair) lastDt = pair.dt;
    lastT = grid.t;
    prev = { grid, stats };
    index++;
    opts.onProgress?.(grid.t, index);
  }

  const durationS = index === 0 ? 0 : lastT + (opts.frameDurationS ?? lastDt);
  const clip = {
    durationS: Math.round(durationS * 1000) / 1000,
    framesAnalysed: index,
    ...(opts.requestedS !== undefined ? { requestedS: opts.requestedS } : {}),
    ...(opts.declaredS !== undefined ? { declaredS: opts.declaredS } : {}),
  };
  const findings = dropEchoes(detectors.flatMap((d) => d.finish(clip))).sort((a, b) => a.at[0] - b.at[0] || b.confidence - a.confidence);
  return {
    durationS: clip.durationS,
    framesAnalysed: index,
    findings,
    cuts: cuts.times,
    evidenceFrames: [...evidence.values()].sort((a, b) => a.t - b.t),
  };
}

/**
 * When a frozen or blank stretch ends, the picture jumps to where the motion has got to: the same failure, already
 * reported, so a "physics" jump at that moment is dropped rather than counted twice.
 */
function dropEchoes(findings: Finding[]): Finding[] {
  const ends = findings.filter((f) => f.mode === 'blank_output').map((f) => f.at[1]);
  return findings.filter((f) => f.mode !== 'physics' || !ends.some((e) => f.at[0] <= e + 1e-6 && f.at[1] >= e - 0.1));
}
