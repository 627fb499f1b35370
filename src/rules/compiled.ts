// Values built from a rule set once and reused for every document read with it: a
// regex made of marker words (第十四届 of a body's name), a table of the characters a
// numeral may hold. Each dimension declares its own, typed, next to the code that
// reads it; the rule set knows nothing of them, and no string names them.
import type { RuleSet } from './ruleset.js';

/** `build` run once per rule set, its value kept as long as the rule set lives. */
export function perRuleSet<T>(build: (rules: RuleSet) => T): (rules: RuleSet) => T {
  const built = new WeakMap<RuleSet, T>();
  return (rules) => {
    if (built.has(rules)) return built.get(rules) as T;
    const value = build(rules);
    built.set(rules, value);
    return value;
  };
}
