import { termFor } from '../../claims/terms.ts';
import { classify } from '../../classifier/classify.ts';
import type { ProviderDefinition } from '../../providers/types.ts';
import { parse, provider } from '../args.ts';
import { UsageError, type Command } from '../types.ts';

/** The classification as the CLI prints it: each mode with the provider's own term for it. */
export function classifyFor(p: ProviderDefinition, text: string) {
  const c = classify(text);
  return {
    findings: c.findings.map((f) => ({ mode: f.mode, term: termFor(p, f.mode), confidence: f.confidence, reasons: f.reasons })),
    needsDetail: c.needsDetail,
    ...(c.followUp ? { followUp: c.followUp } : {}),
    ...(c.hardFailure ? { hardFailure: { ...c.hardFailure, term: termFor(p, c.hardFailure.kind) } } : {}),
  };
}

/** One JSONL input line to one output object; a bad line gets an error object, and the stream goes on. */
function classifyLine(p: ProviderDefinition, line: string, n: number): object {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { error: `line ${n}: not valid JSON` };
  }
  const text = typeof value === 'object' && value !== null && 'text' in value ? (value as { text: unknown }).text : undefined;
  if (typeof text !== 'string') return { error: `line ${n}: expected an object with a string "text" field` };
  return classifyFor(p, text);
}

export const classifyCommand: Command = {
  name: 'classify',
  summary: "Map a description of a broken video to failure modes and the provider's terms",
  usage: `ava classify --provider <id> "<description>"
ava classify --provider <id> --jsonl < descriptions.jsonl

Prints one JSON object: {"findings":[{"mode","term","confidence","reasons"}],"needsDetail":bool,"followUp"?,
"hardFailure"?:{"kind","reasons","term"}}. Findings are sorted by confidence; "term" is the provider's own name for
the mode; "reasons" quote the words that matched; "followUp" is the question to ask when the description is too
vague (needsDetail: true); "hardFailure" is set when the words describe a failed, stuck, blocked or
charged-without-video generation (no follow-up question then).

Options:
  --provider <id>  provider whose vocabulary to use (required)
  --jsonl          read one {"text": "..."} per stdin line, write one object per line in the same order; a line
                   that is not such an object gets {"error": "..."} and the rest continue; blank lines are skipped

Exit codes: 0 ok; 2 bad usage or unknown provider.`,
  async run(args, io) {
    const { values, positionals } = parse(args, { provider: { type: 'string' }, jsonl: { type: 'boolean' } });
    const p = provider(values.provider);
    if (values.jsonl) {
      if (positionals.length) throw new UsageError('--jsonl reads stdin; do not also pass a description');
      let n = 0;
      for await (const line of io.lines()) {
        n++;
        if (!line.trim()) continue;
        io.out(JSON.stringify(classifyLine(p, line, n)));
      }
      return 0;
    }
    if (!positionals.length) throw new UsageError('a description is required (or --jsonl to read stdin)');
    io.out(JSON.stringify(classifyFor(p, positionals.join(' '))));
    return 0;
  },
};
