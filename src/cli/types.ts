/** What a command sees of the outside world: injected so commands stay testable and free of process globals. */
export interface Io {
  /** One line to stdout (the newline is added). */
  out(line: string): void;
  /** One line to stderr. */
  err(line: string): void;
  /** Lines of stdin, without their newlines. */
  lines(): AsyncIterable<string>;
  readFile(path: string): Promise<string>;
}

export interface Command {
  name: string;
  /** One line for `ava --help`. */
  summary: string;
  /** The full usage text for `ava <name> --help`: synopsis, options, exit codes. */
  usage: string;
  /** Returns the exit code: 0 ok, 2 bad usage or bad input (see each command's usage). */
  run(args: string[], io: Io): Promise<number>;
}

/** Bad usage or bad input: main prints the message (and a usage hint) on stderr and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
