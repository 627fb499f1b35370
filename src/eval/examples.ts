// Running the examples every rule carries (its "corpus", as in Duckling): each text
// must produce the facts its example expects, and none of the types it rejects.
import { createDocument } from '../document/document.js';
import { extractFacts } from '../pipeline.js';
import type { Fact } from '../facts.js';
import type { Segmenter } from '../segment/tokens.js';
import type { RuleSet } from '../rules/ruleset.js';
import { SECTION_NAMES, type Example, type ExpectedFact } from '../rules/schema.js';

export interface ExampleOutcome {
  /** `<file>#<id>` of the rule the example belongs to. */
  readonly rule: string;
  readonly path: string;
  readonly line: number;
  /** 1-based position among the rule's examples. */
  readonly index: number;
  readonly text: string;
  /** Empty when the example passes. */
  readonly failures: readonly string[];
}

const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-9);

/** The fields of `expected` that `fact` does not have (empty: it matches). */
export function mismatches(fact: Fact, expected: ExpectedFact): string[] {
  if (fact.type !== expected.type) return ['type'];
  const f = fact as Record<string, unknown>;
  const out: string[] = [];
  for (const [key, want] of Object.entries(expected)) {
    if (key === 'type' || want === undefined) continue;
    let got: unknown;
    if (key === 'changeBasis') got = fact.type === 'indicator' ? (fact.change?.basis ?? null) : undefined;
    else if (key === 'changeValue') got = fact.type === 'indicator' ? fact.change?.value : undefined;
    else got = f[key];
    const ok =
      typeof want === 'number'
        ? typeof got === 'number' && close(got, want)
        : Array.isArray(want)
          ? Array.isArray(got) && want.every((w) => (got as unknown[]).includes(w))
          : got === want;
    if (!ok) out.push(key);
  }
  return out;
}

function show(fact: Fact, keys: readonly string[]): string {
  const f = fact as Record<string, unknown>;
  const parts = keys.map((k) => {
    const v =
      k === 'changeBasis'
        ? fact.type === 'indicator'
          ? fact.change?.basis
          : undefined
        : k === 'changeValue'
          ? fact.type === 'indicator'
            ? fact.change?.value
            : undefined
          : f[k];
    return `${k}=${JSON.stringify(v ?? null)}`;
  });
  return `${fact.type} «${fact.text}» ${parts.join(' ')}`;
}

const showExpected = (e: ExpectedFact) =>
  `${e.type} {${Object.entries(e)
    .filter(([k]) => k !== 'type')
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join(', ')}}`;

export function checkExample(example: Example, facts: readonly Fact[]): string[] {
  const failures: string[] = [];
  for (const expected of example.expect) {
    let best: { fact: Fact; missing: string[] } | null = null;
    for (const fact of facts) {
      if (fact.type !== expected.type) continue;
      const missing = mismatches(fact, expected);
      if (!best || missing.length < best.missing.length) best = { fact, missing };
    }
    if (best && best.missing.length === 0) continue;
    const keys = Object.keys(expected).filter((k) => k !== 'type');
    failures.push(
      `expected ${showExpected(expected)}; ${best ? `nearest: ${show(best.fact, keys)}` : `no ${expected.type} was found`}`,
    );
  }
  for (const type of example.reject ?? []) {
    const found = facts.filter((f) => f.type === type);
    if (found.length) failures.push(`expected no ${type}; found ${found.map((f) => `«${f.text}»`).join(', ')}`);
  }
  return failures;
}

/** Every example of every loaded rule, in file and rule order. */
export function runExamples(rules: RuleSet, segmenter: Segmenter): ExampleOutcome[] {
  const out: ExampleOutcome[] = [];
  const entries = SECTION_NAMES.flatMap((section) => rules.loaded.sections[section].map((s) => ({ section, s })));
  entries.sort((a, b) => (a.s.path < b.s.path ? -1 : a.s.path > b.s.path ? 1 : a.s.line - b.s.line));
  for (const { s } of entries) {
    const entry = s.entry as { id: string; examples?: Example[] };
    (entry.examples ?? []).forEach((example, k) => {
      const facts = extractFacts(createDocument('example', example.text), rules, segmenter, {
        refDate: example.refDate ?? null,
      });
      out.push({
        rule: `${s.file}#${entry.id}`,
        path: s.path,
        line: s.exampleLines[k] ?? s.line,
        index: k + 1,
        text: example.text,
        failures: checkExample(example, facts),
      });
    });
  }
  return out;
}
