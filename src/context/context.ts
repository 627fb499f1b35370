// What a document is, as every extractor sees it: its text, sentences and clauses, its
// sections, its dates already resolved, its places, and (once organizations are read)
// where organizations are named. Tokens are asked for lazily, so sentences no rule cares
// about are never segmented. Built once per document by the pipeline.
import type { Document } from '../document/document.js';
import type { OrgKind } from '../facts.js';
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
import { lazyFrames } from '../frames/tree.js';
import { describeFrame, type Frame, type Frames } from '../frames/frame.js';

export interface Context extends Omit<TextStructure, 'sentenceIndexAt'>, TokenWindows {
  readonly doc: Document;
  readonly rules: RuleSet;
  readonly sentences: readonly Sentence[];
  readonly sections: SectionFrames;
  /** The frames figures are set in: page, sections, digest items, paragraphs, each with its time and place (src/frames/). */
  readonly frames: Frames;
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
  /** What the body is: a place heading a company's name (宁德时代) says nothing of whose figures follow. */
  readonly kind: OrgKind;
}

/** A document's context once its organizations are read: what indicators and events see. */
export interface NamedContext extends Context {
  /** Organization mentions by position: a number inside a name (华为5G创新中心) is no figure. */
  readonly orgSpans: SpanIndex<OrgSpan>;
}

/**
 * The context with its organizations. Field by field, not `{ ...ctx }`: a spread of a context
 * (an object with a spread in its own literal) copies by generic property lookups, some µs a page.
 */
export function withOrgSpans(ctx: Context, spans: readonly OrgSpan[]): NamedContext {
  return {
    doc: ctx.doc,
    rules: ctx.rules,
    sentences: ctx.sentences,
    sentenceAt: ctx.sentenceAt,
    paragraphOf: ctx.paragraphOf,
    clausesOf: ctx.clausesOf,
    clauseAt: ctx.clauseAt,
    sections: ctx.sections,
    frames: ctx.frames,
    dates: ctx.dates,
    places: ctx.places,
    isQuoted: ctx.isQuoted,
    asideAt: ctx.asideAt,
    tokensIn: ctx.tokensIn,
    tokensAround: ctx.tokensAround,
    tracing: ctx.tracing,
    note: ctx.note,
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
  const sections = findSections(doc.match, sentences, doc.titleLine ? toMatchText(doc.titleLine) : null);
  const dates = documentDates(doc, rules, sentences, sections, opts.refDate ?? null, opts.trace);
  const quoted = quotedSpans(doc);
  const framed = sectionFrames(sentences, structure, sections, dates, quoted.titles);
  const dateIndex = new SpanIndex(
    dates,
    (d) => d.expr.start,
    (d) => d.expr.end,
  );
  const places = new SpanIndex(
    findRegions(doc.match, rules),
    (r) => r.start,
    (r) => r.end,
  );
  const day = doc.published ?? opts.refDate ?? null;
  const frames = lazyFrames({
    text: doc.match,
    sentences,
    sentenceIndexAt: structure.sentenceIndexAt,
    sections: framed,
    dates: dateIndex,
    places,
    rules,
    year: day ? Number(day.slice(0, 4)) : null,
  });
  if (opts.trace) for (const entry of frameNotes(frames)) opts.trace(entry);
  const windows = tokenWindows(doc.match, segmenter);
  return {
    doc,
    rules,
    sentences,
    sentenceAt: structure.sentenceAt,
    paragraphOf: structure.paragraphOf,
    clausesOf: structure.clausesOf,
    clauseAt: structure.clauseAt,
    sections: framed,
    frames,
    dates: dateIndex,
    places,
    isQuoted: quoted.isQuoted,
    asideAt: quoted.asideAt,
    tokensIn: windows.tokensIn,
    tokensAround: windows.tokensAround,
    tracing: opts.trace !== undefined,
    note: opts.trace ?? (() => {}),
  };
}

/** What `explain` shows of the frames: the document's kind and why, and each frame with its time and place. */
function frameNotes(frames: Frames): TraceEntry[] {
  const cues = [...new Set(frames.kindCues.map((c) => c.text))];
  const year = frames.reportYear !== null ? `, report year ${frames.reportYear}` : '';
  const kind: TraceEntry = {
    stage: 'frame',
    start: frames.kindCues[0]?.start ?? 0,
    end: frames.kindCues[0]?.end ?? 0,
    rule: null,
    verdict: 'info',
    message: `document kind ${frames.kind}${cues.length ? ` (from ${cues.join(', ')})` : ''}${year}`,
  };
  const frame = (f: Frame): TraceEntry => ({
    stage: 'frame',
    start: f.heading?.start ?? f.start,
    end: f.heading?.end ?? f.start,
    rule: null,
    verdict: 'info',
    message: describeFrame(f),
  });
  return [kind, frame(frames.page), ...frames.sections.map(frame)];
}
