// A fact's `rule` is `<rule file>#<rule id>@<rule-set hash>`. The hash changes with
// any rule anywhere, so a comparison keeps the two halves apart: which rule made a
// fact is content, which rule set it came from is reported once per run.

export interface RuleId {
  /** `<rule file>#<rule id>`. */
  readonly name: string;
  /** The rule-set hash, or null for a rule written without one. */
  readonly hash: string | null;
}

export function splitRule(rule: string): RuleId {
  // The last `@`: a rule file's name may contain one, the hash never does.
  const at = rule.lastIndexOf('@');
  return at < 0 ? { name: rule, hash: null } : { name: rule.slice(0, at), hash: rule.slice(at + 1) };
}
