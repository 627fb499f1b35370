// Reading rule files: YAML (or JSON) parsed with positions, validated against the
// zod schema, merged by id. A bad file is reported with its path, line and column
// and nothing from it is used: a rule set is loaded whole or not at all.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';
import type { z } from 'zod';
import { RuleFileSchema, SECTION_NAMES, type RuleFile, type SectionName } from './schema.js';

/** Where the built-in rules live: `rules/` next to `src/` and `dist/`. */
export const BUILTIN_RULES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../rules');

export class RuleFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}:${column}: ${detail}`);
    this.name = 'RuleFileError';
  }
}

/** One entry of a section, remembering where it came from (for `rule` ids and messages). */
export interface Sourced<T> {
  readonly entry: T;
  /** File name as it appears in fact `rule` ids: `metrics.yaml`. */
  readonly file: string;
  /** Full path, for messages. */
  readonly path: string;
  readonly line: number;
  /** Line of each of the entry's examples. */
  readonly exampleLines: readonly number[];
}

export type MergedRules = { [K in SectionName]: Sourced<NonNullable<RuleFile[K]>[number]>[] };

export interface LoadedRules {
  readonly sections: MergedRules;
  /** Files read, in load order. */
  readonly files: readonly string[];
  /** sha256 of the merged rules, short: changes exactly when the rules change. */
  readonly hash: string;
}

const RULE_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** Rule files in a folder (not recursive), in name order so loading is deterministic. */
export function listRuleFiles(dir: string): string[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch {
    throw new RuleFileError(dir, 0, 0, 'rule folder not found');
  }
  if (stat.isFile()) return [dir];
  return fs
    .readdirSync(dir)
    .filter((f) => RULE_EXTENSIONS.has(path.extname(f).toLowerCase()))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Parses and validates one rule file; throws RuleFileError with a position. */
export function parseRuleFile(file: string, text: string): { rules: RuleFile; lineOf: (p: (string | number)[]) => number } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const posOf = (offset: number) => lineCounter.linePos(offset);
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const { line, col } = posOf(e.pos[0]);
    throw new RuleFileError(file, line, col, `YAML syntax: ${firstLine(e.message)}`);
  }
  const nodeAt = (p: (string | number)[]): Node | null => {
    let node: unknown = doc.contents;
    let last: Node | null = (doc.contents as Node | null) ?? null;
    for (const key of p) {
      if (isMap(node)) {
        const pair = node.items.find((it) => isScalar(it.key) && String(it.key.value) === String(key));
        if (!pair) break;
        node = pair.value ?? pair.key;
        last = (pair.value as Node | null) ?? (pair.key as Node);
      } else if (isSeq(node)) {
        node = node.items[Number(key)];
        if (!node) break;
        last = node as Node;
      } else break;
    }
    return last;
  };
  const where = (p: (string | number)[]) => {
    const node = nodeAt(p);
    const offset = node?.range?.[0] ?? 0;
    return posOf(offset);
  };
  const data = doc.toJS() ?? {};
  const parsed = RuleFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const p = issue.path as (string | number)[];
    const { line, col } = where(p);
    throw new RuleFileError(file, line, col, describeIssue(issue, p));
  }
  checkDuplicateIds(parsed.data, (p, msg) => {
    const { line, col } = where(p);
    throw new RuleFileError(file, line, col, msg);
  });
  return { rules: parsed.data, lineOf: (p) => where(p).line };
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}

function describeIssue(issue: z.core.$ZodIssue, p: (string | number)[]): string {
  const at = p.length ? p.join('.') : '(top level)';
  if (issue.code === 'unrecognized_keys') {
    const allowed = p.length === 0 ? `sections are ${SECTION_NAMES.join(', ')}` : 'see `extract schema rules`';
    return `${at}: unknown field ${issue.keys.map((k) => JSON.stringify(k)).join(', ')} (${allowed})`;
  }
  if (issue.code === 'invalid_type') {
    return `${at}: expected ${issue.expected}, ${issue.message.replace(/^Invalid input: /, '')}`;
  }
  return `${at}: ${issue.message}`;
}

/** What zod cannot express: ids unique within a section of one file. */
function checkDuplicateIds(rules: RuleFile, fail: (p: (string | number)[], msg: string) => never): void {
  for (const section of SECTION_NAMES) {
    const entries = (rules[section] ?? []) as { id: string }[];
    const seen = new Map<string, number>();
    entries.forEach((e, i) => {
      const prev = seen.get(e.id);
      if (prev !== undefined) fail([section, i, 'id'], `${section}: duplicate id "${e.id}" (first at entry ${prev + 1})`);
      seen.set(e.id, i);
    });
  }
}

/**
 * Loads rule folders in order (built-ins first unless excluded) and merges them:
 * an entry replaces an earlier entry of the same section and id.
 */
/** A rule file as the loader keeps it: its entries, each with its line and its examples' lines. */
export interface ParsedFile {
  readonly sha256: string;
  readonly sections: { readonly [K in SectionName]?: readonly { readonly entry: { id: string }; readonly line: number; readonly exampleLines: readonly number[] }[] };
}

export function parseFile(file: string, text: string): ParsedFile {
  const { rules, lineOf } = parseRuleFile(file, text);
  const sections: Record<string, unknown[]> = {};
  for (const section of SECTION_NAMES) {
    const entries = (rules[section] ?? []) as { id: string; examples?: unknown[] }[];
    if (entries.length === 0) continue;
    sections[section] = entries.map((entry, i) => ({
      entry,
      line: lineOf([section, i]),
      exampleLines: (entry.examples ?? []).map((_, k) => lineOf([section, i, 'examples', k])),
    }));
  }
  return { sha256: sha256(text), sections: sections as ParsedFile['sections'] };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The built-in rule files as parsed and validated at build time (scripts/compile-rules.mjs),
 * keyed by content hash: YAML parsing and validation are most of a small run's start-up.
 * A file whose content differs from what was compiled is parsed afresh.
 */
function precompiled(): ReadonlyMap<string, ParsedFile> {
  try {
    const list = JSON.parse(fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../builtin-rules.json'), 'utf8')) as ParsedFile[];
    return new Map(list.map((f) => [f.sha256, f]));
  } catch {
    return new Map();
  }
}

/**
 * Loads rule folders in order (built-ins first unless excluded) and merges them:
 * an entry replaces an earlier entry of the same section and id.
 */
export function loadRules(opts: { dirs?: readonly string[]; builtins?: boolean } = {}): LoadedRules {
  const dirs = [...(opts.builtins === false ? [] : [BUILTIN_RULES_DIR]), ...(opts.dirs ?? [])];
  const files = dirs.flatMap(listRuleFiles);
  const compiled = opts.builtins === false ? new Map<string, ParsedFile>() : precompiled();
  const merged = Object.fromEntries(SECTION_NAMES.map((s) => [s, new Map<string, Sourced<unknown>>()])) as Record<
    SectionName,
    Map<string, Sourced<unknown>>
  >;
  for (const file of files) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      throw new RuleFileError(file, 0, 0, `cannot read: ${(e as Error).message}`);
    }
    const parsed = compiled.get(sha256(text)) ?? parseFile(file, text);
    for (const section of SECTION_NAMES) {
      for (const { entry, line, exampleLines } of parsed.sections[section] ?? []) {
        merged[section].set(entry.id, { entry, file: path.basename(file), path: file, line, exampleLines });
      }
    }
  }
  const sections = Object.fromEntries(SECTION_NAMES.map((s) => [s, [...merged[s].values()]])) as MergedRules;
  const hash = createHash('sha256')
    .update(JSON.stringify(SECTION_NAMES.map((s) => [s, sections[s].map((x) => [x.file, x.entry])])))
    .digest('hex')
    .slice(0, 12);
  return { sections, files, hash };
}
