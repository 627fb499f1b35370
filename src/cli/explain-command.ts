// `extract explain "一段文字"`: how a text was read, rule by rule.
import fs from 'node:fs';
import type { Command } from 'commander';
import { loadRuleSet } from '../rules/ruleset.js';
import { jiebaSegmenter } from '../segment/tokens.js';
import { explain } from '../explain/explain.js';
import { readStdin } from '../read/read.js';
import { decode } from '../read/decode.js';
import { EXIT, collect, parseDate, warn } from './common.js';

export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description(
      'show how a text is read: sentences, jieba tokens, every rule match and what it resolved to, why candidates were dropped, and the facts',
    )
    .argument('[text]', 'the text to explain, or - to read it from standard input')
    .option('--file <path>', 'explain the text of a file instead')
    .option('--ref-date <date>', 'reference date (YYYY-MM-DD) for a text with no publication date', parseDate)
    .option('--rules <dir>', 'add rule files from a folder (repeatable)', collect, [])
    .option('--no-default-rules', 'leave out the built-in rules')
    .addHelpText(
      'after',
      '\nExamples:\n  $ extract explain "今年再建设5G基站1.5万个。" --ref-date 2020-05-27\n  $ extract explain --file article.txt --rules my-rules/',
    )
    .action(
      async (
        arg: string | undefined,
        opts: { file?: string; refDate?: string; rules: string[]; defaultRules: boolean },
      ) => {
        let text: string;
        if (opts.file) {
          const decoded = decode(fs.readFileSync(opts.file));
          if (!decoded.ok) {
            warn(`${opts.file}: ${decoded.message}`);
            process.exitCode = EXIT.failed;
            return;
          }
          text = decoded.text;
        } else if (arg === undefined || arg === '-') {
          const decoded = decode(await readStdin());
          if (!decoded.ok) {
            warn(`-: ${decoded.message}`);
            process.exitCode = EXIT.failed;
            return;
          }
          text = decoded.text;
        } else text = arg;
        const rules = loadRuleSet({ dirs: opts.rules, builtins: opts.defaultRules !== false });
        process.stdout.write(
          explain(text, rules, jiebaSegmenter(rules.dictionary), { refDate: opts.refDate ?? null }).report,
        );
        process.exitCode = EXIT.ok;
      },
    );
}
