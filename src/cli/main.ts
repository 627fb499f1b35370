// The `extract` command line. Errors go to stderr, one line each, naming the input;
// exit codes: 0 every input processed, 1 some input failed (more than --max-errors;
// the rest still emitted), 2 usage error, invalid rule files, or output not writable,
// 3 a bug in extract (internal error).
import { Command, CommanderError } from 'commander';
import { runExtract } from './extract-command.js';
import { registerSubcommands } from './subcommands.js';
import { RuleFileError } from '../rules/load.js';
import { EXIT, UsageError, packageInfo, warn } from './common.js';
import { defaultJobs } from '../run/runner.js';
import { EXTRACT_OPTIONS, addOptions } from './options.js';
import { extractConfig, type ParsedExtractOptions } from './config.js';
import { firstWord, shadowHint } from './argv.js';
import { stdinIsTerminal, stdoutIsTerminal } from './stdin.js';
import { why } from './output-target.js';

const HELP_AFTER = `
Examples:
  $ extract fixtures/seeds                       every text under a folder, as JSON
  $ extract news/ -g '*.htm' -g '!draft*' -f jsonl -o facts.jsonl
  $ extract report.txt --format csv --bom -o report.csv
  $ cat article.txt | extract - --format jsonl --ref-date 2021-06-30
  $ extract news/ --type indicator --format jsonl | jq .value
  $ extract archive.jsonl --text-field body -f xlsx -o facts.xlsx
  $ extract -- rules                             a folder named like a command (rules, diff, eval …)

Inputs: files named are always read; in folders, files named .txt .text .htm .html
.xhtml .shtml are (hidden ones never), unless -g globs choose: -g '*.md' reads those
instead, -g '!SOURCES*' leaves those out, the last matching glob wins, -g '*' reads
every file. The -o file and the --cache folder are never read as input. Collections
(.jsonl, .ndjson, a .json array, a .csv with a text column) give a document per
record, in folders too, unless they are extract's own output (of an earlier run).

What it finds (see README.md for every field):
  indicator     a figure with what it measures, whose, when, its change and status
                (9385.6亿元 → 938560000000 CNY; 同比增长3.4% → change yoy 3.4)
  event         a clause with a date: meeting, signing, release, founding, investment,
                visit, launch, appointment (5月13日 in a 2021 article → 2021-05-13)
  organization  one record per organization per document, with its short forms
Dates without a year take it from the text around them, else from the page's
publication date, else from --ref-date; every event says which (dateBasis).

Output: -o FILE replaces FILE only once the run is complete (an interrupted or failed
run leaves it as it was); a pipe or device is written to, never replaced. At the end a
line on stderr sums up: documents, facts, errors, cache hits, seconds (-q: none).

Exit status: 0 all inputs processed; 1 some input could not be read (more than
--max-errors; the others are still in the output, each failure is on stderr); 2 usage
error, bad rule file, or an output that cannot be written (nothing is replaced); 3 a bug
in extract ("internal error", for the run or one input: please report it).`;

export interface ProgramOptions {
  /** False after `--`: every word is a path, even one named like a command. */
  readonly subcommands?: boolean;
}

export function buildProgram(opts: ProgramOptions = {}): Command {
  const { version } = packageInfo();
  const program = new Command('extract');
  // Set before subcommands are added, so they inherit it: usage errors become exit 2.
  program.exitOverride();
  // Options after a subcommand's name belong to the subcommand (extract diff a b --format json;
  // extract rules check --rules DIR), not to extract's own --format or --rules.
  program.enablePositionalOptions();
  program.configureOutput({ writeErr: (s) => process.stderr.write(s) });
  program
    .description('Extract dated events, numeric indicators and organizations from Chinese news and government text.')
    .version(version, '-V, --version')
    .argument('[paths...]', 'files, folders (read recursively) or - for standard input');
  addOptions(program, EXTRACT_OPTIONS)
    .addHelpText('after', HELP_AFTER)
    .showHelpAfterError('(run extract --help for usage)')
    .action(async (paths: string[], parsed: ParsedExtractOptions) => {
      const cfg = extractConfig(paths, parsed, {
        cores: defaultJobs(),
        stdinIsTerminal: stdinIsTerminal(),
        stdoutIsTerminal: stdoutIsTerminal(),
        warn,
      });
      process.exitCode = await runExtract(cfg);
    });
  if (opts.subcommands !== false) registerSubcommands(program);
  return program;
}

export async function main(argv: string[] = process.argv): Promise<number> {
  watchProcess();
  return runCommandLine(argv);
}

/** The command line parsed and run; every failure said in one line; the exit code. */
export async function runCommandLine(argv: readonly string[]): Promise<number> {
  const probe = buildProgram();
  const word = firstWord(argv.slice(2), probe);
  const program = word.kind === 'paths-only' ? buildProgram({ subcommands: false }) : probe;
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (e) {
    return failure(e, word.kind === 'subcommand' ? shadowHint(word.name) : null);
  }
}

/** The exit code of a run that ended by an exception, after saying why in one line. */
export function failure(e: unknown, hint: string | null): number {
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return EXIT.ok;
    // Help asked for (`extract rules help`) is a success; help shown on stderr for want of a
    // subcommand (`extract rules`, or `extract -f jsonl rules` meant for a folder) is not:
    // commander gives it exit code 1, and a script must not take it for an empty run.
    if (e.code === 'commander.help' && e.exitCode === 0) return EXIT.ok;
    if (hint) warn(hint);
    return EXIT.usage;
  }
  if (e instanceof UsageError) {
    warn(e.message);
    if (hint) warn(hint);
    return EXIT.usage;
  }
  if (e instanceof RuleFileError) {
    warn(`invalid rule file: ${e.message}`);
    return EXIT.usage;
  }
  reportBug(e);
  return EXIT.bug;
}

/** A real bug: one line, a request to report it, the stack only when asked for. */
export function reportBug(e: unknown): void {
  const message = e instanceof Error ? e.message : String(e);
  warn(`internal error: ${message}`);
  warn('this is a bug in extract: please report it with the command line that gave it (EXTRACT_DEBUG=1 shows where)');
  if (process.env.EXTRACT_DEBUG && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
}

/**
 * The process's own failures: a reader that stops early (extract … | head -1) ends the
 * run quietly; a standard output that cannot be written is one line; a file size limit
 * (ulimit -f) makes writes fail with EFBIG, reported, instead of killing the process
 * with SIGXFSZ and no word; anything thrown outside a command is a bug, reported as one.
 */
function watchProcess(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(EXIT.ok);
    warn(`cannot write to standard output: ${why(err)}`);
    process.exit(EXIT.usage);
  });
  process.on('SIGXFSZ', () => {});
  process.on('uncaughtException', (e) => {
    reportBug(e);
    process.exit(EXIT.bug);
  });
}
