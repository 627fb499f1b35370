// The `extract` command line. Errors go to stderr naming the input; exit codes:
// 0 every input processed, 1 some input failed (the rest still emitted),
// 2 usage error or invalid rule files.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { runExtract } from './extract-command.js';
import { registerSubcommands } from './subcommands.js';
import { RuleFileError } from '../rules/load.js';
import { FACT_TYPES, type FactType } from '../fact-types.js';
import { FORMATS } from '../emit/formats.js';
import { EXIT, collect, packageInfo, parseDate } from './common.js';
import { defaultJobs } from '../run/runner.js';
import { parseShard, type Shard } from '../run/shard.js';

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return n;
}

function parseShardOption(value: string): Shard {
  const shard = parseShard(value);
  if (!shard) throw new InvalidArgumentError('expected i/n with 1 ≤ i ≤ n, e.g. 2/4');
  return shard;
}

function parseTypes(value: string): FactType[] {
  const types = value
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  for (const t of types) {
    if (!(FACT_TYPES as readonly string[]).includes(t))
      throw new InvalidArgumentError(`unknown type "${t}" (choose from ${FACT_TYPES.join(', ')})`);
  }
  return types as FactType[];
}

const HELP_AFTER = `
Examples:
  $ extract fixtures/seeds                      all texts under a folder, as JSON
  $ extract report.txt --format csv --bom -o report.csv
  $ cat article.txt | extract - --format jsonl --ref-date 2021-06-30
  $ extract news/ --type indicator --format jsonl | jq .value

What it finds (see README.md for every field):
  indicator     a figure with what it measures, whose, when, its change and status
                (9385.6亿元 → 938560000000 CNY; 同比增长3.4% → change yoy 3.4)
  event         a clause with a date: meeting, signing, release, founding, investment,
                visit, launch, appointment (5月13日 in a 2021 article → 2021-05-13)
  organization  one record per organization per document, with its short forms

Dates without a year take it from the text around them, else from the page's
publication date, else from --ref-date; every event says which (dateBasis).

Exit status: 0 all inputs processed; 1 some input could not be read (the others
are still in the output, the failure is on stderr); 2 usage error or bad rule file.`;

export function buildProgram(): Command {
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
    .argument('[paths...]', 'files, folders (read recursively) or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMATS]).default('json'))
    .option('-o, --out <file>', 'write to a file instead of standard output (written whole or not at all)')
    .option('-t, --type <types>', `only these fact types, comma-separated (${FACT_TYPES.join(',')})`, parseTypes)
    .option('--ref-date <date>', 'reference date (YYYY-MM-DD) for documents that state no publication date', parseDate)
    .option('--encoding <name>', 'decode every input with this encoding (utf-8, gb18030, big5, utf-16le …)')
    .option('--bom', 'start CSV output with a UTF-8 byte order mark, for Excel', false)
    .option(
      '--text-field <name>',
      'collections (.jsonl, .json array, .csv): the field holding the text (default: content, text, body …)',
    )
    .option('--title-field <name>', 'collections: the field holding the title (default: title, headline)')
    .option(
      '--date-field <name>',
      'collections: the field holding the publication date (default: published, pubtime, date …)',
    )
    .option('--id-field <name>', 'collections: the field naming a record in `doc` (default: id, url; else its line)')
    .option('--rules <dir>', 'add rule files from a folder (repeatable); same ids replace built-in rules', collect, [])
    .option('--no-default-rules', 'use only the rule files given with --rules')
    .addOption(
      new Option('-j, --jobs <n>', 'worker threads, each with its own jieba')
        .default(defaultJobs(), `the number of cores, ${defaultJobs()} here`)
        .argParser(parseJobs),
    )
    .option('--cache <dir>', 'reuse results of unchanged inputs (keyed by content, rules and tool version)')
    .option(
      '--shard <i/n>',
      'process only shard i of n (a split of the inputs by path, for several CI machines)',
      parseShardOption,
    )
    .addHelpText('after', HELP_AFTER)
    .showHelpAfterError('(run extract --help for usage)')
    .action(async (paths: string[], opts) => {
      process.exitCode = await runExtract(paths, {
        format: opts.format,
        out: opts.out,
        types: opts.type ? new Set(opts.type as FactType[]) : undefined,
        refDate: opts.refDate ?? null,
        encoding: opts.encoding,
        bom: Boolean(opts.bom),
        ruleDirs: opts.rules,
        builtinRules: opts.defaultRules !== false,
        jobs: opts.jobs,
        cacheDir: opts.cache,
        shard: opts.shard ?? null,
        fields: {
          ...(opts.textField ? { text: opts.textField } : {}),
          ...(opts.titleField ? { title: opts.titleField } : {}),
          ...(opts.dateField ? { date: opts.dateField } : {}),
          ...(opts.idField ? { id: opts.idField } : {}),
        },
      });
    });
  registerSubcommands(program);
  return program;
}

export async function main(argv: string[] = process.argv): Promise<number> {
  // A reader that stops early (extract … | head -1) closes the pipe: that ends the run quietly.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(EXIT.ok);
    throw err;
  });
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help')
        return EXIT.ok;
      return EXIT.usage;
    }
    if (e instanceof RuleFileError) {
      process.stderr.write(`extract: invalid rule file: ${e.message}\n`);
      return EXIT.usage;
    }
    throw e;
  }
}
