/**
 * `ava`: the extension's core (providers, failure modes, claims) for the command line. No chrome APIs here.
 *
 * Adding a command: write src/cli/commands/<name>.ts exporting a `Command` (see types.ts: name, summary, usage, run),
 * then add one line to COMMANDS below. `ava --help` lists it and `ava <name> --help` prints its usage; throwing a
 * UsageError from run() prints the message on stderr and exits 2.
 */
import { createInterface } from 'node:readline';
import { readFile } from 'node:fs/promises';
import { analyzeCommand } from './commands/analyze.ts';
import { classifyCommand } from './commands/classify.ts';
import { draftCommand } from './commands/draft.ts';
import { extractCommand } from './commands/extract.ts';
import { UsageError, type Command, type Io } from './types.ts';

export const COMMANDS: Readonly<Record<string, Command>> = {
  analyze: analyzeCommand,
  classify: classifyCommand,
  draft: draftCommand,
  extract: extractCommand,
};

export function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const list = Object.values(COMMANDS)
    .map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`)
    .join('\n');
  const details = Object.values(COMMANDS)
    .map((c) => `--- ava ${c.name}\n${c.usage}`)
    .join('\n\n');
  return `ava: get your credits back when an AI video generation fails (command-line tools)

Usage: ava <command> [options]
       ava <command> --help

Commands:
${list}

${details}`;
}

export const processIo = (): Io => ({
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  lines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
  readFile: (path) => readFile(path, 'utf8'),
});

/** Runs one command line; returns the exit code rather than exiting, so output is flushed and tests can call it. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.err : io.out)(help());
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(`ava: unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(', ')}); see ava --help`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(command.usage);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`ava ${name}: ${e.message}\nsee: ava ${name} --help`);
      return 2;
    }
    io.err(`ava ${name}: unexpected error: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}
