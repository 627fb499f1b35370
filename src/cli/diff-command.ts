// `extract diff OLD NEW`: compare two runs (json or jsonl output of extract) by what
// their facts say, for a nightly job that alerts when tonight's output differs from
// last night's. Exit 0 equal (or only differences --fail-on lets pass), 1 different,
// 2 usage error or an input that is not a run.
import fs from 'node:fs';
import type { Command } from 'commander';
import type { Run } from '../diff/load.js';
import type { DiffKind } from '../diff/kinds.js';
import { EXIT, warn } from './common.js';
import { addOptions } from './options.js';

export type DiffFormat = 'text' | 'json';

export interface DiffCommandOptions {
  readonly format: DiffFormat;
  readonly quiet: boolean;
  readonly failOn: readonly DiffKind[];
}

const HELP_AFTER = `
Facts are matched by what they are about, not by id or offsets:
  indicator     doc, metric (or label), region, period
  event         doc, date, summary
  organization  doc, canonical name
Facts with the same key in one document are paired by what they say (the same
content, the same value, then the same label or quote near the same place), and
only then by order: one figure inserted before others is one added fact. Paired
facts are compared field by field, ignoring id, start, end, text and the rule-set
hash in rule (a changed rule set is reported once, on a line of its own).
Documents that failed are compared too. A document found under a new name with the
same bytes (json, or jsonl written with --documents) is renamed, not removed and added.

Examples:
  $ extract diff last-night.json tonight.json
  $ extract news/ --format jsonl | extract diff last-night.jsonl -
  $ extract diff last.jsonl tonight.jsonl --fail-on changed,removed    new facts pass
  $ extract diff a.jsonl b.json --format json | jq '.differences[] | select(.type == "indicator")'

Exit status: 0 the runs hold the same facts, or differ only in kinds --fail-on leaves
out; 1 they differ; 2 usage error, or an input that cannot be read or is not extract
json/jsonl output.`;

export function registerDiff(program: Command): void {
  const command = program
    .command('diff')
    .description('Compare two runs of extract (json or jsonl output) and report added, removed and changed facts.')
    .argument('<old>', 'the earlier run: a file, or - for standard input')
    .argument('<new>', 'the later run: a file, or - for standard input');
  addOptions(command, ['diffFormat', 'diffQuiet', 'failOn'])
    .addHelpText('after', HELP_AFTER)
    .showHelpAfterError('(run extract diff --help for usage)')
    .action(async (oldPath: string, newPath: string, opts: DiffCommandOptions) => {
      process.exitCode = await runDiff(oldPath, newPath, { ...opts, quiet: Boolean(opts.quiet) });
    });
}

// The comparison (and zod, which validates the runs) loads only when diff runs.
export async function runDiff(oldPath: string, newPath: string, opts: DiffCommandOptions): Promise<number> {
  const { InvalidRunError, parseRun } = await import('../diff/load.js');
  const { diffRuns, failsOn } = await import('../diff/compare.js');
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
  return failsOn(diff, opts.failOn) ? EXIT.failed : EXIT.ok;
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
