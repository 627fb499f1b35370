// `extract table [paths...]`: indicators pivoted into wide tables (regions down, periods
// across, one table per metric), from the output of an earlier run or from texts and
// collections extracted on the spot. Exit 0 done; 1 some input could not be read (the
// table is made from the others); 2 usage error or a file that is not extract output.
import fs from 'node:fs';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { EXIT, packageInfo, warn } from './common.js';
import { ClosedPipe, OutputFailed, openSink, writeWhole } from './output.js';
import { resolveOutputTarget, type OutputTarget } from './output-target.js';
import { optionOf } from './options.js';
import { VALUE_KINDS, type ValueKind } from '../fact-types.js';
import {
  DIMENSIONS,
  INCLUDABLE,
  type Dimension,
  type Includable,
  type PivotOptions,
  type Report,
} from '../table/pivot.js';

const TABLE_FORMATS = ['md', 'csv', 'xlsx'] as const;
type TableFormat = (typeof TABLE_FORMATS)[number];

export interface TableCommandOptions extends PivotOptions {
  readonly format: TableFormat;
  readonly out?: string;
  readonly sources?: string;
}

const listOf =
  <T extends string>(allowed: readonly string[] | null, what: string) =>
  (value: string): T[] => {
    const items = value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const bad = allowed ? items.find((i) => !allowed.includes(i)) : undefined;
    if (bad !== undefined)
      throw new InvalidArgumentError(`unknown ${what} "${bad}" (choose from ${allowed!.join(', ')})`);
    return items as T[];
  };

const HELP_AFTER = `
Inputs are the json or jsonl output of extract (a file, or - for standard input), or
texts, folders and collections (.jsonl archives, .csv) to extract from first.

A cell reported by several documents holds the value they agree on; when they
disagree, the latest report's (by publication date, then by order in the input), and
the disagreement is listed with every report's quote (Markdown: under the table;
xlsx: a shaded cell with a note, and a sheet of sources; csv: --sources FILE).
Approximate figures (近, 超过), targets and plans are left out unless --include names them.

Examples:
  $ extract table news.jsonl --metric gdp                   GDP by region and year, as Markdown
  $ extract table news.jsonl --metric gdp -f xlsx -o gdp.xlsx
  $ extract news/ -f json -o facts.json && extract table facts.json --value-kind growth -f csv
  $ extract table facts.json --rows period --columns region`;

export function registerTable(program: Command): void {
  program
    .command('table')
    .description('Pivot indicators into wide tables: regions down, periods across, one table per metric.')
    .argument(
      '[paths...]',
      'extract output (json, jsonl, - for standard input), or texts and collections to extract from',
    )
    .option('--metric <ids>', 'only these metrics, comma-separated (gdp,value_added_industry)', listOf(null, 'metric'))
    .option(
      '--value-kind <kinds>',
      `only these kinds of value, comma-separated (${VALUE_KINDS.join(', ')})`,
      listOf<ValueKind>(VALUE_KINDS, 'kind of value'),
    )
    .addOption(new Option('--rows <field>', 'what the rows are').choices([...DIMENSIONS]).default('region'))
    .addOption(new Option('--columns <field>', 'what the columns are').choices([...DIMENSIONS]).default('period'))
    .option(
      '--include <what>',
      `also ${INCLUDABLE.join(', ')} figures, comma-separated`,
      listOf<Includable>(INCLUDABLE, 'figure'),
    )
    .addOption(new Option('-f, --format <format>', 'output format').choices([...TABLE_FORMATS]).default('md'))
    .addOption(optionOf('out'))
    .option('--sources <file>', 'also write every report behind every cell to this CSV file')
    .addHelpText('after', HELP_AFTER)
    .showHelpAfterError('(run extract table --help for usage)')
    .action(async (paths: string[], o) => {
      process.exitCode = await runTable(paths, {
        rows: o.rows as Dimension,
        columns: o.columns as Dimension,
        format: o.format as TableFormat,
        ...(o.metric ? { metrics: o.metric as string[] } : {}),
        ...(o.valueKind ? { valueKinds: o.valueKind as ValueKind[] } : {}),
        ...(o.include ? { include: new Set(o.include as Includable[]) } : {}),
        ...(o.out ? { out: o.out as string } : {}),
        ...(o.sources ? { sources: o.sources as string } : {}),
      });
    });
}

