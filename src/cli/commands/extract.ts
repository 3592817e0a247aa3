import { providerForApiUrl } from '../../providers/index.ts';
import { readResponse } from '../../providers/read-response.ts';
import type { ProviderDefinition } from '../../providers/types.ts';
import { parse, provider } from '../args.ts';
import { UsageError, type Command } from '../types.ts';

export const extractCommand: Command = {
  name: 'extract',
  summary: "List the generations a provider's parsers find in a saved API or web-app response",
  usage: `ava extract --provider <id> [--url <url>] <file>
ava extract --url <url> <file>

Prints a JSON array [{id, status, providerStatus, failureKind, providerCode, message, prompt, viaFallback}] (absent
fields are null) of the generations in a saved response body. The body is read the way AVA's page tap forwards it:
one JSON document, or a stream of JSON lines (Next.js RSC rows, NDJSON, event-stream data lines, Google batchexecute).
The provider's parser runs first; when it rejects the body or finds nothing, AVA's generic fallback looks for
generation-like objects and marks each it finds with "viaFallback": true. Statuses AVA does not know are kept as
"unknown" with the provider's own status in providerStatus. Items skipped are reported on stderr.

Options:
  --url <url>      the URL the response came from. Without --provider, the provider is the one whose API URL
                   patterns take this URL (the same matching the extension's content script uses).
  --provider <id>  provider whose parsers to use; with --url, the URL must be one this provider watches.

Exit codes: 0 ok; 2 bad usage, unknown provider, --provider and --url disagreeing, unreadable input, or a response
neither the parser nor the fallback can read; 3 no provider watches the URL.`,
  async run(args, io) {
    const { values, positionals } = parse(args, { provider: { type: 'string' }, url: { type: 'string' } });
    if (positionals.length !== 1) throw new UsageError('exactly one response file is required');
    const url = values.url;
    let p: ProviderDefinition;
    if (url !== undefined) {
      const watching = providerForApiUrl(url);
      if (!watching) {
        io.err(`ava extract: no provider watches URL ${url}`);
        return 3;
      }
      if (values.provider !== undefined && provider(values.provider).id !== watching.id) {
        throw new UsageError(`--provider ${values.provider} does not watch ${url}: that URL is ${watching.id}'s (${watching.name})`);
      }
      p = watching;
    } else {
      if (values.provider === undefined) throw new UsageError('--provider or --url is required');
      p = provider(values.provider);
    }
    const file = positionals[0]!;
    let text: string;
    try {
      text = await io.readFile(file);
    } catch (e) {
      throw new UsageError(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const r = readResponse(p, url ?? '', text);
    if (r.outcome === 'unreadable') throw new UsageError(`${file} is not valid JSON, nor a stream of JSON lines`);
    if (r.outcome === 'rejected' && r.generations.length === 0) {
      throw new UsageError(`${file}: ${r.problems[0] ?? `${p.name}: response not read`}`);
    }
    for (const problem of r.problems) io.err(`warning: ${problem}`);
    if (r.fallbackCount) {
      io.err(`warning: ${p.name}'s parser found nothing; ${r.fallbackCount} found by the generic fallback (marked viaFallback)`);
    }
    const rows = r.generations.map((g) => ({
      id: g.id,
      status: g.status,
      providerStatus: g.providerStatus ?? null,
      failureKind: g.failureKind ?? null,
      providerCode: g.providerCode ?? null,
      message: g.message ?? null,
      prompt: g.prompt ?? null,
      viaFallback: g.viaFallback ?? false,
    }));
    io.out(JSON.stringify(rows, null, 2));
    return 0;
  },
};
