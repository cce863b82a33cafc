/** The documented exit codes (README, "Exit codes"). */
export const exitCodes = {
  ok: 0,
  /** Problems in the data: validation errors, or more warnings than --max-warnings allows. */
  problems: 1,
  /** Unusable input or usage: bad options, a missing folder, an internal error. */
  usage: 2,
} as const;

/** A user-facing failure that ends the command with a message and an exit code, never a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = exitCodes.usage,
  ) {
    super(message);
  }
}
