/** Where a command writes: stdout for results, stderr for progress and messages. */
export interface Output {
  log(line: string): void;
  error(line: string): void;
  /** True when stderr is a terminal (progress bars only then). */
  readonly interactive: boolean;
}

/** One subcommand of `duizhao`. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], out: Output): Promise<void>;
}
