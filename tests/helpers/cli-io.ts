import type { Io } from '../../src/cli/types.ts';

/**
 * The CLI's Io for tests: lines written to `out` and `err` are kept; files named in `files` are read from there,
 * any other path from disk (the committed fixtures).
 */
export function cliIo(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const fake: Io = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    lines: async function* () {},
    readFile: async (p) => {
      if (p in files) return files[p]!;
      const { readFile } = await import('node:fs/promises');
      return readFile(p, 'utf8');
    },
  };
  return { fake, out, err };
}
