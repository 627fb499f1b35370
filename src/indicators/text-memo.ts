// Answers that depend only on a string and the rule set (the particles inside a label's
// name, the metric names in it): labels repeat from figure to figure and page to page
// (地区生产总值, 规模以上工业增加值), so each is worked out once per rule set. A run over
// a large corpus meets many labels: a memo forgets all it holds when it is full.
import type { RuleSet } from '../rules/ruleset.js';
import { perRuleSet } from '../rules/compiled.js';

/** How many strings a memo keeps before it starts over. */
const MEMO_LIMIT = 20_000;

/** `read(rules, key)` memoized per rule set and key. */
export function textMemo<V>(read: (rules: RuleSet, key: string) => V): (rules: RuleSet, key: string) => V {
  const known = perRuleSet(() => new Map<string, V>());
  return (rules, key) => {
    const map = known(rules);
    let value = map.get(key);
    if (value === undefined && !map.has(key)) {
      value = read(rules, key);
      if (map.size >= MEMO_LIMIT) map.clear();
      map.set(key, value);
    }
    return value as V;
  };
}
