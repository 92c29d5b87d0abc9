/** An expected failure: printed as one line (or a list of issues), never with a stack. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Input that failed its checks; the issues are already formatted lines. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

/** Exit codes, documented in the README. */
export const EXIT = { ok: 0, input: 1, usage: 2, internal: 3 } as const;
