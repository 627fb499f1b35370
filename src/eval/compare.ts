// The comparisons the scorer is built from: when two names, values, units and
// spans count as the same. Kept identical to ../shared/tools/score.mjs, so that
// `extract eval` and the external scorer give the same numbers.

/** A half-open [start, end) range of source offsets. */
export type Span = readonly [number, number];

/** Names compared as a reader would: full-width folded (NFKC), spaces ignored, case ignored. */
export function normalizeName(s: string | null | undefined): string {
  return String(s ?? '')
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .toLowerCase();
}

/** Either name contains the other, after normalization (青岛 vs 青岛市; 增加值 vs 第二产业增加值). */
export function namesContain(a: string, b: string): boolean {
  const na = normalizeName(a);
  const nb = normalizeName(b);
  return na.includes(nb) || nb.includes(na);
}

export type UnitClass = 'money' | 'percent' | 'pp' | 'count';

/**
 * Units are compared by class, not by name: 亿元 and CNY are both money, and a
 * count's measure word (家, 个) is not what makes it right or wrong.
 */
export function unitClass(unit: string | null | undefined): UnitClass {
  const u = String(unit ?? '');
  if (u === '%') return 'percent';
  if (u === 'pp') return 'pp';
  if (/^[A-Z]{3}$/.test(u) || /元$/.test(u)) return 'money';
  return 'count';
}

/** Within 0.5% of the gold value: rounding in the text (约3.1万亿) is not an error; a different figure is. */
export function valuesClose(predicted: number | null | undefined, gold: number): boolean {
  if (typeof predicted !== 'number') return false;
  return Math.abs(predicted - gold) <= Math.max(1e-6, Math.abs(gold) * 0.005);
}

/** Characters two spans share; 0 when either is unknown. */
export function spanOverlap(a: Span | null, b: Span | null): number {
  if (!a || !b) return 0;
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

/** Where a quote first occurs in the source, or null. Gold quotes are written to be unique. */
export function locateQuote(source: string, quote: string | null | undefined): Span | null {
  if (!quote) return null;
  const i = source.indexOf(quote);
  return i >= 0 ? [i, i + quote.length] : null;
}
