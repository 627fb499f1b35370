// `extract [paths...]`: inputs → documents → facts → the chosen format.
import { expandInputs, type Input } from '../read/inputs.js';
import { loadRuleSet } from '../rules/ruleset.js';
import { jiebaSegmenter } from '../segment/tokens.js';
import { processInputs } from '../run.js';
import { createEmitter, type Format } from '../emit/formats.js';
import type { FactType } from '../facts.js';
import { ClosedPipe, fileSink, stdoutSink, type Sink } from './output.js';
import { EXIT, packageInfo, warn } from './common.js';

export interface ExtractCommandOptions {
  readonly format: Format;
  readonly out?: string;
  readonly types?: ReadonlySet<FactType>;
  readonly refDate: string | null;
  readonly encoding?: string;
  readonly bom: boolean;
  readonly ruleDirs: readonly string[];
  readonly builtinRules: boolean;
}

export async function runExtract(paths: readonly string[], opts: ExtractCommandOptions): Promise<number> {
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
  const inputs: Input[] = expandInputs(args);
  const { name, version } = packageInfo();
  const emitter = createEmitter(opts.format, { name, version, rules: rules.hash }, { bom: opts.bom });
  const sink: Sink = opts.out ? fileSink(opts.out) : stdoutSink();
  let failed = 0;
  try {
    await sink.write(emitter.begin());
    for await (const result of processInputs(inputs, rules, jiebaSegmenter(rules.dictionary), opts)) {
      if (!result.ok) {
        failed++;
        warn(`${result.doc}: ${result.message}`);
      }
      await sink.write(emitter.document(result));
    }
    await sink.write(emitter.end());
    await sink.close();
  } catch (e) {
    sink.abort();
    if (e instanceof ClosedPipe) return EXIT.ok;
    throw e;
  }
  if (inputs.length === 0) warn('no input files found');
  return failed > 0 ? EXIT.failed : EXIT.ok;
}
