// Numbers listed before the last share its unit and scale word (快3.5、1.8个百分点).
import type { RuleSet } from '../rules/ruleset.js';
import { clean } from './numerals.js';
import { trailingScale } from './around.js';
import type { QuantityMatch } from './quantity-match.js';

/**
 * 快3.5、1.8个百分点, 分别为3.2、1.5亿元: numbers listed before the last share its unit
 * and its scale word. Only between list words (markers.yaml#shared-unit), only numbers
 * without a unit of their own (one with the last's scale word keeps it: 10.6万、3.3万平方公里), and
 * only in Arabic digits (五、六倍 is "five or six times").
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
      // 高于全国12.7个、12个百分点: an item whose unit is the start of the last one's (个 of
      // 个百分点) wrote it short; it takes the whole.
      if (q.unit && sep.has(between) && elided(q.unit.word, last.unit.word) && next.unit?.word === last.unit.word) {
        result[j] = { ...q, unit: last.unit, shared: true };
        continue;
      }
      // 五、六倍, 二、三十亿斤 are "five or six", "twenty or thirty": Chinese numerals in a row are a guess, not a list.
      if (q.unit || !sep.has(between) || q.chineseOnly || last.chineseOnly) break;
      // (分别不超过1000、3000、6000元: an approximation word right after 分别 is the whole list's)
      if (q.approx && !rules.marker('respectively').matchEndingAt(text, q.start)) break;
      // 运-20、3架: a number after a hyphen names a model.
      if (/[-–—A-Za-z]/.test(text[q.start - 1] ?? '')) break;
      // 分别为10.6万、3.8万、3.3万平方公里: a number with the last one's scale word of its own keeps
      // it, and shares the unit; one with another scale word (3万、1.8亿元) is no item of the list.
      const own = trailingScale(numerals[j]!, rules);
      if (own !== 1 && own !== scale) break;
      const number = own !== 1 ? q.number : clean(q.number * scale);
      result[j] = { ...q, number, unit: last.unit, per: last.per ?? null, shared: true };
    }
  }
  return result;
}

/** Is `short` the start of `whole` written on its own (个 of 个百分点)? */
const elided = (short: string, whole: string) => short.length < whole.length && whole.startsWith(short);
