// What a document is, as every extractor sees it: its text, sentences and clauses, its
// sections, its dates already resolved, its places, and (once organizations are read)
// where organizations are named. Tokens are asked for lazily, so sentences no rule cares
// about are never segmented. Built once per document by the pipeline.
import type { Document } from '../document/document.js';
import type { RuleSet } from '../rules/ruleset.js';
import { splitSentences, type Sentence } from '../segment/sentences.js';
import type { Segmenter } from '../segment/tokens.js';
import type { ResolvedDate } from '../dates/resolve.js';
import { findSections } from '../segment/sections.js';
import { toMatchText } from '../document/normalize.js';
import { findRegions, type RegionMention } from '../places/regions.js';
import type { Span } from '../document/titles.js';
import type { Trace, TraceEntry } from './trace.js';
import { SpanIndex } from '../segment/spans.js';
import { textStructure, type TextStructure } from './structure.js';
import { quotedSpans } from './furniture.js';
import { tokenWindows, type TokenWindows } from './token-windows.js';
import { sectionFrames, type SectionFrames } from './sections.js';
import { documentDates } from './dates.js';

export interface Context extends Omit<TextStructure, 'sentenceIndexAt'>, TokenWindows {
  readonly doc: Document;
  readonly rules: RuleSet;
  readonly sentences: readonly Sentence[];
  readonly sections: SectionFrames;
  /** Resolved date and period expressions, by position. */
  readonly dates: SpanIndex<ResolvedDate>;
  /** Place names (苏州, 青岛市, 全国), by position. */
  readonly places: SpanIndex<RegionMention>;
  /** Is [start, end) inside a title (《…》, whose contents are not facts of this text) or page furniture? */
  isQuoted(start: number, end: number): boolean;
  /** The bracketed aside holding [start, end), if any (（2015和2016年同期增速…）). */
  asideAt(start: number, end: number): Span | undefined;
  /** True when someone listens to notes (extract explain): build messages only then. */
  readonly tracing: boolean;
  note(entry: TraceEntry): void;
}

/** Where an organization is named, and the body it names. */
export interface OrgSpan {
  readonly start: number;
  readonly end: number;
  readonly canonical: string;
}

/** A document's context once its organizations are read: what indicators and events see. */
export interface NamedContext extends Context {
  /** Organization mentions by position: a number inside a name (华为5G创新中心) is no figure. */
  readonly orgSpans: SpanIndex<OrgSpan>;
}

export function withOrgSpans(ctx: Context, spans: readonly OrgSpan[]): NamedContext {
  return {
    ...ctx,
    orgSpans: new SpanIndex(
      spans,
      (m) => m.start,
      (m) => m.end,
    ),
  };
}

export interface ContextOptions {
  readonly refDate?: string | null;
  readonly trace?: Trace;
}

export function createContext(doc: Document, rules: RuleSet, segmenter: Segmenter, opts: ContextOptions = {}): Context {
  const sentences = splitSentences(doc.match);
  const structure = textStructure(doc.match, sentences);
  const sections = findSections(doc.match, sentences, doc.title ? toMatchText(doc.title) : null);
  const dates = documentDates(doc, rules, sentences, sections, opts.refDate ?? null, opts.trace);
  const quoted = quotedSpans(doc);
  return {
    doc,
    rules,
    sentences,
    sentenceAt: structure.sentenceAt,
    paragraphOf: structure.paragraphOf,
    clausesOf: structure.clausesOf,
    clauseAt: structure.clauseAt,
    sections: sectionFrames(sentences, structure, sections, dates, quoted.titles),
    dates: new SpanIndex(
      dates,
      (d) => d.expr.start,
      (d) => d.expr.end,
    ),
    places: new SpanIndex(
      findRegions(doc.match, rules),
      (r) => r.start,
      (r) => r.end,
    ),
    isQuoted: quoted.isQuoted,
    asideAt: quoted.asideAt,
    ...tokenWindows(doc.match, segmenter),
    tracing: opts.trace !== undefined,
    note: opts.trace ?? (() => {}),
  };
}
