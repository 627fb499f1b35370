// `extract rules check`: every rule file validated on its own, so one run reports
// every bad file (loading for extraction stops at the first).
import fs from 'node:fs';
import { BUILTIN_RULES_DIR, listRuleFiles, RuleFileError } from './load.js';
import { parseRuleFile } from './parse.js';
import { SECTION_NAMES } from './schema.js';

export interface CheckResult {
  readonly files: readonly string[];
  readonly entries: number;
  readonly errors: readonly RuleFileError[];
}

export function checkRules(opts: { dirs?: readonly string[]; builtins?: boolean } = {}): CheckResult {
  const dirs = [...(opts.builtins === false ? [] : [BUILTIN_RULES_DIR]), ...(opts.dirs ?? [])];
  const files: string[] = [];
  const errors: RuleFileError[] = [];
  let entries = 0;
  for (const dir of dirs) {
    let list: string[];
    try {
      list = listRuleFiles(dir);
    } catch (e) {
      errors.push(e as RuleFileError);
      continue;
    }
    for (const file of list) {
      files.push(file);
      try {
        const { rules } = parseRuleFile(file, fs.readFileSync(file, 'utf8'));
        entries += SECTION_NAMES.reduce((n, s) => n + (rules[s]?.length ?? 0), 0);
      } catch (e) {
        errors.push(e instanceof RuleFileError ? e : new RuleFileError(file, 0, 0, (e as Error).message));
      }
    }
  }
  return { files, entries, errors };
}
