// Dates that are a comparison's baseline rather than the period a figure covers:
// 比疫情前的2019年同期增长4.9%, 恢复至2019年同期的96%, 是2010年的2.2倍. A baseline sets no
// period and no year for the dates after it.
import type { RuleSet } from '../rules/ruleset.js';
import type { Draft } from './expr.js';

/** How far before a date a comparison's opening word may stand (比疫情前的2019年同期: 比 + 4). */
const COMPARISON_REACH = 6;
/** How far after a date the comparison may close (与2017年计划目标持平: 4 + 持平). */
const COMPARISON_CLOSE = 8;

const BREAK = /[，,。；;：:！？!?\n、（）()]/;
/** A short modifier between a comparison's opening word and its date: 疫情前的. */
const MODIFIER = /^[^\d，,。；;：:、（）()\n]{1,5}的$/;

/**
 * 比疫情前的2019年同期增长4.9%, 与2017年计划目标持平, 和去年基本持平, 比去年同期多了: a date
 * between a comparison's opening word and the word that closes it (a direction, 持平, a
 * comparative) is the comparison's baseline, with words between. Not a date after another
 * (2019年和2020年分别增长: 和 joins two periods).
 */
export function comparedAcross(text: string, d: Draft, rules: RuleSet): boolean {
  // The opening word right before the date, or before a short modifier ending in 的 (疫情前的):
  // without 的 right before the date, only the first (p = d.start) is tried.
  // (a plan's name opens with a quote: 较“十三五”末改善16.5%)
  const start = /[“"]/.test(text[d.start - 1] ?? '') ? d.start - 1 : d.start;
  const modified = text[start - 1] === '的';
  let open = false;
  for (let p = start; p >= Math.max(0, start - COMPARISON_REACH) && !open; p--) {
    if (p < start && (!modified || !MODIFIER.test(text.slice(p, start)))) continue;
    const m = rules.marker('comparison').matchEndingAt(text, p);
    open = m !== null && !/[年月季日]$/.test(text.slice(Math.max(0, m.start - 1), m.start));
  }
  if (!open) return false;
  for (let p = d.end; p < d.end + COMPARISON_CLOSE && p < text.length && !BREAK.test(text[p]!); p++) {
    if (/\d/.test(text[p]!)) return false;
    if (rules.directions.matchAt(text, p) || rules.marker('comparison-close').matchAt(text, p)) return true;
  }
  return false;
}

/** 是2010年的2.2倍, 相当于2015年的3倍: the year a multiple or a share is taken of. */
export const multipleOf = (text: string, d: Draft): boolean =>
  /(?:是|为|相当于)$/.test(text.slice(Math.max(0, d.start - 3), d.start)) &&
  /^的?[\d.一二三四五六七八九十两]+(?:倍|%|成)/.test(text.slice(d.end, d.end + 12));

/** 恢复至2019年同期的96%, 达到2019年水平的九成: a date before 同期的 or 水平 is the base a share is taken of. */
export const baseLevel = (text: string, d: Draft, rules: RuleSet): boolean =>
  rules.marker('base-level-after').matchAt(text, d.end) !== null ||
  // 恢复至2019年同期96%: reaching a year's same period is reaching its level
  (d.same &&
    d.year !== null &&
    (rules.marker('base-level-after').matchAt(text, d.end - 2) !== null ||
      rules.marker('deadline-before').matchEndingAt(text, d.start) !== null));
