// The subcommands of `extract`, one module each; `extract [paths...]` itself is in main.ts.
import type { Command } from 'commander';
import { registerEval } from './eval-command.js';
import { registerDiff } from './diff-command.js';
import { registerRules } from './rules-command.js';
import { registerExplain } from './explain-command.js';
import { registerSchema } from './schema-command.js';
import { registerTable } from './table-command.js';
import { registerCache } from './cache-command.js';

export function registerSubcommands(program: Command): void {
  registerRules(program);
  registerExplain(program);
  registerSchema(program);
  registerEval(program);
  registerDiff(program);
  registerTable(program);
  registerCache(program);
}
