// Shared set-up for tests: the built-in rules and one jieba segmenter per process.
import { loadRuleSet, type RuleSet } from '../src/rules/ruleset.js';
import { jiebaSegmenter } from '../src/segment/tokens.js';
import { createDocument } from '../src/document/document.js';
import { extractFacts } from '../src/pipeline.js';
import type { Fact, Indicator, Event, Organization } from '../src/facts.js';

let rules: RuleSet | null = null;
export function builtinRules(): RuleSet {
  return (rules ??= loadRuleSet());
}

export function facts(text: string, refDate: string | null = null): Fact[] {
  const r = builtinRules();
  return extractFacts(createDocument('t.txt', text), r, jiebaSegmenter(r.dictionary), { refDate });
}

export const indicators = (text: string, refDate: string | null = null) =>
  facts(text, refDate).filter((f): f is Indicator => f.type === 'indicator');
export const events = (text: string, refDate: string | null = null) =>
  facts(text, refDate).filter((f): f is Event => f.type === 'event');
export const organizations = (text: string, refDate: string | null = null) =>
  facts(text, refDate).filter((f): f is Organization => f.type === 'organization');
