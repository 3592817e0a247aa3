import { ParseError } from '../../providers/types.ts';
import { parse, provider, readJson } from '../args.ts';
import { UsageError, type Command } from '../types.ts';

export const extractCommand: Command = {
  name: 'extract',
  summary: 'List the generations a provider\'s parsers find in a saved API or web-app response',
  usage: `ava extract --provider <id> [--url <url>] <file.json>

Prints a JSON array [{id, status, failureKind, providerCode, message, prompt}] (absent fields are null) of the
generations the provider's parseResponse finds in the saved response; items it had to skip are reported on stderr.

Options:
  --provider <id>  provider whose parsers to use (required)
  --url <url>      the URL the response came from, for parsers that look at it (default: none; Sora then expects
                   the body to contain at least one task, draft or video object)

Exit codes: 0 ok; 2 bad usage, unknown provider, unreadable or malformed JSON, or a response the parser rejects.`,
  async run(args, io) {
    const { values, positionals } = parse(args, { provider: { type: 'string' }, url: { type: 'string' } });
    const p = provider(values.provider);
    if (positionals.length !== 1) throw new UsageError('exactly one response file is required');
    const file = positionals[0]!;
    const body = await readJson(io, file);
    let result;
    try {
      result = p.parseResponse(values.url ?? '', body);
    } catch (e) {
      if (e instanceof ParseError) throw new UsageError(`${file}: ${e.message}`);
      throw e;
    }
    for (const problem of result.problems) io.err(`warning: ${problem}`);
    const rows = result.generations.map((g) => ({
      id: g.id,
      status: g.status,
      failureKind: g.failureKind ?? null,
      providerCode: g.providerCode ?? null,
      message: g.message ?? null,
      prompt: g.prompt ?? null,
    }));
    io.out(JSON.stringify(rows, null, 2));
    return 0;
  },
};
