// A date expression as found: the parts that are written (year, month, day, a part of
// the year, a range) and what the words around it make of it (a starting point, a
// deadline). dates/resolve.ts fills in what is implied.
/** Where an expression's year comes from, as written. */
export type YearSpec =
  | { readonly kind: 'absolute'; readonly value: number }
  | { readonly kind: 'relative'; readonly offset: number }
  /** 年度, 上年: relative to the year of the frame (section, page) the word stands in. */
  | { readonly kind: 'frame'; readonly offset: number }
  | { readonly kind: 'context' }
  | { readonly kind: 'now' };

export interface DateExpr {
  readonly start: number;
  readonly end: number;
  /** The rule that named the expression: `dates#…` for numeric forms, a periods.yaml id for words. */
  readonly ref: string;
  readonly year: YearSpec | null;
  /** A range of absolute years (十三五 → 2016–2020, 2021年-2023年). */
  readonly range: { readonly from: number; readonly to: number } | null;
  /** 近五年: the N years before the reference year. */
  readonly lastYears: number | null;
  /** 今后五年: the N years from the reference year on. */
  readonly nextYears: number | null;
  readonly month: number | null;
  readonly day: number | null;
  /** Part of the year: H1, Q3, Q1/Q3, or a month 12 from a word like 年底. */
  readonly part: string | null;
  /** For a point-in-time reading of a period word (年底 → 12-31). */
  readonly pointDay: string | null;
  /** 5月末, 截至9月: a figure dated so is a stock on the month's last day. */
  readonly monthEnd: boolean;
  /** 同期: the same period as the one in context. */
  readonly same: boolean;
  /** 同期为…: the same period a year before the one in context. */
  readonly priorYear: boolean;
  /** 进入2020年: the story enters this year; the year-less dates told just before are earlier. */
  readonly entry: boolean;
  /** 年度: dates a figure only when nothing else in its sentence does. */
  readonly weak: boolean;
  /**
   * 连续四年: a streak dates the figure it qualifies, not the sentences after it; with
   * `lastYears`, its N years end with the year that dates its sentence (dates/years.ts).
   */
  readonly local: boolean;
  /**
   * A starting point or a baseline, not the period a figure covers: 从2015年, 2015年以来,
   * 较2015年提升, 与2015年相比.
   */
  readonly since: boolean;
  /** Preceded by 到/至 (not 截至): a deadline, as in a target. */
  readonly deadline: boolean;
  /** Preceded by 截至: a stock at that date. */
  readonly asOf: boolean;
  /** 今年以来, 年初以来: the year so far; a figure dated so covers the year. */
  readonly yearToDate: boolean;
  /**
   * A part of a year told of as under way or ahead: its sentence reports no figure, or
   * says what is expected (预计对四季度经济发展产生较大影响, 四季度东莞要实现2305.38亿元).
   * Such a part not over by the reference date is the current year's, not last year's.
   */
  readonly partAhead: boolean;
  /** A day relative to the reference date (昨天 -1, 明天 1). */
  readonly days: number | null;
  /** A week relative to the reference's (上周 -1); with `weekday` or `weekend`, a day or the weekend of it. */
  readonly weeks: number | null;
  /** A month relative to the reference's (上个月 -1). */
  readonly months: number | null;
  /** 1 Monday … 7 Sunday; without `weeks`, the latest such day up to the reference. */
  readonly weekday: number | null;
  readonly weekend: boolean;
  /** 90年代 (decade 90) without its century: the latest such decade up to the reference (with one, `range`). */
  readonly decade: { readonly decade: number; readonly centuries: number } | null;
  /** The end of a range (从一月十日到十二日): the parts it does not write are the start's. */
  readonly to: DateParts | null;
  /**
   * 今天（2月28日）: the date in brackets says which day the word before it means (0 today,
   * -1 yesterday); its year is the reference day's, never one the text named nearby.
   */
  readonly glossOf: number | null;
  /** 将于11月19日, 明年3月起将: told as ahead of the reference day, not behind it. */
  readonly ahead: boolean;
}

/** The written parts of a range's end. */
export interface DateParts {
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
}

/** A date expression before the words around it are read (flags in refine.ts). */
export type Draft = Omit<
  DateExpr,
  'since' | 'deadline' | 'asOf' | 'yearToDate' | 'priorYear' | 'entry' | 'ahead' | 'partAhead'
>;

/**
 * Every field of a date expression. Drafts are copies of this with fields set: V8 (Node
 * 20) copies a spread object quickly when the fields written after it are already in it,
 * and takes microseconds when a field is new (findDates spent most of its time there).
 */
export const EMPTY = {
  year: null,
  range: null,
  lastYears: null,
  nextYears: null,
  month: null,
  day: null,
  part: null,
  pointDay: null,
  monthEnd: false,
  same: false,
  weak: false,
  local: false,
  days: null,
  weeks: null,
  months: null,
  weekday: null,
  weekend: false,
  decade: null,
  to: null,
  glossOf: null,
  ahead: false,
  start: 0,
  end: 0,
  ref: '',
  since: false,
  deadline: false,
  asOf: false,
  yearToDate: false,
  partAhead: false,
  priorYear: false,
  entry: false,
};
