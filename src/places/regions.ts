// Place names that can own a figure: 苏州, 青岛市, 山东省, 胶东五市, 市南区.
import type { RuleSet } from '../rules/ruleset.js';
import { SMALL_NUMERAL } from '../rules/vocabulary.js';

export interface RegionMention {
  readonly start: number;
  readonly end: number;
  /** The name without its administrative suffix (青岛市 → 青岛), groups kept whole (胶东五市). */
  readonly name: string;
  readonly ref: string;
  /** A scope (全国) rather than an owner. */
  readonly scope: boolean;
}

const GROUP = new RegExp(`^[${SMALL_NUMERAL}\\d]{1,2}(?:市|省区|省|城市|地|区)`);

export function findRegions(text: string, rules: RuleSet, from = 0, to = text.length): RegionMention[] {
  const out: RegionMention[] = [];
  for (const m of rules.regions.findAll(text, from, to)) {
    let end = m.end;
    let name = m.word;
    const group = GROUP.exec(text.slice(end, Math.min(to, end + 4)));
    if (group) {
      end += group[0].length;
      name = text.slice(m.start, end);
    } else {
      const suffix = rules.regionSuffixes.matchAt(text, end, to);
      if (suffix && m.value.rule.suffixes.includes(suffix.word)) end = suffix.end;
    }
    out.push({ start: m.start, end, name, ref: m.value.ref, scope: m.value.rule.scope });
  }
  return out;
}
