// 《…》 spans: titles of laws, plans and reports, on one line or broken over two.
// Numbers, years and names inside them (《…三年行动计划(2021年-2023年)》, 《中华人民共和国
// 公司法》) name the document, they state no fact.
import { ONE_TO_NINE, TEN, ZEROS } from '../rules/vocabulary.js';

export type Span = readonly [number, number];

export function titleSpans(text: string): Span[] {
  const out: Span[] = [];
  // a title may be broken over two lines (《中华人民共和国公司\n法》)
  const re = /《[^《》\n]{1,120}(?:\n[^《》\n]{0,60})?》/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** A bracketed tag opening a title: [视频], 【“十三五”成就巡礼】. */
export const PAGE_TAG = /^(?:\[[^\]\n]{1,20}\]|【[^】\n]{1,30}】)/;

/**
 * Where the tags opening a title end ([视频]【新征程开局“十四五”】深化产教融合 → after 】):
 * a series' name, run over many episodes, says nothing of this page's time.
 */
export function pageTagsEnd(text: string, start: number): number {
  let at = start;
  for (let m = PAGE_TAG.exec(text.slice(at, at + 40)); m; m = PAGE_TAG.exec(text.slice(at, at + 40))) at += m[0].length;
  return at;
}

/**
 * Is [start, end) inside one of `spans`? They must be sorted and must not overlap, as
 * titleSpans returns them: the search is binary, since a long page holds thousands.
 */
export function within(spans: readonly Span[], start: number, end = start + 1): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  let at = -1; // the last span starting at or before `start`
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![0] <= start) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return at >= 0 && end <= spans[at]![1];
}

/** A character no date is written with: an aside holding one says more than a date. */
const NOT_A_DATE = new RegExp(`[^\\s\\d${ZEROS}${ONE_TO_NINE}${TEN}年月日号.\\-/]`);

/**
 * Asides in brackets: （2015和2016年同期增速分别为3.3%、0.5%）. What they say of other
 * years is a digression; the dates in them set no year for the text that follows. A
 * bracket holding only a date (今天（2月28日）) restates the text's own date: no aside.
 */
export function asideSpans(text: string): Span[] {
  const out: Span[] = [];
  const re = /[（(]([^（）()\n]{1,80})[）)]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (NOT_A_DATE.test(m[1]!)) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}
