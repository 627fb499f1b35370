// Page metadata read from the text itself: publication date, title, source.
// Only what is written is reported; a date without a year is kept as a dateline,
// never completed into a publication date.
import { headerAuthor, sourceNames } from './sources.js';
import { countCjk } from './normalize.js';
import { lineMatches, lineStarts } from './lines.js';

export interface Evidence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Metadata {
  /** YYYY-MM-DD, or null when the page states none. */
  readonly published: string | null;
  /** Where the publication date was read. */
  readonly publishedEvidence: Evidence | null;
  /** A month and day the page gives without a year (青岛新闻网9月25日讯 → `09-25`). */
  readonly dateline: string | null;
  readonly title: string | null;
  /** The outlet the text names as its source (来源: 凤凰网青岛). */
  readonly source: string | null;
  readonly sourceEvidence: Evidence | null;
  /** Every outlet the page names as its source or author (来源：天津人大—天津日报 → two), in page order. */
  readonly sources: readonly Evidence[];
}

/** How far into a page metadata is looked for (characters); furniture sits at the top. */
const HEAD = 3000;

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const DATE = String.raw`(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:\s*日)?`;
// The regexes are built once, not per page or per line: not global, or reset before use.
const DATE_RE = new RegExp(DATE);
const LABELLED_DATE = new RegExp(
  String.raw`(?:发布日期|发布时间|发表时间|发稿时间|更新时间|日期|时间)\s*[:：]\s*` + DATE,
);
const BARE_DATE_LINE = new RegExp(
  String.raw`^[ \t(（]*` + DATE + String.raw`(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t)）]*(?:$|[ \t]*来源)`,
  'gm',
);

interface DateHit {
  date: string;
  evidence: Evidence;
}

function dateAt(m: RegExpExecArray, groupOffset: number): DateHit | null {
  const y = Number(m[groupOffset]);
  const mo = Number(m[groupOffset + 1]);
  const d = Number(m[groupOffset + 2]);
  const date = validDate(y, mo, d);
  if (!date) return null;
  const text = m[0];
  const start = m.index;
  return { date, evidence: { start, end: start + text.length, text } };
}

/** A labelled date: 发布日期: / 发布时间: / 日期: possibly with the value on a following line. */
function labelledDate(head: string): DateHit | null {
  const m = LABELLED_DATE.exec(head);
  if (!m) return null;
  const hit = dateAt(m, 1);
  if (!hit) return null;
  // Evidence is the date itself, not the label.
  const inner = DATE_RE.exec(m[0])!;
  const start = m.index + inner.index;
  return { date: hit.date, evidence: { start, end: start + inner[0].length, text: inner[0] } };
}

/** 来源: 文化视界 2020-05-27 14:48:49 */
function sourceLine(page: string, lines: readonly number[]): { source: Evidence | null; date: DateHit | null } {
  const re =
    /^(?:[ \t]*[\d\-/.: \t]{10,20})?[ \t]*(?:新闻|文章|信息|稿件)?来源\s*[:：]\s*([^\s\d:：|｜]{2,20})(?:[ \t]+(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2}))?/my;
  let found: { source: Evidence | null; date: DateHit | null } = { source: null, date: null };
  // The last 来源 line of a page names the article's source; earlier ones may be navigation.
  for (const m of lineMatches(re, page, lines)) {
    const name = m[1]!;
    const start = m.index + m[0].indexOf(name);
    let date: DateHit | null = null;
    if (m[2]) {
      const d = validDate(Number(m[2]), Number(m[3]), Number(m[4]));
      const dText = m[0].slice(m[0].indexOf(m[2]));
      const dStart = m.index + m[0].indexOf(m[2]);
      if (d) date = { date: d, evidence: { start: dStart, end: dStart + dText.length, text: dText } };
    }
    found = { source: { start, end: start + name.length, text: name }, date: date ?? found.date };
  }
  return found;
}

