// `extract [paths...]`: inputs → documents → facts → the chosen format. Everything that
// can be checked is checked before any work starts (options, rules, the -o target,
// globs); then each input is processed and written; then a summary on stderr.
import fs from 'node:fs';
import { findInputs, type FileIdentity, type Input } from '../read/inputs.js';
import { GlobError, TEXT_EXTENSIONS, selectionOf } from '../read/select.js';
import { loadRuleSet, type RuleSet } from '../rules/ruleset.js';
import { runInputs } from '../run/runner.js';
import { ResultCache } from '../run/cache.js';
import { pruneCache, removedText } from '../run/prune.js';
import { inShard } from '../run/shard.js';
import { progressBar } from './progress.js';
import { createEmitter, type Emitter } from '../emit/formats.js';
import type { XlsxEmitter } from '../emit/xlsx.js';
import { hasCollections } from '../run/units.js';
import { ClosedPipe, OutputFailed, nullSink, openSink, writeWhole, type Sink } from './output.js';
import { resolveOutputTarget, type OutputTarget } from './output-target.js';
import { RunTally } from './summary.js';
import { readStdin } from './stdin.js';
import type { ExtractConfig } from './config.js';
import { EXIT, UsageError, cacheVersion, packageInfo, warn } from './common.js';

/** Everything a run needs, checked and opened, before the first input is read. */
interface Prepared {
  readonly cfg: ExtractConfig;
  readonly rules: RuleSet;
  readonly target: OutputTarget;
  readonly cache: ResultCache | null;
  readonly inputs: readonly Input[];
  readonly emitter: Emitter;
  /** A binary format (xlsx), written whole at the end by its emitter, not through the text sink. */
  readonly binary: XlsxEmitter | null;
  /** The version and build the cache keys name (common.ts cacheVersion). */
  readonly cacheVersion: string;
  /** A note on stderr, unless -q. */
  readonly note: (message: string) => void;
}

export async function runExtract(cfg: ExtractConfig): Promise<number> {
  const run = prepare(cfg);
  const sink = run.binary ? nullSink() : await openSink(run.target, run.note);
  const tally = new RunTally();
  try {
    await emitAll(run, sink, tally);
    await sink.close();
    if (run.binary) await writeWhole(run.target, run.binary.finish, run.note);
  } catch (e) {
    sink.abort();
    if (e instanceof ClosedPipe) return EXIT.ok;
    if (e instanceof OutputFailed) {
      warn(e.message);
      return EXIT.usage;
    }
    throw e;
  }
  return finish(run, tally);
}

/** Options, rules, output target, cache and inputs: any mistake here ends the run before it starts. */
function prepare(cfg: ExtractConfig): Prepared {
  const note = cfg.quiet ? () => {} : warn;
  const target = resolveOutputTarget(cfg.out);
  // Rules load before any output is started: a bad rule file changes nothing on disk.
  const rules = loadRuleSet({ dirs: cfg.rules.dirs, builtins: cfg.rules.builtins });
  const cache = cfg.cacheDir ? new ResultCache(cfg.cacheDir, { warn }) : null;
  const inputs = chooseInputs(cfg, target, cache, note);
  const { name, version } = packageInfo();
  const emitter = createEmitter(
    cfg.format,
    { name, version, rules: rules.hash },
    {
      bom: cfg.bom,
      documents: cfg.documents,
      ...(cfg.types ? { types: cfg.types } : {}),
      atExit: (cleanup) => process.once('exit', cleanup),
    },
  );
  const binary = 'finish' in emitter ? emitter : null;
  return { cfg, rules, target, cache, inputs, emitter, binary, cacheVersion: cacheVersion(), note };
}

/** The inputs the paths and globs give, less the output being written and the cache, in this shard. */
function chooseInputs(cfg: ExtractConfig, target: OutputTarget, cache: ResultCache | null, note: (m: string) => void) {
  let selection;
  try {
    selection = selectionOf(cfg.globs);
  } catch (e) {
    if (e instanceof GlobError) throw new UsageError(e.message);
    throw e;
  }
  const exclude: FileIdentity[] = [];
  if (target.kind !== 'stdout' && target.identity) exclude.push(target.identity);
  if (cache?.usable) exclude.push(fs.statSync(cache.dir));
  const found = findInputs(cfg.paths, { selection, exclude });
  for (const arg of found.excluded) warn(`${arg}: not read: it is the output being written (-o)`);
  if (found.leftOut > 0 && !selection.chosen)
    note(
      `${found.leftOut} file${found.leftOut === 1 ? '' : 's'} in the folders given left out: neither texts by name (.${TEXT_EXTENSIONS.join('/.')}) nor collections, or the output of an earlier run (-g '*' reads every file)`,
    );
  return found.inputs.filter((i) => inShard(i.path, cfg.shard));
}

async function emitAll(run: Prepared, sink: Sink, tally: RunTally): Promise<void> {
  const { cfg } = run;
  // A collection's records are not counted before they are read: no bar then.
  const progress = progressBar(hasCollections(run.inputs) ? 0 : run.inputs.length);
  try {
    await sink.write(run.emitter.begin());
    const results = runInputs(run.inputs, {
      rules: run.rules,
      jobs: cfg.jobs,
      refDate: cfg.refDate,
      ...(cfg.encoding ? { encoding: cfg.encoding } : {}),
      ...(cfg.types ? { types: cfg.types } : {}),
      cache: run.cache,
      version: run.cacheVersion,
      csv: cfg.format === 'csv',
      fields: cfg.fields,
      stdin: readStdin,
    });
    for await (const result of results) {
      if (!result.ok) warn(`${result.doc}: ${result.message}`);
      tally.add(result);
      await sink.write(run.emitter.document(result));
      if (!result.ok || !result.partial) progress.tick();
    }
    await sink.write(run.emitter.end());
  } finally {
    progress.stop();
  }
}

/** Notes, the cache pruned, the summary line; the exit code. */
function finish(run: Prepared, tally: RunTally): number {
  const { cfg, cache, note } = run;
  if (run.inputs.length === 0) {
    // A shard may have nothing to do: that is a note, not a warning.
    if (cfg.shard) note(`no input files found in shard ${cfg.shard.index}/${cfg.shard.count}`);
    else warn('no input files found');
  }
  const yearless = tally.yearlessNote();
  if (yearless) note(yearless);
  if (cache && cache.damaged > 0) note(`cache: ${damagedText(cache.damaged, cache.usable)}`);
  if (cache?.usable && cfg.cacheMaxAge !== undefined) pruneAfterRun(cache.dir, cfg.cacheMaxAge, note);
  note(tally.line(cache?.hits ?? 0, cfg.maxErrors));
  // a bug in extract says so whatever --max-errors allows: the input was not at fault
  if (tally.bugs > 0) return EXIT.bug;
  return tally.errors > cfg.maxErrors ? EXIT.failed : EXIT.ok;
}

/**
 * `1 damaged or unreadable entry was a miss, and written again`; not "written again" when
 * the cache stopped taking entries (a warning said so): it was a miss, and is still damaged.
 */
function damagedText(count: number, rewritten: boolean): string {
  const entries = count === 1 ? 'entry was' : 'entries were';
  return `${count} damaged or unreadable ${entries} a miss${rewritten ? ', and written again' : ''}`;
}

function pruneAfterRun(dir: string, days: number, note: (message: string) => void): void {
  try {
    const r = pruneCache(dir, days);
    if (r.removed > 0) note(`cache: ${removedText(r, days)}`);
  } catch (e) {
    warn(`cache: cannot prune ${dir}: ${(e as Error).message}`);
  }
}
