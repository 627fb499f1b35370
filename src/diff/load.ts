// A run read back: the text of `extract --format json` or `--format jsonl`, checked
// against the output contract (src/facts.ts), as the facts and document failures it
// holds. Pure: the command reads the file; errors name the file (and line for jsonl).
import type { z } from 'zod';
import {
  DocumentLineSchema,
  ErrorRecordSchema,
  FactSchema,
  OutputSchema,
  type ErrorRecord,
  type Fact,
} from '../facts.js';
import { splitRule } from './rule-id.js';

export type RunFormat = 'json' | 'jsonl';

export interface Run {
  readonly format: RunFormat;
  /** The rule-set hash the run was made with; null when the output does not say (jsonl without facts). */
  readonly rules: string | null;
  readonly facts: readonly Fact[];
  /** Documents that could not be read: error lines in jsonl, document records with `error` in json. */
  readonly errors: readonly ErrorRecord[];
  /**
   * Every document and the hash of its bytes (null for one that failed): json's document
   * records, or jsonl's document lines (--documents); null for jsonl without them.
   */
  readonly documents: readonly RunDocument[] | null;
}

export interface RunDocument {
  readonly doc: string;
  readonly sha256: string | null;
}

/** The file is not the output of `extract`; the message starts with the file (and line). */
export class InvalidRunError extends Error {}

const BOM = '\uFEFF';

/**
 * json is one object with `facts`, pretty-printed (its first line is a lone `{`) or
 * compact; jsonl is one object per line, each with a `type`. An empty text is a jsonl
 * run with no facts: that is what `extract --format jsonl` writes for no documents.
 */
export function detectFormat(text: string): RunFormat {
  const firstLine = text.split('\n').find((line) => line.trim() !== '');
  if (firstLine === undefined) return 'jsonl';
  const first = parseJson(firstLine);
  if (!first.ok) return 'json';
  return isObject(first.value) && 'facts' in first.value && !('type' in first.value) ? 'json' : 'jsonl';
}

export function parseRun(text: string, file: string): Run {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  if (/^id,doc,type,/.test(body))
    throw new InvalidRunError(`${file}: this is CSV output; diff reads extract --format json or jsonl`);
  return detectFormat(body) === 'json' ? parseJsonRun(body, file) : parseJsonlRun(body, file);
}

function parseJsonRun(text: string, file: string): Run {
  const parsed = parseJson(text);
  if (!parsed.ok)
    throw new InvalidRunError(`${file}${lineSuffix(text, parsed.position)}: not valid JSON: ${parsed.message}`);
  const output = OutputSchema.safeParse(parsed.value);
  if (!output.success) throw new InvalidRunError(`${file}: not extract json output: ${describeIssues(output.error)}`);
  const { tool, documents, facts } = output.data;
  const errors = documents.flatMap((d) =>
    d.error === null ? [] : [{ type: 'error' as const, doc: d.doc, message: d.error }],
  );
  return {
    format: 'json',
    rules: tool.rules,
    facts,
    errors,
    documents: documents.map(({ doc, sha256 }) => ({ doc, sha256 })),
  };
}

function parseJsonlRun(text: string, file: string): Run {
  const facts: Fact[] = [];
  const errors: ErrorRecord[] = [];
  const documents: RunDocument[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${file}:${index + 1}`;
    const parsed = parseJson(line);
    if (!parsed.ok) throw new InvalidRunError(`${where}: not valid JSON: ${parsed.message}`);
    const type = isObject(parsed.value) ? parsed.value.type : undefined;
    if (type === 'error') errors.push(parseLine(ErrorRecordSchema, parsed.value, `${where}: not an error record`));
    else if (type === 'document') {
      const { doc, sha256 } = parseLine(DocumentLineSchema, parsed.value, `${where}: not a document record`);
      documents.push({ doc, sha256 });
    } else facts.push(parseLine(FactSchema, parsed.value, `${where}: not a fact`));
  });
  return { format: 'jsonl', rules: rulesOfFacts(facts), facts, errors, documents: documents.length ? documents : null };
}

/** A line checked against its schema; else InvalidRunError saying what is wrong. */
function parseLine<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const record = schema.safeParse(value);
  if (!record.success) throw new InvalidRunError(`${what}: ${describeIssues(record.error)}`);
  return record.data;
}

/** jsonl has no header: the rule set is the one its facts' rules name (several, if runs were concatenated). */
function rulesOfFacts(facts: readonly Fact[]): string | null {
  const hashes = new Set(facts.flatMap((f) => splitRule(f.rule).hash ?? []));
  return hashes.size === 0 ? null : [...hashes].sort().join(',');
}

type JsonResult = { ok: true; value: unknown } | { ok: false; message: string; position: number | null };

function parseJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /at position (\d+)/.exec(message);
    return { ok: false, message, position: at ? Number(at[1]) : null };
  }
}

/** `:LINE` for a JSON syntax error whose position the parser gave. */
function lineSuffix(text: string, position: number | null): string {
  if (position === null) return '';
  return `:${text.slice(0, position).split('\n').length}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first problem zod found, with its path (`facts[3].value: …`), and how many more. */
function describeIssues(error: z.ZodError): string {
  const [first, ...rest] = error.issues;
  if (!first) return 'invalid';
  const path = first.path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
  const more = rest.length > 0 ? ` (and ${rest.length} more ${rest.length === 1 ? 'problem' : 'problems'})` : '';
  return `${path ? `${path}: ` : ''}${first.message}${more}`;
}