/**
 * A line holding only a date (and maybe a time, and a source after it):
 * `2022-04-18 09:36`, `（2013年3月20日）`, `2020-06-02 19:21:02 来源：央视网`.
 */
function bareDateLine(head: string): DateHit | null {
  const re = BARE_DATE_LINE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(head))) {
    const inner = DATE_RE.exec(m[0])!;
    const d = validDate(Number(inner[1]), Number(inner[2]), Number(inner[3]));
    if (!d) continue;
    const start = m.index + inner.index;
    return { date: d, evidence: { start, end: start + inner[0].length, text: inner[0] } };
  }
  return null;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/**
 * A feed's header line, in English: `date: Sun, 08 Aug 2021 13:34:03 GMT  author: 新浪财经`
 * (an RFC 2822 date, or year first) and the outlet it names (`author:` / `source:` on the
 * same line). The date is the calendar day as written, in the zone it states.
 */
function headerLine(head: string): { date: DateHit | null; source: Evidence | null } {
  const re =
    /^[ \t]*(?:date|pubdate|published)[ \t]*:[ \t]*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?[ \t]+(\d{1,2})[ \t]+([A-Za-z]{3})[a-z]*\.?[ \t]+(\d{4})|(\d{4})-(\d{1,2})-(\d{1,2}))\b[^\n]*/gim;
  let m: RegExpExecArray | null;
  while ((m = re.exec(head))) {
    const d = m[1]
      ? validDate(Number(m[3]), MONTHS[m[2]!.toLowerCase()] ?? 0, Number(m[1]))
      : validDate(Number(m[4]), Number(m[5]), Number(m[6]));
    if (!d) continue;
    const valueStart = m.index + m[0].search(/(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|\d)/i);
    // The value runs to the end of the time and zone, not into the next field.
    const value = /^[^\n]*?(?=[ \t]+[A-Za-z]+[ \t]*:|[ \t]*$)/.exec(head.slice(valueStart, m.index + m[0].length))![0];
    const date: DateHit = { date: d, evidence: { start: valueStart, end: valueStart + value.length, text: value } };
    const who = headerAuthor(m[0]);
    return { date, source: who ? { ...who, start: m.index + who.start, end: m.index + who.end } : null };
  }
  return { date: null, source: null };
}

/**
 * A broadcast's programme line at the top of the page: `《新闻联播》 (20230621)`, a
 * compact date in brackets closing one of the first lines. Anywhere else an eight-digit
 * number is a number.
 */
function compactDateLine(head: string): DateHit | null {
  let offset = 0;
  for (const line of head.split('\n').slice(0, 5)) {
    const m = /^([^\n]{0,30}?)[ \t]*[(（][ \t]*((\d{4})(\d{2})(\d{2}))[ \t]*[)）][ \t]*$/.exec(line);
    if (m && !/[，。,;；:：\d]$/.test(m[1]!)) {
      const d = validDate(Number(m[3]), Number(m[4]), Number(m[5]));
      if (d) {
        const start = offset + line.indexOf(m[2]!, m[1]!.length);
        return { date: d, evidence: { start, end: start + 8, text: m[2]! } };
      }
    }
    offset += line.length + 1;
  }
  return null;
}

/**
 * A speech's date line under its title: `——2021年3月5日在第十三届全国人民代表大会第四次会议上`.
 * A report delivered that day is dated by it when the page gives no other date. Without the
 * dash the line must name a people's congress, and may name the speaker before 在
 * (`2025年1月14日在天津市第十八届人民代表大会…`, `----2025年1月15日龚正市长在上海市…人民代表大会…`):
 * a body line that opens with a date and a meeting (2021年3月5日在北京召开会议) dates no page.
 */
