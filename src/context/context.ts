// What every extractor sees of a document: its sentences, their tokens (asked for
// lazily, so sentences no rule cares about are never segmented), its dates already
// resolved, and its place names. Built once per document by the pipeline.
import type { Document } from '../document/document.js';
import type { RuleSet } from '../rules/ruleset.js';
import { splitSentences, sentenceIndexAt, type Sentence } from '../segment/sentences.js';
import type { Segmenter, Token } from '../segment/tokens.js';
import { findDates } from '../dates/find.js';
import { resolveDates, type ResolvedDate, type TextLayout } from '../dates/resolve.js';
import { findSections } from '../segment/sections.js';
import { toMatchText } from '../document/normalize.js';
import { findRegions, type RegionMention } from '../places/regions.js';
import { asideSpans, titleSpans, type Span } from '../document/titles.js';
import type { Trace, TraceEntry } from './trace.js';
import { SpanIndex } from '../segment/spans.js';

export interface Context {
  readonly doc: Document;
  readonly rules: RuleSet;
  readonly sentences: readonly Sentence[];
  /** Resolved date and period expressions, in text order. */
  readonly dates: readonly ResolvedDate[];
  readonly regions: readonly RegionMention[];
  /** The same dates and regions, indexed by position. */
  readonly dateIndex: SpanIndex<ResolvedDate>;
  readonly regionIndex: SpanIndex<RegionMention>;
  /** 《…》 spans: titles of documents, whose contents are not facts of this text. */
  readonly titles: readonly Span[];
  /** Offsets of the page's metadata (publication date, source line): never facts. */
  readonly furniture: readonly Span[];
  paragraphOf(offset: number): number;
  sentenceAt(offset: number): Sentence | undefined;
  /**
   * The period of the section `offset` is in: the first period (not a day, a baseline or
   * a target) of the last heading before it that names one (一、2020年工作回顾; the title
   * 2012年…统计公报). Figures no nearer date dates are of their section's period.
   */
  sectionDate(offset: number): ResolvedDate | null;
  /** Where the innermost heading over `offset` starts (0 with none): what was said before it does not carry past it. */
  sectionStart(offset: number): number;
  /** The bracketed aside holding [start, end), if any (（2015和2016年同期增速…）). */
  asideAt(start: number, end: number): Span | undefined;
  /**
   * jieba tokens of a window of the text, offsets into the document. Extractors ask
   * for the few characters around a candidate (a suffix and the name before it, the
   * words after a count), not whole sentences: segmentation is the run's main cost.
   */
  tokensIn(start: number, end: number): readonly Token[];
  /**
   * Tokens of the stretch between punctuation that holds [start, end): the unit a name,
   * a list item or a word is read in. Each stretch is segmented once, whoever asks.
   */
  tokensAround(start: number, end: number): readonly Token[];
  /** Is [start, end) inside a title or page furniture? */
  isQuoted(start: number, end: number): boolean;
  /** A value built once per document (an index over its names) and reused. */
  cache<T>(key: string, build: () => T): T;
  /** True when someone listens to notes (extract explain): build messages only then. */
  readonly tracing: boolean;
  note(entry: TraceEntry): void;
}

/** Characters no word crosses: a token window may start right after one. Not parentheses: a name may hold a place in them (华为(青岛)人工智能创新中心). */
const WINDOW_BREAKS = new Set([...',，。、;；:：!！?？“”"\'《》【】 \t'].map((c) => c.charCodeAt(0)));

/** How far a stretch between punctuation is followed either way (a page without punctuation has no stretches). */
const SEGMENT_MAX = 48;

