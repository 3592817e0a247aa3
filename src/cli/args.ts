import { parseArgs, type ParseArgsConfig } from 'node:util';
import { PROVIDER_IDS, providerById, type ProviderDefinition } from '../providers/index.ts';
import { type Io, UsageError } from './types.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, with its errors turned into usage errors (exit 2) instead of stack traces. */
export function parse<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}

/** The provider named by --provider, or a usage error listing the known ones. */
export function provider(id: unknown): ProviderDefinition {
  if (typeof id !== 'string' || !id) throw new UsageError(`--provider is required (one of: ${PROVIDER_IDS.join(', ')})`);
  const p = providerById(id);
  if (!p) throw new UsageError(`unknown provider "${id}" (known: ${PROVIDER_IDS.join(', ')})`);
  return p;
}

/** Read and JSON-decode a file named on the command line; unreadable or malformed input is a usage error (exit 2). */
export async function readJson(io: Io, file: string): Promise<unknown> {
  let raw: string;
  try {
    raw = await io.readFile(file);
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    return JSON.parse(raw) as unknown;
  } catch (e) {
    throw new UsageError(`${file} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
}
