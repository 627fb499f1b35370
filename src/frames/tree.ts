// The frame tree of a document, built once from its context: the page, the sections and
// items its headings open (segment/sections.ts), and its paragraphs (made when asked
// for: most paragraphs hold no figure). frameAt(offset) is the innermost frame.
import type { ResolvedDate } from '../dates/resolve.js';
import type { Evidence } from '../document/metadata.js';
import { pageTagsEnd } from '../document/titles.js';
import type { RuleSet } from '../rules/ruleset.js';
import type { Sentence } from '../segment/sentences.js';
import { HEADLINE, TITLE } from '../segment/sections.js';
import type { SpanIndex } from '../segment/spans.js';
import type { RegionMention } from '../places/regions.js';
import type { SectionFrames } from './frame.js';
import type { DocumentKind, Frame, FrameLevel, FramePlace, FrameTime, Frames, SectionRole } from './frame.js';
import { documentKind, leadSentences, type KindReading } from './kinds.js';
import { canSetPlace, framePlace } from './place.js';
import { leadPeriod, sectionTime, timeOfDate, yearGoal } from './time.js';
import { leadIns } from './lead-in.js';

export interface FrameInput {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly sentenceIndexAt: (offset: number) => number;
  readonly sections: SectionFrames;
  readonly dates: SpanIndex<ResolvedDate>;
  readonly places: SpanIndex<RegionMention>;
  readonly rules: RuleSet;
  /** The year of the page's own date (publication, else --ref-date), if known. */
  readonly year: number | null;
}

export function buildFrames(input: FrameInput): Frames {
  const { text, sentences, sections } = input;
  const reading = documentKind(
    {
      text,
      sentences,
      headings: sections.heads.map((h) => h.index),
      title: sections.title,
      items: sections.heads.filter((h) => h.level === HEADLINE).map((h) => h.index),
    },
    input.rules,
  );
  const kind = reading.kind;
  const reportYear = kind === 'work-report' ? reportYearOf(input) : null;
  const evidenceOf = (s: Sentence): Evidence => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });
  const place = placeOf(input, kind);
  const leadOf = leadWithin(input);

  const page: Frame = new HeadedFrame(
    'page',
    0,
    text.length,
    null,
    sections.title >= 0 ? evidenceOf(sentences[sections.title]!) : null,
    null,
    pageTime(input, kind),
    (f) => place(f, leadOf(sections.title, text.length)),
  );

  const byHeading = sectionFrames(input, { kind, reportYear, page, place, leadOf, evidenceOf });
  const headingOver = (index: number): Frame => {
    const stack = sections.headingsOver(index);
    return (stack.length > 0 && byHeading.get(stack[stack.length - 1]!)) || page;
  };
  const leadInFrames = reportYear === null ? [] : leadInsOf(input, reportYear, headingOver);
  const sectionOver = (index: number): Frame => {
    const start = input.sentences[index]!.start;
    return leadInFrames.find((f) => f.start <= start && start < f.end) ?? headingOver(index);
  };
  const frames = [...byHeading.values(), ...leadInFrames];
  return new PageFrames(reading, reportYear, page, frames, paragraphFrames(input, page, sectionOver));
}

/**
 * A page's frames, built when first asked for: only figures are set in frames (indicators/
 * attribution/), and a page without one (a third of the news) never asks. Building reads nothing
 * that changes, so a tree built late is the tree built first.
 */
export function lazyFrames(input: FrameInput): Frames {
  return new LazyFrames(input);
}

class LazyFrames implements Frames {
  #built: Frames | null = null;

  constructor(private readonly input: FrameInput) {}

  private get built(): Frames {
    return (this.#built ??= buildFrames(this.input));
  }
  get kind(): DocumentKind {
    return this.built.kind;
  }
  get kindCues(): readonly Evidence[] {
    return this.built.kindCues;
  }
  get reportYear(): number | null {
    return this.built.reportYear;
  }
  get page(): Frame {
    return this.built.page;
  }
  get sections(): readonly Frame[] {
    return this.built.sections;
  }
  frameAt(offset: number): Frame {
    return this.built.frameAt(offset);
  }
  chain(offset: number): readonly Frame[] {
    return this.built.chain(offset);
  }
  timeAt(offset: number): { readonly frame: Frame; readonly time: FrameTime } | null {
    return this.built.timeAt(offset);
  }
  placeAt(offset: number): { readonly frame: Frame; readonly place: FramePlace } | null {
    return this.built.placeAt(offset);
  }
}

/** A page's frames (a class, so that the kind's cues are found only when asked for, by `explain`). */
class PageFrames implements Frames {
  readonly kind: DocumentKind;

  constructor(
    private readonly reading: KindReading,
    readonly reportYear: number | null,
    readonly page: Frame,
    readonly sections: readonly Frame[],
    readonly frameAt: (offset: number) => Frame,
  ) {
    this.kind = reading.kind;
  }

  get kindCues(): readonly Evidence[] {
    return this.reading.cues;
  }

