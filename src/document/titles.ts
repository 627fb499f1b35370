// 《…》 spans: titles of laws, plans and reports. Numbers and years inside them
// (《…三年行动计划(2021年-2023年)》) name the document, they state no fact.

export type Span = readonly [number, number];

export function titleSpans(text: string): Span[] {
  const out: Span[] = [];
  const re = /《[^《》\n]{1,120}》/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push([m.index, m.index + m[0].length]);
  return out;
}

export function within(spans: readonly Span[], start: number, end = start + 1): boolean {
  return spans.some(([a, b]) => start >= a && end <= b);
}
