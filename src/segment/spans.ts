// Position lookups over spans sorted by start: what starts here, what lies within a
// range, whether anything overlaps it. Extractors ask these once per candidate, so
// they must not scan every span of a long document (a 2 MB report has thousands).

export class SpanIndex<T> {
  readonly items: readonly T[];
  private readonly starts: number[];
  private readonly maxLength: number;

  constructor(
    items: readonly T[],
    private readonly startOf: (t: T) => number,
    private readonly endOf: (t: T) => number,
  ) {
    // Callers mostly pass spans already in order: sorting would copy them twice for nothing.
    this.items = inOrder(items, startOf) ? items : [...items].sort((a, b) => startOf(a) - startOf(b));
    this.starts = this.items.map(startOf);
    this.maxLength = this.items.reduce((m, t) => Math.max(m, endOf(t) - startOf(t)), 0);
  }

  /** Index of the first item starting at or after `pos`. */
  lowerBound(pos: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The first item starting exactly at `pos` (and ending by `limit`, when given). */
  startingAt(pos: number, limit = Infinity): T | undefined {
    for (let i = this.lowerBound(pos); i < this.items.length && this.starts[i] === pos; i++) {
      const t = this.items[i]!;
      if (this.endOf(t) <= limit) return t;
    }
    return undefined;
  }

  /** Items wholly inside [start, end), in order. */
  within(start: number, end: number): T[] {
    const out: T[] = [];
    for (let i = this.lowerBound(start); i < this.items.length && this.starts[i]! < end; i++) {
      const t = this.items[i]!;
      if (this.endOf(t) <= end) out.push(t);
    }
    return out;
  }

  /** Items that share a character with [start, end). */
  overlapping(start: number, end: number): T[] {
    const out: T[] = [];
    for (let i = this.lowerBound(start - this.maxLength); i < this.items.length && this.starts[i]! < end; i++) {
      const t = this.items[i]!;
      if (this.endOf(t) > start) out.push(t);
    }
    return out;
  }

  /** Does an item contain [start, end)? */
  contains(start: number, end: number): boolean {
    for (let i = this.lowerBound(start - this.maxLength); i < this.items.length && this.starts[i]! <= start; i++) {
      if (this.endOf(this.items[i]!) >= end) return true;
    }
    return false;
  }
}

function inOrder<T>(items: readonly T[], startOf: (t: T) => number): boolean {
  for (let i = 1; i < items.length; i++) if (startOf(items[i - 1]!) > startOf(items[i]!)) return false;
  return true;
}