  chain(offset: number): readonly Frame[] {
    const out: Frame[] = [];
    for (let f: Frame | null = this.frameAt(offset); f; f = f.parent) out.push(f);
    return out;
  }

  timeAt(offset: number): { readonly frame: Frame; readonly time: FrameTime } | null {
    for (let f: Frame | null = this.frameAt(offset); f; f = f.parent) if (f.time) return { frame: f, time: f.time };
    return null;
  }

  placeAt(offset: number): { readonly frame: Frame; readonly place: FramePlace } | null {
    for (let f: Frame | null = this.frameAt(offset); f; f = f.parent) if (f.place) return { frame: f, place: f.place };
    return null;
  }
}

/**
 * A frame, its place read from its heading and lead when first asked for: most frames are
 * never asked (a page without figures, a section whose figures name their own place). One
 * class for every level, so the loops over a frame's parents (timeAt, placeAt) read one shape.
 */
class HeadedFrame implements Frame {
  #place: FramePlace | null | undefined = undefined;
  #readPlace: ((f: Frame) => FramePlace | null) | null;

  constructor(
    readonly level: FrameLevel,
    readonly start: number,
    readonly end: number,
    readonly parent: Frame | null,
    readonly heading: Evidence | null,
    readonly role: SectionRole | null,
    readonly time: FrameTime | null,
    readPlace: ((f: Frame) => FramePlace | null) | null,
  ) {
    this.#readPlace = readPlace;
  }

