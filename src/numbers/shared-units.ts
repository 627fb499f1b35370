// Numbers listed before the last share its unit and scale word (快3.5、1.8个百分点).
import type { RuleSet } from '../rules/ruleset.js';
import { clean } from './numerals.js';
import { trailingScale } from './around.js';
import type { QuantityMatch } from './quantity-match.js';

/**
 * 快3.5、1.8个百分点, 分别为3.2、1.5亿元: numbers listed before the last share its unit
 * and its scale word. Only between list words (markers.yaml#shared-unit), only numbers
 * with neither a unit nor a scale word of their own, and only in Arabic digits (五、六倍 is
 * "five or six times").
 */
export function shareUnits(
  text: string,
  rules: RuleSet,
  out: QuantityMatch[],
  numerals: readonly string[],
): QuantityMatch[] {
  const sep = rules.marker('shared-unit');
  const result = out.slice();
  for (let k = out.length - 1; k > 0; k--) {
    const last = result[k]!;
    if (!last.unit) continue;
    const scale = trailingScale(numerals[k]!, rules);
    for (let j = k - 1; j >= 0; j--) {
      const q = result[j]!;
      const next = result[j + 1]!;
      const between = text.slice(q.end, next.start).trim();
      // 五、六倍, 二、三十亿斤 are "five or six", "twenty or thirty": Chinese numerals in a row are a guess, not a list.
      if (q.unit || !sep.has(between) || q.chineseOnly || last.chineseOnly) break;
      if (trailingScale(numerals[j]!, rules) !== 1 || q.approx) break;
      // 运-20、3架: a number after a hyphen names a model.
      if (/[-–—A-Za-z]/.test(text[q.start - 1] ?? '')) break;
      result[j] = { ...q, number: clean(q.number * scale), unit: last.unit, per: last.per ?? null, shared: true };
    }
  }
  return result;
}