function deliveredLine(head: string): DateHit | null {
  const m =
    /(?:^|\n)[ \t]*([—-]{1,4})?[ \t]*((\d{4})年(\d{1,2})月(\d{1,2})日)[^\n\d在，。]{0,10}?在([^\n]{2,40}?)(?:会议|大会|会)(?:上|的政府工作报告)/.exec(
      head,
    );
  if (!m || (!m[1] && !m[6]!.includes('人民代表大会'))) return null;
  const d = validDate(Number(m[3]), Number(m[4]), Number(m[5]));
  if (!d) return null;
  const start = m.index + m[0].indexOf(m[2]!);
  return { date: d, evidence: { start, end: start + m[2]!.length, text: m[2]! } };
}

/** 青岛新闻网9月25日讯 / 新华社北京3月5日电: the outlet and a date without a year. */
function dateline(head: string): { source: Evidence | null; monthDay: string | null } {
  const re = /(?:^|\n)[ \t]*([^\s\d，。,、:：]{2,12}?)(?:[(（][^)）]{0,12}[)）])?(\d{1,2})月(\d{1,2})日(?:讯|电)/g;
  const m = re.exec(head);
  if (!m) return { source: null, monthDay: null };
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return { source: null, monthDay: null };
  const name = m[1]!;
  const start = m.index + m[0].indexOf(name);
  return { source: { start, end: start + name.length, text: name }, monthDay: `${pad(mo)}-${pad(d)}` };
}

/** 央视网消息（新闻联播）： */
function newsAgencyLead(head: string): Evidence | null {
  const m = /(?:^|\n)[ \t]*([^\s\d，。,、:：]{2,10}?)消息\s*[(（:：]/.exec(head);
  if (!m) return null;
  const name = m[1]!;
  const start = m.index + m[0].indexOf(name);
  return { start, end: start + name.length, text: name };
}

/** The headline: an early line that reads like one, not navigation, a date or a sentence. */
function findTitle(head: string): Evidence | null {
  // line by line as far as needed (the title is mostly on the first few), not the head split whole
  let next = 0;
  for (let n = 0; n < 60 && next <= head.length; n++) {
    const lineStart = next;
    const feed = head.indexOf('\n', lineStart);
    const lineEnd = feed < 0 ? head.length : feed;
    next = lineEnd + 1;
    const raw = head.slice(lineStart, lineEnd);
    const line = raw.trim();
    if (line.length > 80) break; // body text reached
    const cjk = countCjk(line);
    if (cjk < 8) continue;
    if (/>/.test(line) || (line.match(/[|｜]/g)?.length ?? 0) > 1) continue; // breadcrumbs, menus
    if (/\S {2,}\S/.test(line) && line.replace(/\s+/g, '').length < 20) continue; // menus
    if (/[。；;]$/.test(line)) continue;
    if (/^(来源|发布|日期|时间|作者|责任编辑|声明)/.test(line)) continue;
    if (DATE_RE.test(line) && cjk < 12) continue;
    const start = lineStart + raw.indexOf(line);
    return { start, end: start + line.length, text: line };
  }
  return null;
}

/**
 * Reads metadata from the width-folded `match` text; quoted strings are sliced
 * from the original `text` at the same offsets.
 */
export function findMetadata(text: string, match: string): Metadata {
  const head = match.slice(0, HEAD);
  // A source line (来源:…) may close the article as well as open it.
  const original = (e: Evidence | null): Evidence | null => (e ? { ...e, text: text.slice(e.start, e.end) } : null);
  const lines = lineStarts(match);
  const src = sourceLine(match, lines);
  const dl = dateline(head);
  const header = headerLine(head);
  const pub =
    labelledDate(head) ?? src.date ?? bareDateLine(head) ?? header.date ?? compactDateLine(head) ?? deliveredLine(head);
  const source = src.source ?? header.source ?? dl.source ?? newsAgencyLead(head);
  const title = original(findTitle(head));
  const sourceEvidence = original(source);
  return {
    published: pub?.date ?? null,
    publishedEvidence: original(pub?.evidence ?? null),
    dateline: pub ? null : dl.monthDay,
    title: title?.text ?? null,
    source: sourceEvidence?.text ?? null,
    sourceEvidence,
    sources: sourceNames(match, head, lines).map((e) => original(e)!),
  };
}