  get place(): FramePlace | null {
    if (this.#place === undefined) {
      this.#place = this.#readPlace ? this.#readPlace(this) : null;
      this.#readPlace = null;
    }
    return this.#place;
  }
}

/** What every frame of a page is made with. */
interface FrameMaking {
  readonly kind: DocumentKind;
  readonly reportYear: number | null;
  readonly page: Frame;
  readonly place: (f: Frame, lead: Evidence | null) => FramePlace | null;
  /** The first paragraph under a heading (the page's title, an item's headline), within its frame. */
  readonly leadOf: (heading: number, end: number) => Evidence | null;
  readonly evidenceOf: (s: Sentence) => Evidence;
}

/** How a frame's place is read: from its heading and its lead (place.ts). */
function placeOf(input: FrameInput, kind: DocumentKind): FrameMaking['place'] {
  return (f, lead) =>
    !canSetPlace(f)
      ? null
      : framePlace({
          level: f.level,
          start: f.start,
          end: f.end,
          heading: f.heading,
          lead,
          kind,
          text: input.text,
          places: input.places,
          dates: input.dates,
          rules: input.rules,
        });
}

/** The first paragraph under a heading, cut at `end`: null when none is left. */
function leadWithin(input: FrameInput): FrameMaking['leadOf'] {
  const { text, sentences } = input;
  return (heading, end) => {
    const lead = leadSentences(text, sentences, heading).filter((s) => s.end <= end);
    return lead.length
      ? { start: lead[0]!.start, end: lead.at(-1)!.end, text: text.slice(lead[0]!.start, lead.at(-1)!.end) }
      : null;
  };
}

/** Sections and items, outermost first, by heading: each heading's parent is the one before it in its stack. */
function sectionFrames(input: FrameInput, make: FrameMaking): Map<number, Frame> {
  const { text, sentences, sections } = input;
  const byHeading = new Map<number, Frame>();
  const heads = sections.heads.filter((h) => !(h.level === TITLE && !sections.digest));
  heads.forEach((h, k) => {
    const stack = sections.headingsOver(h.index);
    const parent = (stack.length > 1 && byHeading.get(stack[stack.length - 2]!)) || make.page;
    let n = k + 1;
    while (n < heads.length && heads[n]!.level > h.level) n++;
    const next = heads[n];
    const heading = make.evidenceOf(sentences[h.index]!);
    const role = make.kind === 'work-report' ? roleOf(input.rules, text, heading) : null;
    const periods = sections
      .headingPeriods(h.index)
      .filter((d) => d.expr.days === null || gathers(input.rules, text, heading));
    const end = next ? sentences[next.index]!.start : text.length;
    const frame = new HeadedFrame(
      h.level === HEADLINE ? 'item' : 'section',
      heading.start,
      end,
      parent,
      heading,
      role,
      sectionTime(periods, role, make.kind, make.reportYear, heading, text),
      (f) => make.place(f, make.leadOf(h.index, end)),
    );
    byHeading.set(h.index, frame);
  });
  return byHeading;
}

/**
 * A report's lead-ins that look ahead (今年经济社会发展的主要预期目标是：), each a frame of the
 * report's plan under the heading over it: its place is that heading's.
 */
function leadInsOf(input: FrameInput, reportYear: number, headingOver: (index: number) => Frame): Frame[] {
  const headings = input.sections.heads.map((h) => h.index);
  return leadIns({ ...input, headings, reportYear }).map(
    (l) => new HeadedFrame('section', l.start, l.end, headingOver(l.index), l.heading, 'plan', l.time, null),
  );
}

/** The innermost frame at an offset: its paragraph's, made when first asked for (most paragraphs hold no figure). */
function paragraphFrames(
  input: FrameInput,
  page: Frame,
  sectionOver: (index: number) => Frame,
): (offset: number) => Frame {
  const { sentences } = input;
  const paragraphs = new Map<number, Frame>();
  return (offset) => {
    const index = input.sentenceIndexAt(offset);
    const s = sentences[index];
    if (!s) return page;
    const known = paragraphs.get(s.paragraph);
    if (known) return known;
    let first = index;
    while (first > 0 && sentences[first - 1]!.paragraph === s.paragraph) first--;
    let last = index;
    while (last + 1 < sentences.length && sentences[last + 1]!.paragraph === s.paragraph) last++;
    // (a paragraph sets no place of its own: canSetPlace in place.ts)
    const made = new HeadedFrame(
      'paragraph',
      sentences[first]!.start,
      sentences[last]!.end,
      sectionOver(index),
      null,
      null,
      null,
      null,
    );
    paragraphs.set(s.paragraph, made);
    return made;
  };
}

/**
 * The page's time: its title's period; for a release without one, its lead's reporting period.
 * Subheadings after the lead (中国前三季度31省份GDP数据揭晓 over 东部地区加快经济转型) leave a news
 * article's or a release's title the page's; a digest's title is its first item's alone, and a
 * work report's year is its plan's, not its review's.
 */
function pageTime(input: FrameInput, kind: DocumentKind): FrameTime | null {
  const { sections, text, sentences } = input;
  if (sections.title >= 0 && (!sections.digest || titleFramesPage(input, kind))) {
    const titled = sectionTime(titlePeriods(input), null, kind, null, evidenceAt(input, sections.title), text);
    // (a release's plans and targets are the year's, as under its lead's period)
    if (titled) return kind === 'statistical-release' ? { ...titled, goal: yearGoal(titled) } : titled;
  }
  if (kind !== 'statistical-release') return null;
  const lead = leadSentences(text, sentences, Math.max(0, sections.title));
  if (lead.length === 0) return null;
  const d = leadPeriod(input.dates.within(lead[0]!.start, lead[lead.length - 1]!.end));
  if (!d) return null;
  const time = timeOfDate(d, 'lead', text);
  return { ...time, goal: yearGoal(time) };
}

/** The periods a title names after its tags (【新征程开局“十四五”】 names a series, not the page's time). */
function titlePeriods(input: FrameInput): readonly ResolvedDate[] {
  const title = input.sentences[input.sections.title]!;
  const tagsEnd = pageTagsEnd(input.text, title.start);
  return input.sections.headingPeriods(input.sections.title).filter((d) => d.expr.start >= tagsEnd);
}

/**
 * A news article's or a release's title frames it over subheadings after its lead; not a
 * digest's, nor a page whose first line names it one (国内联播快讯 over its first item's headline).
 */
function titleFramesPage(input: FrameInput, kind: DocumentKind): boolean {
  if (kind !== 'news' && kind !== 'statistical-release') return false;
  const title = input.sentences[input.sections.title]!;
  return input.rules.marker('digest-cue').firstIn(input.text, 0, title.start) === null;
}

const evidenceAt = (input: FrameInput, index: number): Evidence => {
  const s = input.sentences[index]!;
  return { start: s.start, end: s.end, text: input.text.slice(s.start, s.end) };
};

/** A work report's year: the first year its title names, else the year of its date. */
function reportYearOf(input: FrameInput): number | null {
  const titled = input.sections.title >= 0 ? input.sections.headingPeriods(input.sections.title) : [];
  const year = titled.find((d) => /^\d{4}$/.test(d.period ?? ''));
  return year ? Number(year.period) : input.year;
}

/** The kinds of event whose day is the day of the figures told under them: a meeting's or a signing's totals. */
const GATHERINGS = new Set(['meeting', 'signing', 'founding']);

/**
 * 第七届中国—亚欧博览会今天闭幕: a headline's 今天 is the day of its item's figures (总签约金额达1.1713万亿元)
 * when the headline tells of a gathering; not when it tells of a launch or a release
 * (杭州铁路西站今天投运: 设有11个站台 is no figure of that day).
 */
function gathers(rules: RuleSet, text: string, heading: Evidence): boolean {
  const first = rules.triggers.firstIn(text, heading.start, heading.end);
  return first !== null && GATHERINGS.has(first.value.rule.kind);
}

/** A report's review (工作回顾, 过去一年) or plan (重点工作, 主要任务) heading. */
function roleOf(rules: RuleSet, text: string, heading: Evidence): SectionRole | null {
  if (rules.marker('plan-heading').firstIn(text, heading.start, heading.end) !== null) return 'plan';
  if (rules.marker('review-heading').firstIn(text, heading.start, heading.end) !== null) return 'review';
  return null;
}
