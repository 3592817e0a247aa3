/**
 * `ava analyze`: the cheap frame analysis (colour, blank, frozen, truncated, motion) on a local clip, one JSON
 * object on stdout. Same detectors as the extension; decoding via ffmpeg (src/cli/node/decode.ts), which is
 * the one thing it needs installed.
 */
import { DecodeError, analyzeFile } from '../node/decode.ts';
import { termFor } from '../../claims/terms.ts';
import { requestedDurationFromPrompt } from '../../analysis/detectors/truncated.ts';
import { PROVIDER_IDS, providerById } from '../../providers/index.ts';
import { parse } from '../args.ts';
import { UsageError, type Command } from '../types.ts';

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'Find failures in a video file from its frames (flicker, drift, black, frozen, truncated, jumps, text, faces)',
  usage: `ava analyze <clip.mp4> [--prompt "..."] [--provider <id>] [--duration <seconds>] [--no-ocr] [--faces]

Prints one JSON object:
  {"durationS":6,"framesAnalysed":144,"findings":[{"mode","term","confidence","at":[startS,endS],"reasons":[...],
   "evidence":[frame times]}],"cuts":[shot cut times]}
No findings means nothing wrong was seen. "term" is the provider's own name with --provider, else the canonical one.

Options:
  --prompt "..."     the generation's prompt; a duration in it ("a 6 second shot") is the requested length, and
                     quoted text in it ('a sign that says "OPEN"') is read back from the frames with OCR
  --no-ocr           skip the OCR pass even when the prompt quotes text
  --faces            also compare faces across frames within each shot (identity; a few seconds more)
  --duration <s>     the requested length in seconds (overrides the prompt); a shorter video is truncated_output
  --provider <id>    name findings in that provider's terms (${PROVIDER_IDS.join(', ')})

Needs ffmpeg and ffprobe on PATH (apt-get install ffmpeg / brew install ffmpeg).
Exit codes: 0 analysed (with or without findings); 2 bad usage, unreadable file, or ffmpeg missing.`,

  async run(args, io) {
    const { values, positionals } = parse(args, {
      prompt: { type: 'string' },
      provider: { type: 'string' },
      duration: { type: 'string' },
      'no-ocr': { type: 'boolean' },
      faces: { type: 'boolean' },
    });
    const file = positionals[0];
    if (!file || positionals.length > 1) throw new UsageError('expected exactly one video file');
    const provider = values.provider === undefined ? undefined : providerById(values.provider);
    if (values.provider !== undefined && !provider)
      throw new UsageError(`unknown provider "${values.provider}" (known: ${PROVIDER_IDS.join(', ')})`);
    const requestedS =
      values.duration !== undefined ? Number(values.duration) : values.prompt ? requestedDurationFromPrompt(values.prompt) : undefined;
    if (requestedS !== undefined && !(requestedS > 0)) throw new UsageError('--duration must be a positive number of seconds');
    try {
      const r = await analyzeFile(file, {
        ...(requestedS !== undefined ? { requestedS } : {}),
        ...(values.prompt !== undefined ? { prompt: values.prompt } : {}),
        ...(values['no-ocr'] ? { ocr: false } : {}),
        ...(values.faces ? { faces: true } : {}),
      });
      const findings = r.findings.map(({ mode, term, confidence, at, reasons, evidence }) => ({
        mode,
        // The provider's own word for the failure where it has one; the canonical technical name otherwise.
        term: provider ? termFor(provider, mode) : term,
        confidence,
        at,
        reasons,
        evidence,
      }));
      io.out(JSON.stringify({ durationS: r.durationS, framesAnalysed: r.framesAnalysed, findings, cuts: r.cuts }));
      return 0;
    } catch (e) {
      // An unreadable clip or a missing ffmpeg is the person's input/setup, not a crash: clear message, exit 2.
      if (e instanceof DecodeError) throw new UsageError(e.message);
      throw e;
    }
  },
};
