/**
 * Truncated output: the decoded video is shorter than what was asked for (the prompt's or job's duration) or than
 * what the file's own header declares (a cut-off download or an unfinished render). Judged once, at the end.
 */
import { why } from '../why.ts';
import { finding, type ClipInfo, type Detector, type Finding } from './types.ts';

/** Durations are rounded by encoders and providers: allow this much (seconds, or share of the request). */
const SLACK_S = 0.5;
const SLACK_SHARE = 0.1;

/** "a 6s clip", "10 seconds", "8-second shot", "5 sec" -> seconds. Only the first duration mentioned counts. */
export function requestedDurationFromPrompt(prompt: string): number | undefined {
  const m = /(\d+(?:[.,]\d+)?)\s*-?\s*(?:s|secs?|seconds?|segundos?|sekunden|secondes?|秒)(?![a-z])/i.exec(prompt);
  if (!m) return undefined;
  const v = Number(m[1]!.replace(',', '.'));
  return v > 0 && v <= 600 ? v : undefined;
}

export function truncatedFindings(clip: ClipInfo): Finding[] {
  const out: Finding[] = [];
  const got = clip.durationS;
  const { requestedS, declaredS } = clip;
  if (declaredS !== undefined && got < declaredS - Math.max(0.3, 0.05 * declaredS)) {
    out.push(
      finding(
        'truncated_output',
        0.9,
        [got, declaredS],
        [
          clip.framesAnalysed === 0
            ? `No frame could be decoded, although the file declares ${declaredS.toFixed(2)} s of video: the file is cut off or corrupt.`
            : `The file declares ${declaredS.toFixed(2)} s but decodable frames stop at ${got.toFixed(2)} s: the file is cut off (an unfinished render or an interrupted download).`,
        ],
        [got],
        clip.framesAnalysed === 0
          ? why('analysis_why_cut_no_frames', declaredS.toFixed(2))
          : why('analysis_why_cut_off', declaredS.toFixed(2), got.toFixed(2)),
      ),
    );
  }
  if (requestedS !== undefined && got < requestedS - Math.max(SLACK_S, SLACK_SHARE * requestedS)) {
    const share = got / requestedS;
    out.push(
      finding(
        'truncated_output',
        share < 0.75 ? 0.9 : 0.75,
        [got, requestedS],
        [
          `The video lasts ${got.toFixed(2)} s where ${requestedS.toFixed(1)} s were requested (${Math.round(share * 100)}% of the requested length).`,
        ],
        [got],
        why('analysis_why_short', got.toFixed(2), requestedS.toFixed(1), String(Math.round(share * 100))),
      ),
    );
  }
  return out;
}

export function truncatedDetector(): Detector {
  return { name: 'truncated', push: () => undefined, finish: truncatedFindings };
}
