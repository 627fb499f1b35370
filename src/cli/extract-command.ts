// `extract [paths...]`: inputs → documents → facts → the chosen format.
import { expandInputs, type Input } from '../read/inputs.js';
import { loadRuleSet } from '../rules/ruleset.js';
import { runInputs } from '../run/runner.js';
import { ResultCache } from '../run/cache.js';
import { inShard, type Shard } from '../run/shard.js';
import { progressBar } from './progress.js';
import { createEmitter, type Format } from '../emit/formats.js';
import type { FactType } from '../facts.js';
import { ClosedPipe, fileSink, nullSink, stdoutSink, type Sink } from './output.js';
import { EXIT, packageInfo, warn } from './common.js';
import type { FieldChoice } from '../read/record-fields.js';
import { hasCollections } from '../run/units.js';

export interface ExtractCommandOptions {
  readonly format: Format;
  readonly out?: string;
  readonly types?: ReadonlySet<FactType>;
  readonly refDate: string | null;
  readonly encoding?: string;
  readonly bom: boolean;
  readonly ruleDirs: readonly string[];
  readonly builtinRules: boolean;
  readonly jobs: number;
  readonly cacheDir?: string;
  readonly shard: Shard | null;
  /** Where collection records keep their text, title, date and id. */
  readonly fields?: FieldChoice;
}

export async function runExtract(paths: readonly string[], opts: ExtractCommandOptions): Promise<number> {
  if (opts.format === 'xlsx' && !opts.out && process.stdout.isTTY) {
    warn('xlsx is a binary file: write it with -o FILE.xlsx (or redirect standard output)');
    return EXIT.usage;
  }
  let args = paths;
  if (args.length === 0) {
    if (process.stdin.isTTY) {
      warn('no input given: name files or folders, or - for standard input (extract --help)');
      return EXIT.usage;
    }
    args = ['-'];
  }
  if (args.filter((a) => a === '-').length > 1) {
    warn('standard input (-) can be read only once');
    return EXIT.usage;
  }
  // Rules load before any output is started: a bad rule file changes nothing on disk.
  const rules = loadRuleSet({ dirs: opts.ruleDirs, builtins: opts.builtinRules });
  const inputs: Input[] = expandInputs(args).filter((i) => inShard(i.path, opts.shard));
  const { name, version } = packageInfo();
  const emitter = createEmitter(
    opts.format,
    { name, version, rules: rules.hash },
    { bom: opts.bom, ...(opts.types ? { types: opts.types } : {}) },
  );
  // xlsx is written whole at the end (emit/xlsx.ts), not through the text sink.
  const binary = 'finish' in emitter ? emitter : null;
  const sink: Sink = binary ? nullSink() : opts.out ? fileSink(opts.out) : stdoutSink();
  // A collection's records are not counted before they are read: no bar then.
  const progress = progressBar(hasCollections(inputs) ? 0 : inputs.length);
  let failed = 0;
  try {
    await sink.write(emitter.begin());
    const results = runInputs(inputs, {
      rules,
      jobs: opts.jobs,
      refDate: opts.refDate,
      ...(opts.encoding ? { encoding: opts.encoding } : {}),
      ...(opts.types ? { types: opts.types } : {}),
      cache: opts.cacheDir ? new ResultCache(opts.cacheDir) : null,
      version,
      csv: opts.format === 'csv',
      ...(opts.fields ? { fields: opts.fields } : {}),
    });
    for await (const result of results) {
      if (!result.ok) {
        failed++;
        warn(`${result.doc}: ${result.message}`);
      }
      await sink.write(emitter.document(result));
      if (!result.ok || !result.partial) progress.tick();
    }
    progress.stop();
    await sink.write(emitter.end());
    await sink.close();
    if (binary) await binary.finish(opts.out ?? process.stdout);
  } catch (e) {
    progress.stop();
    sink.abort();
    if (e instanceof ClosedPipe) return EXIT.ok;
    throw e;
  }
  if (inputs.length === 0) warn('no input files found');
  return failed > 0 ? EXIT.failed : EXIT.ok;
}