/** Indicators of texts and collections, extracted here: what `extract PATHS -t indicator` would give. */
async function extractReports(paths: readonly string[]): Promise<{ reports: Report[]; failed: number }> {
  const { expandInputs } = await import('../read/inputs.js');
  const { loadRuleSet } = await import('../rules/ruleset.js');
  const { runInputs, defaultJobs } = await import('../run/runner.js');
  const rules = loadRuleSet();
  const reports: Report[] = [];
  let failed = 0;
  const outcomes = runInputs(expandInputs(paths), {
    rules,
    jobs: defaultJobs(),
    refDate: null,
    types: new Set(['indicator']),
    cache: null,
    version: packageInfo().version,
    stdin: (await import('./stdin.js')).readStdin,
  });
  for await (const r of outcomes) {
    if (!r.ok) {
      failed++;
      warn(`${r.doc}: ${r.message}`);
      continue;
    }
    const doc = r.partial ? r.document : r.record;
    for (const fact of r.facts)
      if (fact.type === 'indicator') reports.push({ fact, published: doc.published, title: doc.title });
  }
  return { reports, failed };
}

async function readReports(paths: readonly string[]): Promise<{ reports: Report[]; failed: number }> {
  const { isRunFile, reportsOfRun } = await import('../table/reports.js');
  const { readStdin } = await import('./stdin.js');
  const runs = paths.filter(isRunFile);
  const texts = paths.filter((p) => !isRunFile(p));
  const reports: Report[] = [];
  for (const file of runs) {
    const text = file === '-' ? Buffer.from(await readStdin()).toString('utf8') : fs.readFileSync(file, 'utf8');
    reports.push(...(await reportsOfRun(text, file)));
  }
  if (texts.length === 0) return { reports, failed: 0 };
  const extracted = await extractReports(texts);
  return { reports: [...reports, ...extracted.reports], failed: extracted.failed };
}

export async function runTable(paths: readonly string[], opts: TableCommandOptions): Promise<number> {
  const { InvalidRunError } = await import('../table/reports.js');
  const args = paths.length === 0 && !process.stdin.isTTY ? ['-'] : paths;
  if (args.length === 0) {
    warn('table: name extract output (json, jsonl), texts or collections, or - for standard input');
    return EXIT.usage;
  }
  if (opts.format === 'xlsx' && !opts.out && process.stdout.isTTY) {
    warn('xlsx is a binary file: write it with -o FILE.xlsx (or redirect standard output)');
    return EXIT.usage;
  }
  // Checked before any work, as extract's -o is: a folder or missing folder is one line, exit 2.
  const target = resolveOutputTarget(opts.out);
  let loaded: { reports: Report[]; failed: number };
  try {
    loaded = await readReports(args);
  } catch (e) {
    if (!(e instanceof InvalidRunError) && (e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    warn(e instanceof InvalidRunError ? e.message : `${(e as NodeJS.ErrnoException).path}: no such file`);
    return EXIT.usage;
  }
  try {
    await writeTables(loaded.reports, opts, target);
  } catch (e) {
    if (e instanceof ClosedPipe) return EXIT.ok;
    if (!(e instanceof OutputFailed)) throw e;
    warn(e.message);
    return EXIT.usage;
  }
  return loaded.failed > 0 ? EXIT.failed : EXIT.ok;
}

/** The tables to -o as extract writes any output: never harming what is there (output-target.ts). */
async function writeTables(reports: readonly Report[], opts: TableCommandOptions, target: OutputTarget): Promise<void> {
  const { pivot } = await import('../table/pivot.js');
  const render = await import('../table/render.js');
  const p = pivot(reports, opts);
  if (opts.sources) fs.writeFileSync(opts.sources, render.renderSourcesCsv(p, opts.rows, opts.columns));
  const disputed = p.tables.reduce(
    (n, t) => n + [...t.cells.values()].reduce((m, row) => m + [...row.values()].filter((c) => !c.agreed).length, 0),
    0,
  );
  if (disputed > 0)
    warn(
      `table: ${disputed} ${disputed === 1 ? 'cell has' : 'cells have'} disagreeing reports (the latest is shown; see the sources)`,
    );
  if (opts.format === 'xlsx') {
    const { writeWorkbook } = await import('../emit/workbook.js');
    await writeWhole(target, (out) => writeWorkbook(render.tableSheets(p, opts.rows, opts.columns), out), warn);
    return;
  }
  const sink = await openSink(target, warn);
  try {
    await sink.write(opts.format === 'csv' ? render.renderCsv(p, opts.rows) : render.renderMarkdown(p));
    await sink.close();
  } catch (e) {
    sink.abort();
    throw e;
  }
}