export interface ContextOptions {
  readonly refDate?: string | null;
  readonly trace?: Trace;
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

export function createContext(doc: Document, rules: RuleSet, segmenter: Segmenter, opts: ContextOptions = {}): Context {
  const sentences = splitSentences(doc.match);
  const sentenceIndex = (offset: number) => sentenceIndexAt(sentences, offset);
  const sentenceAt = (offset: number) => {
    const s = sentences[sentenceIndex(offset)];
    return s && offset < s.end ? s : undefined;
  };
  const paragraphOf = (offset: number) => sentences[Math.max(0, sentenceIndex(offset))]?.paragraph ?? 0;
  const exprs = findDates(doc.match, rules);
  const sections = findSections(doc.match, sentences, doc.title ? toMatchText(doc.title) : null);
  const layout: TextLayout = {
    sentenceOf: (offset) => sentences[Math.max(0, sentenceIndex(offset))],
    headingsOver: (i) => sections.headingsOver(i),
  };
  const dates = resolveDates(
    exprs,
    doc.match,
    { published: doc.published, publishedAt: doc.publishedEvidence, refDate: opts.refDate ?? null },
    layout,
  );
  if (opts.trace) {
    for (const d of dates) {
      const from = d.yearFrom ? ` (year from ${JSON.stringify(doc.text.slice(d.yearFrom.start, d.yearFrom.end))})` : '';
      opts.trace({
        stage: 'date',
        start: d.expr.start,
        end: d.expr.end,
        rule: d.expr.ref,
        verdict: 'info',
        message: d.date
          ? `→ ${d.date}, period ${d.period}, ${d.basis}${from}${d.expr.since ? ', a starting point or baseline' : ''}${d.expr.deadline ? ', a deadline' : ''}`
          : 'no year to be had: unresolved',
      });
    }
  }
  const titles = titleSpans(doc.match);
  const quoted = new SpanIndex<Span>(
    titles,
    (t) => t[0],
    (t) => t[1],
  );
  const asides = new SpanIndex<Span>(
    asideSpans(doc.match),
    (t) => t[0],
    (t) => t[1],
  );
  // The first period each heading names (not a day, a baseline or a target): its section's.
  const headingDates = new Map<number, ResolvedDate>();
  for (const d of dates) {
    const s = sentenceAt(d.expr.start);
    if (
      !s?.heading ||
      headingDates.has(s.index) ||
      d.period === null ||
      d.expr.day !== null ||
      d.expr.since ||
      d.expr.deadline ||
      quoted.contains(d.expr.start, d.expr.end)
    )
      continue;
    headingDates.set(s.index, d);
  }
  const regions = findRegions(doc.match, rules);
  const furniture: Span[] = [];
  if (doc.publishedEvidence && datelineOnly(doc.match, doc.publishedEvidence, doc.source))
    furniture.push([doc.publishedEvidence.start, doc.publishedEvidence.end]);
  if (doc.sourceEvidence) {
    // the whole line holding the source (来源: … date / 青岛新闻网9月25日讯)
    const lineStart = doc.match.lastIndexOf('\n', doc.sourceEvidence.start) + 1;
    const nl = doc.match.indexOf('\n', doc.sourceEvidence.end);
    const lineEnd = nl < 0 ? doc.match.length : nl;
    const datelineEnd = /^[^,，。]*?(?:讯|电)/.exec(doc.match.slice(doc.sourceEvidence.end, lineEnd));
    furniture.push([lineStart, datelineEnd ? doc.sourceEvidence.end + datelineEnd[0].length : lineEnd]);
  }
  const tokenCache = new Map<string, readonly Token[]>();
  const memo = new Map<string, unknown>();
  return {
    doc,
    rules,
    sentences,
    dates,
    regions,
    dateIndex: new SpanIndex(
      dates,
      (d) => d.expr.start,
      (d) => d.expr.end,
    ),
    regionIndex: new SpanIndex(
      regions,
      (r) => r.start,
      (r) => r.end,
    ),
    titles,
    furniture,
    paragraphOf,
    sentenceAt,
    sectionStart(offset) {
      const over = sections.headingsOver(Math.max(0, sentenceIndex(offset)));
      return over.length ? sentences[over[over.length - 1]!]!.start : 0;
    },
    asideAt(start, end) {
      return asides.overlapping(start, end).find((a) => a[0] <= start && end <= a[1]);
    },
    sectionDate(offset) {
      const over = sections.headingsOver(Math.max(0, sentenceIndex(offset)));
      for (let i = over.length - 1; i >= 0; i--) {
        const d = headingDates.get(over[i]!);
        if (d && d.expr.start < offset) return d;
      }
      return null;
    },
    tokensIn(start, end) {
      const key = `${start}:${end}`;
      let t = tokenCache.get(key);
      if (!t) {
        t = start < end ? segmenter.tag(doc.match.slice(start, end), start) : [];
        tokenCache.set(key, t);
      }
      return t;
    },
    tokensAround(start, end) {
      let a = start;
      while (a > 0 && start - a < SEGMENT_MAX && !WINDOW_BREAKS.has(doc.match.charCodeAt(a - 1))) a--;
      let b = Math.max(end, start + 1);
      while (b < doc.match.length && b - end < SEGMENT_MAX && !WINDOW_BREAKS.has(doc.match.charCodeAt(b))) b++;
      return this.tokensIn(a, b);
    },
    isQuoted(start, end) {
      return quoted.contains(start, end) || furniture.some(([a, b]) => start >= a && end <= b);
    },
    cache<T>(key: string, build: () => T): T {
      if (!memo.has(key)) memo.set(key, build());
      return memo.get(key) as T;
    },
    tracing: opts.trace !== undefined,
    note: opts.trace ?? (() => {}),
  };
}
