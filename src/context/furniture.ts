// Stretches of a page that state no fact of the text: titles of other documents (《…》),
// the lines that carry the page's publication date or source, and asides in brackets
// (（2015和2016年同期增速…）), which date only what is inside them.
import type { Document } from '../document/document.js';
import { asideSpans, titleSpans, type Span } from '../document/titles.js';
import { SpanIndex } from '../segment/spans.js';

export interface Quoted {
  /** Is [start, end) inside a title or page furniture? */
  isQuoted(start: number, end: number): boolean;
  /** The bracketed aside holding [start, end), if any. */
  asideAt(start: number, end: number): Span | undefined;
  /** 《…》 spans, sorted: a heading's date inside one names no section's period. */
  readonly titles: SpanIndex<Span>;
}

const spanIndex = (spans: readonly Span[]) =>
  new SpanIndex<Span>(
    spans,
    (t) => t[0],
    (t) => t[1],
  );

export function quotedSpans(doc: Document): Quoted {
  const titles = spanIndex(titleSpans(doc.match));
  const asides = spanIndex(asideSpans(doc.match));
  const furniture = furnitureSpans(doc);
  return {
    titles,
    isQuoted: (start, end) => titles.contains(start, end) || furniture.some(([a, b]) => start >= a && end <= b),
    asideAt: (start, end) => asides.overlapping(start, end).find((a) => a[0] <= start && end <= a[1]),
  };
}

/** What follows a news agency's name before its story: 消息（新闻联播）：, 消息： */
const AGENCY_LEAD = /^消息\s*(?:[(（][^)）\n]{0,12}[)）])?\s*[:：]/;

/** Offsets of the page's metadata (publication date, source line): never facts. */
function furnitureSpans(doc: Document): Span[] {
  const furniture: Span[] = [];
  if (doc.publishedEvidence && datelineOnly(doc.match, doc.publishedEvidence, doc.source))
    furniture.push([doc.publishedEvidence.start, doc.publishedEvidence.end]);
  if (doc.sourceEvidence) {
    // the whole line holding the source (来源: … date / 青岛新闻网9月25日讯)
    const lineStart = doc.match.lastIndexOf('\n', doc.sourceEvidence.start) + 1;
    const nl = doc.match.indexOf('\n', doc.sourceEvidence.end);
    const lineEnd = nl < 0 ? doc.match.length : nl;
    const rest = doc.match.slice(doc.sourceEvidence.end, lineEnd);
    // 央视网消息（新闻联播）：国家统计局今天…: the story starts right after the colon.
    const datelineEnd = AGENCY_LEAD.exec(rest) ?? /^[^,，。]*?(?:讯|电)/.exec(rest);
    furniture.push([lineStart, datelineEnd ? doc.sourceEvidence.end + datelineEnd[0].length : lineEnd]);
  }
  const lead = agencyLead(doc.match);
  if (lead) furniture.push(lead);
  return furniture;
}

/** How far into a page a news agency's lead (央视网消息（新闻联播）：) is looked for. */
const LEAD_REACH = 400;

/** 央视网消息（新闻联播）：: a line's opening that says who reports, not what happened. */
function agencyLead(text: string): Span | null {
  // The agency's name stays a mention of it; what follows it up to the colon is furniture.
  const m = /(?:^|\n)[ \t\u3000]*[^\s\d，。,、:：]{2,10}?(消息\s*(?:[(（][^)）\n]{0,12}[)）])?\s*[:：])/.exec(
    text.slice(0, LEAD_REACH),
  );
  if (!m) return null;
  const start = m.index + m[0].length - m[1]!.length;
  return [start, start + m[1]!.length];
}

/**
 * Is the line stating the publication date nothing else (发布时间：2017-06-04, 2022-02-28 19:28:01
 * 来源：央视网)? Then the date is page furniture; a speech's date line (——2021年3月5日在第十三届
 * 全国人民代表大会第四次会议上) also says what happened that day.
 */
function datelineOnly(text: string, at: { start: number; end: number }, source: string | null): boolean {
  const lineStart = text.lastIndexOf('\n', at.start - 1) + 1;
  const nl = text.indexOf('\n', at.end);
  let rest = text.slice(lineStart, at.start) + text.slice(at.end, nl < 0 ? text.length : nl);
  if (source) rest = rest.split(source).join('');
  return (
    rest.replace(
      /(?:发布|更新|发稿|发表)?(?:日期|时间)|来源|作者|编辑|date|author|source|GMT|[A-Za-z]{3},|[\s\d:：|｜/.()（）\-,]/gi,
      '',
    ).length < 3
  );
}
