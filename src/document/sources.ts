// The outlets a page names as its source or author — every one, not only the first:
// 来源 lines (来源：天津人大—天津日报, 来源 齐鲁观、青记), a feed header's author (author: IT 之家),
// 发布人：-中国证券网-上海证券报, a lead's dateline (财联社8月13日讯, IT之家 11 月 26 日消息) and
// 文章摘自 电车汇. Only what the page writes; whether a name is an outlet or a feed's label
// (高科技行业门户) is for the organization rules to say.
import type { Evidence } from './metadata.js';
import { lineMatches } from './lines.js';

/** Between outlets named on one line: 天津人大—天津日报, 齐鲁观、青记, -中国证券网-上海证券报. */
const SEPARATOR = /[、—–\-·|｜/／,，;；]|[ \t]{2,}/;
/** Where a line's outlets end: a date (来源：文化视界 2020-05-27), another field (作者：梁施婷). */
const VALUE_END = /[ \t]*(?:\d{4}|(?:作者|编辑|责任编辑|记者|时间|日期|发布时间|原标题|字号)[ \t]*[:：])/;
/** An outlet's name: two to twenty characters, not a number, no sentence punctuation. */
const NAME =
  /^(?!来自|据|从|记者)(?=.*[\u4e00-\u9fffA-Za-z].*[\u4e00-\u9fffA-Za-z0-9])[^\s。，,:：!！?？“”"()（）《》的]{2,20}$/;

/** The names in `value` (a line's part after its label), at `offset` in the page. */
function namesIn(value: string, offset: number): Evidence[] {
  const end = VALUE_END.exec(value);
  const text = end ? value.slice(0, end.index) : value;
  const out: Evidence[] = [];
  let at = 0;
  for (const part of text.split(SEPARATOR)) {
    const lead = part.length - part.trimStart().length;
    const name = part.trim();
    if (NAME.test(name)) {
      const start = offset + at + lead;
      out.push({ start, end: start + name.length, text: name });
    }
    at += part.length + 1;
    // a run of spaces is one separator of two or more characters
    while (/[ \t]/.test(text[at - 1] ?? '') && /[ \t]/.test(text[at] ?? '')) at++;
  }
  return out;
}

/**
 * 来源：X (the value may be on the next line), 来源 X、Y with no colon when nothing else is on the
 * line, 稿源/出处/发布人：X; at the start of a line (after a date), anywhere on the page: a page may
 * close with its source.
 */
function labelledLines(match: string, lines: readonly number[]): Evidence[] {
  const re =
    /^(?:[ \t]*[\d\-/.: \t]{10,20})?[ \t]*(?:(?:新闻|文章|信息|稿件)?来源|稿源|出处|发布人)(?:[ \t]*[:：][ \t]*\n?[ \t]*|[ \t]+(?=[^\s\d:：][^\n。，,]{1,30}$))([^\n]*)/my;
  const out: Evidence[] = [];
  for (const m of lineMatches(re, match, lines)) out.push(...namesIn(m[1]!, m.index + m[0].length - m[1]!.length));
  return out;
}

/** A feed header's `author:` or `source:` field, internal spaces allowed (author: IT 之家). */
export function headerAuthor(head: string): Evidence | null {
  const m =
    /(?:^|[ \t])(?:author|source)[ \t]*:[ \t]*([^\s:：|｜](?:[^\n:：|｜]*?[^\s:：|｜])?)[ \t]*(?=$|[ \t]{2,}|[ \t]+[A-Za-z]+[ \t]*:)/im.exec(
      head,
    );
  if (!m || m[1]!.length > 20) return null;
  const start = m.index + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length, text: m[1]! };
}

/**
 * 财联社8月13日讯, IT之家 11 月 26 日消息, 新华社北京3月5日电, 电车汇消息：, 央视网消息（新闻联播）：
 * the outlet opening a line with a dateline, or with 消息 and a colon or bracket (not 好消息，).
 */
function leads(match: string, lines: readonly number[]): Evidence[] {
  const re =
    /^[ \t]*([^\s\d，。,、:：“”"()（）]{2,12}?)[ \t]*(?:(?:[(（][^)）\n]{0,12}[)）])?[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日[ \t]*(?:讯|电|消息)|消息[ \t]*(?=[:：(（]))/my;
  const out: Evidence[] = [];
  for (const m of lineMatches(re, match, lines)) {
    const start = m.index + m[0].indexOf(m[1]!);
    if (NAME.test(m[1]!)) out.push({ start, end: start + m[1]!.length, text: m[1]! });
  }
  return out;
}

/** 文章摘自 电车汇 20211014, 转自：X, on a line of their own. */
function excerptLines(match: string, lines: readonly number[]): Evidence[] {
  const re = /^[ \t]*(?:文章|本文)?(?:摘自|转自|转载自)[ \t]*[:：]?[ \t]*([^\n]{2,40})$/my;
  const out: Evidence[] = [];
  for (const m of lineMatches(re, match, lines)) out.push(...namesIn(m[1]!, m.index + m[0].length - m[1]!.length));
  return out;
}

/** Every outlet the page names as its source, in the order of the page, each span once. `lines`: lineStarts(match). */
export function sourceNames(match: string, head: string, lines: readonly number[]): Evidence[] {
  const author = headerAuthor(head);
  const all = [
    ...labelledLines(match, lines),
    ...(author ? [author] : []),
    ...leads(match, lines),
    ...excerptLines(match, lines),
  ];
  const seen = new Set<number>();
  return all.sort((a, b) => a.start - b.start).filter((e) => !seen.has(e.start) && seen.add(e.start) !== undefined);
}
