// Predicted facts as the scorer sees them: only the fields it compares, read
// leniently. An output being scored may come from an older version or another
// tool; a field of the wrong shape counts as absent (and so scores as a miss)
// rather than stopping the evaluation.
import { z } from 'zod';

const text = z.string().nullable().catch(null);
const num = z.number().nullable().catch(null);
const int = z.number().int().nullable().catch(null);
const texts = z.array(z.string()).catch([]);

export const ScoredFactSchema = z.object({
  type: z.string(),
  doc: z.string(),
  start: int.optional(),
  end: int.optional(),
  text: text.optional(),
  // organization
  name: text.optional(),
  canonical: text.optional(),
  aliases: texts.optional(),
  // organization and event
  kind: text.optional(),
  // indicator
  value: num.optional(),
  unit: text.optional(),
  label: text.optional(),
  region: text.optional(),
  period: text.optional(),
  status: text.optional(),
  approx: text.optional(),
  change: z.object({ value: num }).nullable().catch(null).optional(),
  // event
  date: text.optional(),
  orgs: texts.optional(),
});
export type ScoredFact = z.infer<typeof ScoredFactSchema>;

export type ParsedPredictions = { ok: true; facts: ScoredFact[] } | { ok: false; message: string };

/** Facts from one value of an output: a `--format json` object, an array of facts, or one JSONL line. */
function factsOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object' && Array.isArray((value as { facts?: unknown }).facts))
    return (value as { facts: unknown[] }).facts;
  return [value];
}

/** Keeps facts, drops `{"type":"error"}` and `{"type":"document"}` (jsonl --documents) records. */
function toScored(values: unknown[], where: (i: number) => string): ParsedPredictions {
  const facts: ScoredFact[] = [];
  for (const [i, v] of values.entries()) {
    const type = v && typeof v === 'object' ? (v as { type?: unknown }).type : undefined;
    if (type === 'error' || type === 'document') continue;
    const parsed = ScoredFactSchema.safeParse(v);
    if (!parsed.success) return { ok: false, message: `${where(i)}: not a fact (needs "type" and "doc")` };
    facts.push(parsed.data);
  }
  return { ok: true, facts };
}

function parseJson(s: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(s) };
  } catch {
    return { ok: false };
  }
}

/** The facts of an `extract --format json` or `--format jsonl` output. */
export function parsePredictions(raw: string): ParsedPredictions {
  const content = raw.replace(/^\uFEFF/, '');
  const whole = parseJson(content);
  if (whole.ok) return toScored(factsOf(whole.value), (i) => `fact ${i + 1}`);
  // Not one JSON value: JSON Lines.
  const values: unknown[] = [];
  const lineNumbers: number[] = [];
  for (const [i, line] of content.split('\n').entries()) {
    if (!line.trim()) continue;
    try {
      values.push(JSON.parse(line));
    } catch (e) {
      return { ok: false, message: `line ${i + 1}: not valid JSON: ${(e as Error).message}` };
    }
    lineNumbers.push(i + 1);
  }
  return toScored(values, (i) => `line ${lineNumbers[i]}`);
}
