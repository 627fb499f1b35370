// The subcommands of `extract`, one module each; `extract [paths...]` itself is in main.ts.
import type { Command } from 'commander';

export function registerSubcommands(program: Command): void {
  void program;
}
