// Every option of every command, defined once (as ripgrep's flags/defs.rs): its flags,
// its one-line help, how its value is read, its default. A command lists the options it
// takes by name, so `--rules` means the same thing, with the same help, everywhere.
// Reading a value checks its form only; what options mean together (--bom without csv,
// --no-default-rules without --rules) is decided in config.ts.
import { InvalidArgumentError, Option, type Command } from 'commander';
import { FACT_TYPES, type FactType } from '../fact-types.js';
import { FORMATS } from '../emit/formats.js';
import { parseShard, type Shard } from '../run/shard.js';
import { DIFF_KINDS, type DiffKind } from '../diff/kinds.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** 2021-06-30. The form and the day are told apart: 2021-02-30 has the form of a date, but is none. */
export function parseDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a date as YYYY-MM-DD, e.g. 2021-06-30');
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) throw new InvalidArgumentError(`${value} is not a date: there is no month ${month}`);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days)
    throw new InvalidArgumentError(`${value} is not a date: ${MONTHS[month - 1]} ${year} has ${days} days`);
  return m[0];
}

function wholeNumber(min: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isInteger(n) || n < min)
      throw new InvalidArgumentError(`expected a whole number of ${min} or more`);
    return n;
  };
}

function parseDays(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0)
    throw new InvalidArgumentError('expected a number of days above 0 (e.g. 30, or 0.5 for twelve hours)');
  return n;
}

function parseShardOption(value: string): Shard {
  const shard = parseShard(value);
  if (!shard) throw new InvalidArgumentError('expected i/n with 1 ≤ i ≤ n, e.g. 2/4');
  return shard;
}

function parseList<T extends string>(allowed: readonly T[], what: string): (value: string) => T[] {
  return (value) => {
    const items = value
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    if (items.length === 0) throw new InvalidArgumentError(`expected one or more of ${allowed.join(', ')}`);
    for (const t of items) {
      if (!(allowed as readonly string[]).includes(t))
        throw new InvalidArgumentError(`unknown ${what} "${t}" (choose from ${allowed.join(', ')})`);
    }
    return [...new Set(items)] as T[];
  };
}

/** Any WHATWG label Node decodes (utf-8, gb18030, gbk, big5, utf-16le …): a typo is a usage error, not a failure per file. */
function parseEncoding(value: string): string {
  try {
    return new TextDecoder(value.trim()).encoding;
  } catch {
    throw new InvalidArgumentError(`unknown encoding "${value}" (e.g. utf-8, gb18030, gbk, big5, utf-16le)`);
  }
}

function parseF1(value: string): number {
  const x = Number(value);
  if (value.trim() === '' || !Number.isFinite(x) || x < 0 || x > 1)
    throw new InvalidArgumentError('expected a number from 0 to 1 (0.85 for 85%)');
  return x;
}

/** For repeatable options: --rules a --rules b. */
export const collect = (value: string, previous: string[] = []) => [...previous, value];

interface OptionDef {
  readonly flags: string;
  readonly help: string;
  readonly group?: string;
  readonly choices?: readonly string[];
  readonly parse?: (value: string, previous: never) => unknown;
  readonly default?: unknown;
  /** How --help shows the default, when the value alone would not say it. */
  readonly defaultText?: string;
  /** The command cannot run without it. */
  readonly mandatory?: boolean;
}

const INPUTS = 'Choosing inputs:';
const FINDING = 'What to find:';
const OUTPUT = 'Output:';
const RUNNING = 'Running many inputs:';

