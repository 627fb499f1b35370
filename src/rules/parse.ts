// Parsing one rule file: YAML read with positions, validated against the zod schema,
// ids checked. Errors name the file, line and column (RuleFileError). Loaded lazily by
// load.ts, only for files that are not precompiled.
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';
import type { z } from 'zod';
import { RuleFileSchema, type RuleFile } from './schema.js';
import { SECTION_NAMES } from './sections.js';
import { RuleFileError } from './errors.js';

/** Parses and validates one rule file; throws RuleFileError with a position. */
export function parseRuleFile(
  file: string,
  text: string,
): { rules: RuleFile; lineOf: (p: (string | number)[]) => number } {
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
  /** Where a key of the map at `p` is written (an unknown field is reported at its own line). */
  const whereKey = (p: (string | number)[], key: string) => {
    const map = nodeAt(p);
    const pair = isMap(map) ? map.items.find((it) => isScalar(it.key) && String(it.key.value) === key) : undefined;
    const offset = (isScalar(pair?.key) ? pair.key.range?.[0] : undefined) ?? map?.range?.[0] ?? 0;
    return posOf(offset);
  };
  const data = doc.toJS() ?? {};
  const parsed = RuleFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const p = issue.path as (string | number)[];
    const { line, col } =
      issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? whereKey(p, issue.keys[0]) : where(p);
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
      if (prev !== undefined)
        fail([section, i, 'id'], `${section}: duplicate id "${e.id}" (first at entry ${prev + 1})`);
      seen.set(e.id, i);
    });
  }
}

/**
 * Loads rule folders in order (built-ins first unless excluded) and merges them:
 * an entry replaces an earlier entry of the same section and id.
 */
