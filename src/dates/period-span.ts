// A normalized period (an indicator's `period`) as the first and last day it covers,
// so that a spreadsheet or SQL can sort and filter figures by time: 2021-H1 →
// 2021-01-01 … 2021-06-30. Pure string work on the forms FACTS.md lists.

export interface PeriodSpan {
  /** ISO date, YYYY-MM-DD. */
  readonly start: string;
  readonly end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The last day of a month: 2020-02 → 29. */
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

const monthSpan = (year: number, first: number, last: number): PeriodSpan => ({
  start: `${year}-${pad(first)}-01`,
  end: `${year}-${pad(last)}-${pad(lastDay(year, last))}`,
});

/** One period without a range: 2020, 2021-H1, 2021-Q3, 2021-07, 2019-12-31. */
function singleSpan(p: string): PeriodSpan | null {
  let m = /^(\d{4})$/.exec(p);
  if (m) return monthSpan(Number(m[1]), 1, 12);
  m = /^(\d{4})-H([12])$/.exec(p);
  if (m) return monthSpan(Number(m[1]), m[2] === '1' ? 1 : 7, m[2] === '1' ? 6 : 12);
  m = /^(\d{4})-Q([1-4])$/.exec(p);
  if (m) return monthSpan(Number(m[1]), Number(m[2]) * 3 - 2, Number(m[2]) * 3);
  m = /^(\d{4})-(\d{2})$/.exec(p);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return monthSpan(Number(m[1]), Number(m[2]), Number(m[2]));
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(p);
  if (m && Number(m[3]) >= 1 && Number(m[3]) <= lastDay(Number(m[1]), Number(m[2]))) return { start: p, end: p };
  return null;
}

/**
 * The days a period covers, or null when it is absent or not one of the normalized
 * forms. A range `A/B` runs from A's first day to B's last: 2016/2020 (十三五) →
 * 2016-01-01 … 2020-12-31; 2021-Q1/2021-Q3 (前三季度) → 2021-01-01 … 2021-09-30.
 */
export function periodSpan(period: string | null): PeriodSpan | null {
  if (!period) return null;
  const [a, b, more] = period.split('/');
  if (more !== undefined) return null;
  const first = singleSpan(a!);
  const last = b === undefined ? first : singleSpan(b);
  if (!first || !last || last.end < first.start) return null;
  return { start: first.start, end: last.end };
}
