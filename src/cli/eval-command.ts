// `extract eval`: how well the rules do against hand-made gold annotations.
// Exit codes: 0 scored (and at or above --min-f1), 1 below --min-f1,
// 2 usage error, unreadable gold file, document or predictions, bad rule file.
import type { Command } from 'commander';
import { EXIT, warn } from './common.js';
import { RULE_OPTIONS, addOptions } from './options.js';
import { ruleChoice } from './config.js';

const HELP_AFTER = `
Examples:
  $ extract eval --gold fixtures/gold                 run the extraction on the gold documents and score it
  $ extract eval --gold gold --rules my-rules --verbose
                                                      score with your rules; list every miss and extra
  $ extract fixtures/seeds -o out.json && extract eval --gold fixtures/gold --pred out.json
  $ extract eval --gold fixtures/gold --min-f1 0.85    a quality gate for CI

Gold files are one JSON per document (format: fixtures/gold/README.md). Their
documents are found by file name in --docs, else in the gold folder and the
folders beside it.

A fact matches a gold entry when: organization — any of its names equals any of
the entry's (ignoring width, case and spaces); indicator — value within 0.5%,
same unit class (money, %, pp, count) and evidence overlapping the gold quote;
event — same date and evidence overlapping the quote. Entries marked optional
neither help nor hurt. Reported: precision, recall and F1 per type, accuracy of
fields on matched facts, facts breaking text === source.slice(start, end), and
overall F1, the mean of the three types' F1.

Exit status: 0 scored; 1 overall F1 below --min-f1; 2 usage error, unreadable
gold file, document or predictions, or bad rule file.`;

interface EvalCommandOptions {
  readonly gold: string;
  readonly docs?: string;
  readonly pred?: string;
  readonly minF1?: number;
  readonly verbose?: boolean;
  readonly json?: boolean;
  readonly rules: string[];
  readonly defaultRules: boolean;
  readonly refDate?: string;
}

// The scorer (and zod, which reads gold files) loads only when eval runs: start-up stays small.
async function runEval(opts: EvalCommandOptions): Promise<number> {
  const { evaluate } = await import('../eval/evaluate.js');
  const { EvalInputError } = await import('../eval/files.js');
  const { formatJson, formatTable } = await import('../eval/report.js');
  if (opts.pred !== undefined && (opts.rules.length > 0 || !opts.defaultRules || opts.refDate !== undefined)) {
    warn(
      'eval: --rules, --no-default-rules and --ref-date have no effect with --pred (the facts are already extracted)',
    );
  }
  const rules = opts.pred === undefined ? ruleChoice(opts) : { dirs: opts.rules, builtins: opts.defaultRules };
  let report;
  try {
    report = evaluate(
      {
        goldDir: opts.gold,
        docsDir: opts.docs,
        predFile: opts.pred,
        ruleDirs: rules.dirs,
        builtinRules: rules.builtins,
        refDate: opts.refDate ?? null,
      },
      (message) => warn(`eval: ${message}`),
    );
  } catch (e) {
    if (!(e instanceof EvalInputError)) throw e;
    warn(`eval: ${e.message}`);
    return EXIT.usage;
  }
  const verbose = Boolean(opts.verbose);
  process.stdout.write(opts.json ? formatJson(report, { verbose }) : formatTable(report, { verbose }));
  if (opts.minF1 !== undefined && report.overallF1 < opts.minF1) {
    warn(`eval: overall F1 ${(100 * report.overallF1).toFixed(1)} is below --min-f1 ${opts.minF1}`);
    return EXIT.failed;
  }
  return EXIT.ok;
}

/**
 * --rules, --no-default-rules and --ref-date are also options of `extract`
 * itself, and commander gives an option the parent knows to the parent, even
 * when it is written after `eval`. So they are read from both commands.
 */
function withSharedOptions(own: EvalCommandOptions, parent: Record<string, unknown>): EvalCommandOptions {
  const parentRules = Array.isArray(parent.rules) ? (parent.rules as string[]) : [];
  return {
    ...own,
    rules: [...parentRules, ...(own.rules ?? [])],
    defaultRules: own.defaultRules !== false && parent.defaultRules !== false,
    refDate: own.refDate ?? (typeof parent.refDate === 'string' ? parent.refDate : undefined),
  };
}

export function registerEval(program: Command): void {
  const command = program
    .command('eval')
    .description('score the extraction against gold annotations: precision, recall, F1 per fact type');
  addOptions(command, ['gold', 'docs', 'pred', 'minF1', 'verbose', 'json', ...RULE_OPTIONS, 'refDate'])
    .addHelpText('after', HELP_AFTER)
    .showHelpAfterError('(run extract eval --help for usage)')
    .action(async (opts: EvalCommandOptions, command: Command) => {
      process.exitCode = await runEval(withSharedOptions(opts, command.parent?.opts() ?? {}));
    });
}
