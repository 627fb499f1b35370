// Frames: the nested scopes a document sets its figures in. A page (its title, its
// date), the sections its headings open (一、2024年工作回顾), the items of a digest
// (several headlines on one page), and paragraphs. Each frame may set a time (the
// period its figures report on unless their own words say otherwise) and a place
// (whose figures they are). A figure takes the innermost frame's time and place when
// its own clause names none; `extract explain` shows the chain it took them from.
import type { ResolvedDate } from '../dates/resolve.js';
import type { Evidence } from '../document/metadata.js';
import type { Sections } from '../segment/sections.js';

/** What a document is, read from its form (title words, opening, headings), never from its source's name. */
export type DocumentKind = 'work-report' | 'statistical-release' | 'digest' | 'transcript' | 'news';

export type FrameLevel = 'page' | 'item' | 'section' | 'paragraph';

/**
 * What a section does in a document of its kind: a report's `review` of the year
 * before (一、2024年工作回顾, 过去一年) or its `plan` for the report's year
 * (二、2025年重点工作); null for anything else.
 */
export type SectionRole = 'review' | 'plan';

/** Where a frame's time was read. */
export type FrameTimeSource =
  /** A period the heading or title names (一、2024年工作回顾; 2012年…统计公报). */
  | 'heading'
  /** A release's reporting period in its lead paragraph (年初以来…实现了首季“开门红”). */
  | 'lead'
  /** A report section's role: a review is of the year before the report's, a plan of its year. */
  | 'role';

export interface FrameTime {
  /** The period figures in the frame report on: 2024, 2017-Q1, 2021-01/2021-02, 2026/2030. */
  readonly period: string;
  /** The year relative words (年度, 上年) in the frame are read against, when the period has one. */
  readonly year: number | null;
  /** The date expression that set it (null when a report's section role set it). */
  readonly date: ResolvedDate | null;
  readonly from: FrameTimeSource;
  readonly evidence: Evidence | null;
  /**
   * The period the frame's targets and plans are of, when it is not the frame's own: the
   * later span of “十四五”时期发展成就和“十五五”时期主要目标任务 (2026/2030), the year of a
   * release on 一季度 (全市计划播种面积1128万亩 is the year's plan).
   */
  readonly goal: FrameTime | null;
}

/** A frame's place: a region name and where it was read (filled by the place rules, src/frames/place.ts). */
export interface FramePlace {
  readonly region: string;
  /** How it was read, for `explain`: `title`, `heading`, `item subject`, `national scope` … */
  readonly from: string;
  readonly evidence: Evidence | null;
}

export interface Frame {
  readonly level: FrameLevel;
  /** [start, end) in the text. */
  readonly start: number;
  readonly end: number;
  readonly parent: Frame | null;
  /** The heading line that opens a section or an item. */
  readonly heading: Evidence | null;
  readonly role: SectionRole | null;
  readonly time: FrameTime | null;
  readonly place: FramePlace | null;
}

export interface Frames {
  readonly kind: DocumentKind;
  /** The words of the text that made it that kind (各位代表, 统计公报 …). */
  readonly kindCues: readonly Evidence[];
  /** The year a work report is given in (its title's, else its publication's); null for other kinds. */
  readonly reportYear: number | null;
  readonly page: Frame;
  /** The sections and items headings open, in text order (paragraph frames are made when asked for). */
  readonly sections: readonly Frame[];
  /** The innermost frame over `offset` (a paragraph's, within its section, within the page). */
  frameAt(offset: number): Frame;
  /** The frames over `offset`, innermost first, ending with the page. */
  chain(offset: number): readonly Frame[];
  /** The innermost frame over `offset` that sets a time, with that time. */
  timeAt(offset: number): { readonly frame: Frame; readonly time: FrameTime } | null;
  /** The innermost frame over `offset` that sets a place, with that place. */
  placeAt(offset: number): { readonly frame: Frame; readonly place: FramePlace } | null;
}

/** The chain for `explain`, innermost first: `paragraph < section «一、2024年工作回顾» review time 2024 (heading) < page`. */
export function describeChain(chain: readonly Frame[]): string {
  return chain.map(describeFrame).join(' < ');
}

/** One line for `explain`: `section «一、2024年工作回顾» time 2024 (heading)`. */
export function describeFrame(f: Frame): string {
  const head = f.heading ? ` «${f.heading.text.length > 20 ? `${f.heading.text.slice(0, 19)}…` : f.heading.text}»` : '';
  const role = f.role ? ` ${f.role}` : '';
  const goal = f.time?.goal ? `, targets ${f.time.goal.period}` : '';
  const time = f.time ? ` time ${f.time.period} (${f.time.from}${goal})` : '';
  const place = f.place ? ` place ${f.place.region} (${f.place.from})` : '';
  return `${f.level}${head}${role}${time}${place}`;
}

/** The headings of a text (segment/sections.ts) with the periods they name, as the context reads them. */
export interface SectionFrames extends Sections {
  /**
   * The periods a heading sentence names, in order (not a day, a starting point, a
   * deadline, nor inside a 《title》): “十四五”时期发展成就和“十五五”时期主要目标任务 names two.
   */
  headingPeriods(index: number): readonly ResolvedDate[];
  /** Where the innermost heading over `offset` starts (0 with none). */
  startOf(offset: number): number;
}
