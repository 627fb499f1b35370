// `extract diff OLD NEW`: compare two runs (json or jsonl output of extract) by what
// their facts say, for a nightly job that alerts when tonight's output differs from
// last night's. Exit 0 equal, 1 different, 2 usage error or an input that is not a run.
import fs from 'node:fs';
import { Option, type Command } from 'commander';
import type { Run } from '../diff/load.js';
import { EXIT, warn } from './common.js';

export const DIFF_FORMATS = ['text', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export interface DiffCommandOptions {
  readonly format: DiffFormat;
  readonly quiet: boolean;
}

const HELP_AFTER = `
Facts are matched by what they are about, not by id or offsets:
  indicator     doc, metric (or label), region, period
  event         doc, date, summary
  organization  doc, canonical name
and then compared field by field, ignoring id, start, end, text and the rule-set
hash in rule (a changed rule set is reported once, on a line of its own).
Documents that failed are compared too.

Examples:
  $ extract diff last-night.json tonight.json
  $ extract news/ --format jsonl | extract diff last-night.jsonl -
  $ extract diff a.jsonl b.json --format json | jq '.differences[] | select(.type == "indicator")'

Exit status: 0 the runs hold the same facts; 1 they differ; 2 usage error, or an
input that cannot be read or is not extract json/jsonl output.`;

export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description('Compare two runs of extract (json or jsonl output) and report added, removed and changed facts.')
    .argument('<old>', 'the earlier run: a file, or - for standard input')
    .argument('<new>', 'the later run: a file, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'report format').choices([...DIFF_FORMATS]).default('text'))
    .option('-q, --quiet', 'print only the summary line', false)
    .addHelpText('after', HELP_AFTER)
    .showHelpAfterError('(run extract diff --help for usage)')
    .action(async (oldPath: string, newPath: string, opts: { format: DiffFormat; quiet: boolean }) => {
      process.exitCode = await runDiff(oldPath, newPath, { format: opts.format, quiet: Boolean(opts.quiet) });
    });
}

// The comparison (and zod, which validates the runs) loads only when diff runs.
export async function runDiff(oldPath: string, newPath: string, opts: DiffCommandOptions): Promise<number> {
  const { InvalidRunError, parseRun } = await import('../diff/load.js');
  const { diffRuns, isEqual } = await import('../diff/compare.js');
  const { renderJson, renderText } = await import('../diff/render.js');
  if (oldPath === '-' && newPath === '-') {
    warn('diff: standard input (-) can be read only once');
    return EXIT.usage;
  }
  const loadRun = (file: string) => readRun(file, (text) => parseRun(text, file), InvalidRunError);
  const oldRun = loadRun(oldPath);
  const newRun = loadRun(newPath);
  if (!oldRun || !newRun) return EXIT.usage;
  const diff = diffRuns(oldRun, newRun);
  const report =
    opts.format === 'json'
      ? renderJson(diff, { old: { file: oldPath, run: oldRun }, new: { file: newPath, run: newRun } }, opts)
      : renderText(diff, opts);
  process.stdout.write(report);
  return isEqual(diff) ? EXIT.ok : EXIT.failed;
}

/** The run in a file, or null after saying on stderr why it is not one. */
function readRun(file: string, parse: (text: string) => Run, Invalid: new (...args: never[]) => Error): Run | null {
  let text: string;
  try {
    text = fs.readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    warn(`diff: cannot read ${file}: ${readFailure(e)}`);
    return null;
  }
  try {
    return parse(text);
  } catch (e) {
    if (e instanceof Invalid) {
      warn(`diff: ${e.message}`);
      return null;
    }
    throw e;
  }
}

function readFailure(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'EACCES') return 'permission denied';
  return e instanceof Error ? e.message : String(e);
}