/** The options of every command, by name. */
export const OPTIONS = {
  // extract: inputs
  glob: {
    flags: '-g, --glob <pattern>',
    help: "read only files matching a glob in folders, or leave out with !glob (repeatable; the last match wins; '*' reads every file)",
    group: INPUTS,
    parse: collect,
  },
  encoding: {
    flags: '--encoding <name>',
    help: 'decode every input with this encoding instead of detecting it (utf-8, gb18030, big5, utf-16le …)',
    group: INPUTS,
    parse: parseEncoding,
  },
  textField: {
    flags: '--text-field <name>',
    help: 'collections (.jsonl, .json array, .csv): the field holding the text (default: content, text, body …)',
    group: INPUTS,
  },
  titleField: {
    flags: '--title-field <name>',
    help: 'collections: the field holding the title (default: title, headline)',
    group: INPUTS,
  },
  dateField: {
    flags: '--date-field <name>',
    help: 'collections: the field holding the publication date (default: published, pubtime, date …)',
    group: INPUTS,
  },
  idField: {
    flags: '--id-field <name>',
    help: 'collections: the field naming a record in `doc` (default: id, url; else its line)',
    group: INPUTS,
  },
  shard: {
    flags: '--shard <i/n>',
    help: 'process only share i of n of the inputs (split by a hash of the path, for several CI machines)',
    group: INPUTS,
    parse: parseShardOption,
  },
  // what to find (extract, explain, eval, rules)
  type: {
    flags: '-t, --type <types>',
    help: `only these fact types, comma-separated (${FACT_TYPES.join(',')})`,
    group: FINDING,
    parse: parseList<FactType>(FACT_TYPES, 'type'),
  },
  refDate: {
    flags: '--ref-date <date>',
    help: 'the date (YYYY-MM-DD) a text without a publication date was written: dates without a year take theirs from it',
    group: FINDING,
    parse: parseDate,
  },
  rules: {
    flags: '--rules <dir>',
    help: 'add the rule files of a folder (repeatable); a rule with a built-in id replaces it',
    group: FINDING,
    parse: collect,
  },
  noDefaultRules: {
    flags: '--no-default-rules',
    help: 'leave out the built-in rules: only those given with --rules',
    group: FINDING,
  },
  // extract: output
  format: {
    flags: '-f, --format <format>',
    help: 'json: one object (written at the end); jsonl: a line per fact, as documents finish; csv: a row per fact; xlsx: typed sheets',
    group: OUTPUT,
    choices: FORMATS,
    default: 'json',
  },
  out: {
    flags: '-o, --out <file>',
    help: 'write to this file (replaced whole, or left as it was), a pipe or device (written to), or - for standard output',
    group: OUTPUT,
  },
  documents: {
    flags: '--documents',
    help: 'jsonl: also a {"type":"document"} line per input, after its facts (read ones, with 0 facts, failed ones)',
    group: OUTPUT,
  },
  bom: {
    flags: '--bom',
    help: 'csv: start with a UTF-8 byte order mark, so Excel reads the Chinese right',
    group: OUTPUT,
  },
  quiet: {
    flags: '-q, --quiet',
    help: 'no summary line and no notes on standard error (failures are still reported)',
    group: OUTPUT,
  },
  // extract: running
  jobs: {
    flags: '-j, --jobs <n>',
    help: 'worker threads, each with its own jieba (about 250 MB each); at most the number of cores',
    group: RUNNING,
    parse: wholeNumber(1),
    defaultText: 'the number of cores',
  },
  cache: {
    flags: '--cache <dir>',
    help: 'reuse the facts of inputs seen before (keyed by content, rules, options and version); only ever a speed-up',
    group: RUNNING,
  },
  cacheMaxAge: {
    flags: '--cache-max-age <days>',
    help: 'after the run, remove cache entries not used for this many days',
    group: RUNNING,
    parse: parseDays,
  },
  maxErrors: {
    flags: '--max-errors <n>',
    help: 'exit 0 although up to n inputs could not be read (each is still reported)',
    group: RUNNING,
    parse: wholeNumber(0),
    default: 0,
  },
  // explain
  file: { flags: '--file <path>', help: 'explain the text of a file, read as extract reads it (encodings, web pages)' },
  // eval
  gold: { flags: '--gold <dir>', help: 'folder of gold files, one JSON per document', mandatory: true },
  docs: {
    flags: '--docs <dir>',
    help: 'folder of the documents (default: the gold folder, then the folders beside it)',
  },
  pred: { flags: '--pred <file>', help: 'score this --format json or jsonl output instead of running the extraction' },
  minF1: { flags: '--min-f1 <x>', help: 'exit 1 when the overall F1 is below this (0 to 1)', parse: parseF1 },
  verbose: {
    flags: '-v, --verbose',
    help: 'list every case: each gold entry missed and fact in excess (eval), each example that passes (rules test)',
  },
  json: { flags: '--json', help: 'print the scores as JSON' },
  // diff
  diffFormat: { flags: '-f, --format <format>', help: 'report format', choices: ['text', 'json'], default: 'text' },
  diffQuiet: { flags: '-q, --quiet', help: 'print only the summary line' },
  failOn: {
    flags: '--fail-on <kinds>',
    help: `exit 1 only for these kinds of difference, comma-separated (${DIFF_KINDS.join(',')})`,
    parse: parseList<DiffKind>(DIFF_KINDS, 'kind'),
    default: [...DIFF_KINDS],
    defaultText: 'all',
  },
  // cache prune
  maxAge: {
    flags: '--max-age <days>',
    help: 'remove entries not used for this many days',
    parse: parseDays,
  },
} satisfies Record<string, OptionDef>;

export type OptionName = keyof typeof OPTIONS;

function toOption(def: OptionDef): Option {
  const option = new Option(def.flags, def.help);
  if (def.choices) option.choices([...def.choices]);
  if (def.parse) option.argParser(def.parse as (value: string, previous: unknown) => unknown);
  if (def.default !== undefined) option.default(def.default, def.defaultText);
  else if (def.defaultText) option.default(undefined, def.defaultText);
  if (def.group) option.helpGroup(def.group);
  if (def.mandatory) option.makeOptionMandatory();
  return option;
}

/** One option, for a command that adds it among options of its own. */
export const optionOf = (name: OptionName): Option => toOption(OPTIONS[name]);

/** Adds the named options to a command, in the order given. */
export function addOptions(command: Command, names: readonly OptionName[]): Command {
  for (const name of names) command.addOption(toOption(OPTIONS[name]));
  return command;
}

/** The options of `extract` itself, in the order --help lists them. */
export const EXTRACT_OPTIONS: readonly OptionName[] = [
  'glob',
  'encoding',
  'textField',
  'titleField',
  'dateField',
  'idField',
  'shard',
  'type',
  'refDate',
  'rules',
  'noDefaultRules',
  'format',
  'out',
  'documents',
  'bom',
  'quiet',
  'jobs',
  'cache',
  'cacheMaxAge',
  'maxErrors',
];

/** What rules to use: extract, explain, eval, rules check/test. */
export const RULE_OPTIONS: readonly OptionName[] = ['rules', 'noDefaultRules'];
