// `extract explain "一段文字"`: how a text was read, rule by rule. A file is read as
// `extract` reads it (readInput: encodings detected, a web page's visible text), so what
// is explained is exactly what extract sees, markup and all bytes decoded.
import type { Command } from 'commander';
import { loadRuleSet } from '../rules/ruleset.js';
import { jiebaSegmenter } from '../segment/tokens.js';
import { readInput } from '../read/read.js';
import { createDocument, type Document } from '../document/document.js';
import { EXIT, UsageError, warn } from './common.js';
import { RULE_OPTIONS, addOptions } from './options.js';
import { ruleChoice } from './config.js';
import { readStdin, stdinIsTerminal } from './stdin.js';

interface ExplainOptions {
  readonly file?: string;
  readonly refDate?: string;
  readonly rules: string[];
  readonly defaultRules: boolean;
}

const HELP_AFTER = `
Examples:
  $ extract explain "今年再建设5G基站1.5万个。" --ref-date 2020-05-27
  $ extract explain --file article.htm --rules my-rules/
  $ pbpaste | extract explain -`;

export function registerExplain(program: Command): void {
  const command = program
    .command('explain')
    .description(
      'show how a text is read: sentences, jieba tokens, every rule match and what it resolved to, why candidates were dropped, and the facts',
    )
    .argument('[text]', 'the text to explain, or - to read it from standard input');
  addOptions(command, ['file', 'refDate', ...RULE_OPTIONS])
    .addHelpText('after', HELP_AFTER)
    .action(async (arg: string | undefined, opts: ExplainOptions) => {
      const choice = ruleChoice(opts);
      const doc = await documentToExplain(arg, opts.file);
      if (!doc.ok) {
        warn(`${doc.doc}: ${doc.message}`);
        process.exitCode = EXIT.failed;
        return;
      }
      if (doc.document.text.trim() === '') throw new UsageError('explain: nothing to explain: the text is empty');
      const rules = loadRuleSet({ dirs: choice.dirs, builtins: choice.builtins });
      // loaded here, not with the command line: every other command would pay for the pipeline
      const { explainDocument } = await import('../explain/explain.js');
      const { report } = explainDocument(doc.document, rules, jiebaSegmenter(rules.dictionary), {
        refDate: opts.refDate ?? null,
      });
      process.stdout.write(report);
      process.exitCode = EXIT.ok;
    });
}

type Source = { ok: true; document: Document } | { ok: false; doc: string; message: string };

/** The text given, a file, or standard input, as a document. */
async function documentToExplain(arg: string | undefined, file: string | undefined): Promise<Source> {
  if (file !== undefined) {
    if (arg !== undefined) throw new UsageError('explain: give a text or --file, not both');
    return readInput({ kind: 'file', path: file });
  }
  if (arg !== undefined && arg !== '-') return { ok: true, document: createDocument('-', arg) };
  if (arg === undefined && stdinIsTerminal())
    throw new UsageError('explain: give the text to explain, - to read it from standard input, or --file PATH');
  return readInput({ kind: 'stdin', path: '-' }, { stdin: readStdin });
}
