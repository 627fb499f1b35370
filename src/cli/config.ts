// From the options as parsed (each value checked alone, options.ts) to the
// configuration a run uses: defaults filled in, and options that make no sense
// together refused with one line (exit 2) before anything is read or written.
import type { Format } from '../emit/formats.js';
import type { FactType } from '../fact-types.js';
import type { Shard } from '../run/shard.js';
import type { FieldChoice } from '../read/record-fields.js';
import { UsageError } from './common.js';

/** The options of `extract` as commander hands them over (names from options.ts). */
export interface ParsedExtractOptions {
  readonly glob?: string[];
  readonly encoding?: string;
  readonly textField?: string;
  readonly titleField?: string;
  readonly dateField?: string;
  readonly idField?: string;
  readonly shard?: Shard;
  readonly type?: FactType[];
  readonly refDate?: string;
  readonly rules?: string[];
  readonly defaultRules: boolean;
  readonly format: Format;
  readonly out?: string;
  readonly documents?: boolean;
  readonly bom?: boolean;
  readonly quiet?: boolean;
  readonly jobs?: number;
  readonly cache?: string;
  readonly cacheMaxAge?: number;
  readonly maxErrors: number;
}

/** Which rules a command uses. */
export interface RuleChoice {
  readonly dirs: readonly string[];
  readonly builtins: boolean;
}

export interface ExtractConfig {
  readonly paths: readonly string[];
  readonly globs: readonly string[];
  readonly encoding?: string;
  /** Where collection records keep their text, title, date and id (detected when absent). */
  readonly fields: FieldChoice;
  readonly shard: Shard | null;
  readonly types?: ReadonlySet<FactType>;
  readonly refDate: string | null;
  readonly rules: RuleChoice;
  readonly format: Format;
  readonly out?: string;
  readonly documents: boolean;
  readonly bom: boolean;
  readonly quiet: boolean;
  readonly jobs: number;
  readonly cacheDir?: string;
  readonly cacheMaxAge?: number;
  readonly maxErrors: number;
}

/** What the configuration depends on beyond the options: the machine, and whether input is piped. */
export interface Surroundings {
  readonly cores: number;
  readonly stdinIsTerminal: boolean;
  readonly stdoutIsTerminal: boolean;
  /** Told when an option is adjusted (--jobs above the cores). */
  readonly warn: (message: string) => void;
}

export function ruleChoice(opts: { readonly rules?: readonly string[]; readonly defaultRules?: boolean }): RuleChoice {
  const dirs = opts.rules ?? [];
  const builtins = opts.defaultRules !== false;
  if (!builtins && dirs.length === 0)
    throw new UsageError('--no-default-rules leaves no rules at all: add yours with --rules DIR');
  return { dirs, builtins };
}

export function extractConfig(paths: readonly string[], o: ParsedExtractOptions, s: Surroundings): ExtractConfig {
  checkFormatOptions(o);
  if (o.format === 'xlsx' && (o.out === undefined || o.out === '-') && s.stdoutIsTerminal)
    throw new UsageError('xlsx is a binary file: write it with -o FILE.xlsx (or redirect standard output)');
  if (o.cacheMaxAge !== undefined && o.cache === undefined)
    throw new UsageError(
      '--cache-max-age needs --cache DIR (or prune a cache with: extract cache prune DIR --max-age DAYS)',
    );
  return {
    paths: inputPaths(paths, s.stdinIsTerminal),
    globs: o.glob ?? [],
    ...(o.encoding ? { encoding: o.encoding } : {}),
    fields: {
      ...(o.textField ? { text: o.textField } : {}),
      ...(o.titleField ? { title: o.titleField } : {}),
      ...(o.dateField ? { date: o.dateField } : {}),
      ...(o.idField ? { id: o.idField } : {}),
    },
    shard: o.shard ?? null,
    ...(o.type ? { types: new Set(o.type) } : {}),
    refDate: o.refDate ?? null,
    rules: ruleChoice(o),
    format: o.format,
    ...(o.out !== undefined ? { out: o.out } : {}),
    documents: Boolean(o.documents),
    bom: Boolean(o.bom),
    quiet: Boolean(o.quiet),
    jobs: jobsFor(o.jobs, s),
    ...(o.cache !== undefined ? { cacheDir: o.cache } : {}),
    ...(o.cacheMaxAge !== undefined ? { cacheMaxAge: o.cacheMaxAge } : {}),
    maxErrors: o.maxErrors,
  };
}

/** --bom and --documents each belong to one format; given with another, they would be silently ignored. */
function checkFormatOptions(o: ParsedExtractOptions): void {
  if (o.bom && o.format !== 'csv')
    throw new UsageError(`--bom is for --format csv (${o.format} output is UTF-8 without a byte order mark)`);
  if (o.documents && o.format !== 'jsonl')
    throw new UsageError(
      o.format === 'json'
        ? '--documents is for --format jsonl (json output always lists its documents)'
        : `--documents is for --format jsonl (${o.format} output has no place for document lines)`,
    );
}

/** No paths: standard input when something is piped in; a person at a terminal gets a usage line. */
function inputPaths(paths: readonly string[], stdinIsTerminal: boolean): readonly string[] {
  if (paths.length === 0) {
    if (stdinIsTerminal)
      throw new UsageError('no input given: name files or folders, or - for standard input (extract --help)');
    return ['-'];
  }
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
  return paths;
}

/**
 * The cores by default; never more: each worker loads its own jieba (about 250 MB), and
 * on 2 cores --jobs 16 took 4 GB and ran 4× slower than --jobs 2.
 */
function jobsFor(asked: number | undefined, s: Surroundings): number {
  if (asked === undefined) return s.cores;
  if (asked <= s.cores) return asked;
  s.warn(`--jobs ${asked} is more than the ${s.cores} cores here: using ${s.cores}`);
  return s.cores;
}
