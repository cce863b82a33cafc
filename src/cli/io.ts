// Everything a run of the command sees of the world, as one value: standard input, output and
// error, whether they are a terminal, the environment, the working folder and the clock.
// src/cli/main.ts makes it from the process; a test makes its own and runs the command in its
// own process, with nothing of that process (its folder, its variables, its time zone) leaking in.

/** Standard input: its chunks as they come, and whether someone types them at a terminal. */
export interface Input extends AsyncIterable<Uint8Array | string> {
  readonly isTTY: boolean;
}

/** What an output stream is: a terminal (and how wide) or not. */
export interface Terminal {
  readonly isTTY: boolean;
  /** Its width in columns, when it is a terminal. */
  readonly columns?: number;
}

export interface Io {
  stdin: Input;
  /** Standard output; bytes only for `report --format pdf -o -`. */
  out: (text: string | Uint8Array) => void;
  /** Standard error: messages only. */
  err: (text: string) => void;
  stdout: Terminal;
  stderr: Terminal;
  env: Readonly<Record<string, string | undefined>>;
  /** The working folder: every path the user gives is relative to it. */
  cwd: string;
  now: () => Date;
}

/** What a command's action reports back: its exit code. */
export interface Outcome {
  exitCode: number;
}
