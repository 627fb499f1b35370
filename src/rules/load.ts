// Reading rule files: YAML (or JSON) parsed with positions, validated against the
// zod schema, merged by id. A bad file is reported with its path, line and column
// and nothing from it is used: a rule set is loaded whole or not at all.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { RuleFile } from './schema.js';
import { SECTION_NAMES, type SectionName } from './sections.js';
import { RuleFileError } from './errors.js';

export { RuleFileError };

/**
 * YAML parsing and zod validation (parse.ts) are loaded only when a rule file is not
 * among the precompiled built-ins: most runs never need them, and they cost start-up.
 */
const require = createRequire(import.meta.url);
const parser = (): typeof import('./parse.js') => require('./parse.js') as typeof import('./parse.js');

/** Where the built-in rules live: `rules/` next to `src/` and `dist/`. */
export const BUILTIN_RULES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../rules');

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

/** A rule file as the loader keeps it: its entries, each with its line and its examples' lines. */
export interface ParsedFile {
  readonly sha256: string;
  readonly sections: {
    readonly [K in SectionName]?: readonly {
      readonly entry: { id: string };
      readonly line: number;
      readonly exampleLines: readonly number[];
    }[];
  };
}

export function parseFile(file: string, text: string): ParsedFile {
  const { rules, lineOf } = parser().parseRuleFile(file, text);
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

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/**
 * The built-in rule files as parsed and validated at build time (scripts/compile-rules.mjs),
 * keyed by content hash: YAML parsing and validation are most of a small run's start-up.
 * A file whose content differs from what was compiled is parsed afresh.
 */
export interface CompiledBuiltins {
  readonly files: readonly ParsedFile[];
  /** The files in load order (`name sha256`), and the merged hash they give (LoadedRules.hash) loaded alone. */
  readonly order: readonly string[];
  readonly hash: string;
}

function precompiled(): CompiledBuiltins | null {
  try {
    return JSON.parse(
      fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../builtin-rules.json'), 'utf8'),
    ) as CompiledBuiltins;
  } catch {
    return null;
  }
}

/** sha256 of the merged rules, short: changes exactly when the rules change. */
export function mergedHash(sections: MergedRules): string {
  return sha256(JSON.stringify(SECTION_NAMES.map((s) => [s, sections[s].map((x) => [x.file, x.entry])]))).slice(0, 12);
}

/**
 * Loads rule folders in order (built-ins first unless excluded) and merges them:
 * an entry replaces an earlier entry of the same section and id.
 */
export function loadRules(opts: { dirs?: readonly string[]; builtins?: boolean } = {}): LoadedRules {
  const dirs = [...(opts.builtins === false ? [] : [BUILTIN_RULES_DIR]), ...(opts.dirs ?? [])];
  const files = dirs.flatMap(listRuleFiles);
  const builtins = opts.builtins === false ? null : precompiled();
  const compiled = new Map((builtins?.files ?? []).map((f) => [f.sha256, f]));
  const parsed = files.map((file) => {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch (e) {
      throw new RuleFileError(file, 0, 0, `cannot read: ${(e as Error).message}`);
    }
    // (the hash of the bytes: a file is decoded only when it has to be parsed)
    return { path: file, parsed: compiled.get(sha256(bytes)) ?? parseFile(file, bytes.toString('utf8')) };
  });
  const sections = mergeFiles(parsed);
  // The built-ins alone, as compiled: their merged hash was taken at build time.
  const asBuilt = builtins !== null && loadOrder(parsed).join() === builtins.order.join();
  return { sections, files, hash: asBuilt ? builtins.hash : mergedHash(sections) };
}

/** Which files were loaded, in order: `name sha256` each. */
export function loadOrder(files: readonly { path: string; parsed: ParsedFile }[]): string[] {
  return files.map((f) => `${path.basename(f.path)} ${f.parsed.sha256}`);
}

/** Parsed files merged in load order: an entry replaces an earlier entry of the same section and id. */
export function mergeFiles(files: readonly { path: string; parsed: ParsedFile }[]): MergedRules {
  const merged = Object.fromEntries(SECTION_NAMES.map((s) => [s, new Map<string, Sourced<unknown>>()])) as Record<
    SectionName,
    Map<string, Sourced<unknown>>
  >;
  for (const { path: file, parsed } of files) {
    for (const section of SECTION_NAMES) {
      for (const { entry, line, exampleLines } of parsed.sections[section] ?? []) {
        merged[section].set(entry.id, { entry, file: path.basename(file), path: file, line, exampleLines });
      }
    }
  }
  return Object.fromEntries(SECTION_NAMES.map((s) => [s, [...merged[s].values()]])) as MergedRules;
}
