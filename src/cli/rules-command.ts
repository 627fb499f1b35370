// `extract rules check` and `extract rules test`: is a rule file valid, and does
// every rule do what its examples say.
import type { Command } from 'commander';
import { loadRuleSet } from '../rules/ruleset.js';
import { jiebaSegmenter } from '../segment/tokens.js';
import { EXIT } from './common.js';
import { RULE_OPTIONS, addOptions } from './options.js';
import { ruleChoice } from './config.js';

const ruleOptions = (cmd: Command) => addOptions(cmd, RULE_OPTIONS);

export function registerRules(program: Command): void {
  const rules = program.command('rules').description('check rule files and run their examples');

  ruleOptions(
    rules
      .command('check')
      .description(
        'validate rule files: YAML syntax, fields, types, regular expressions, duplicate ids (exit 2 on any error)',
      )
      .addHelpText('after', '\nExample:\n  $ extract rules check --rules my-rules/'),
  ).action(async (opts: { rules: string[]; defaultRules: boolean }) => {
    const { checkRules } = await import('../rules/check.js');
    const choice = ruleChoice(opts);
    const result = checkRules({ dirs: [...choice.dirs], builtins: choice.builtins });
    for (const e of result.errors) process.stderr.write(`${e.message}\n`);
    if (result.errors.length) {
      process.stderr.write(`${result.errors.length} invalid rule file(s)\n`);
      process.exitCode = EXIT.usage;
      return;
    }
    const set = loadRuleSet({ dirs: choice.dirs, builtins: choice.builtins });
    process.stdout.write(`ok: ${result.files.length} rule files, ${result.entries} entries, rule set ${set.hash}\n`);
    process.exitCode = EXIT.ok;
  });

  const test = ruleOptions(
    rules
      .command('test')
      .description(
        'run every example of every loaded rule; a line per failing example, then a count (exit 1 on any failure)',
      )
      .addHelpText('after', '\nExample:\n  $ extract rules test --rules my-rules/'),
  );
  addOptions(test, ['verbose']).action(async (opts: { rules: string[]; defaultRules: boolean; verbose?: boolean }) => {
    const { runExamples } = await import('../eval/examples.js');
    const choice = ruleChoice(opts);
    const set = loadRuleSet({ dirs: choice.dirs, builtins: choice.builtins });
    const outcomes = runExamples(set, jiebaSegmenter(set.dictionary));
    let failed = 0;
    for (const o of outcomes) {
      const where = `${o.path}:${o.line} ${o.rule} example ${o.index}`;
      if (o.failures.length) {
        failed++;
        for (const f of o.failures) process.stdout.write(`FAIL ${where}: ${JSON.stringify(o.text)}: ${f}\n`);
      } else if (opts.verbose) process.stdout.write(`ok   ${where}\n`);
    }
    const rulesWithExamples = new Set(outcomes.map((o) => o.rule)).size;
    process.stdout.write(
      `${outcomes.length - failed} passed, ${failed} failed (${outcomes.length} examples of ${rulesWithExamples} rules, rule set ${set.hash})\n`,
    );
    process.exitCode = failed ? EXIT.failed : EXIT.ok;
  });
}
