// A found quantity to a value in base units: 9385.6亿元 → 938560000000 CNY,
// 1.5万个 → 15000 count (measure 个), 13.8% → 13.8 %.
import type { QuantityMatch } from './quantities.js';
import type { UnitRule } from '../rules/schema.js';
import { clean } from './numerals.js';

export interface Quantity {
  readonly value: number;
  readonly unit: string;
  readonly class: UnitRule['class'];
  readonly measure: string | null;
  /** The quantity as written, approximation words included. */
  readonly raw: string;
  readonly approx: 'about' | 'over' | 'under' | null;
  /** The unit rule, as a fact's `rule` when no metric rule applies. */
  readonly ref: string;
}

/** `bare` gives a unitless number a unit from its context (index values). */
export function resolveQuantity(q: QuantityMatch, source: string, bare: 'index' | 'times' | null = null): Quantity {
  const raw = source.slice(q.start, q.end);
  const approx = q.approx?.value.rule.approx ?? null;
  if (!q.unit) {
    // (求人倍率为1.60: a bare ratio is a multiple, as 倍 writes one)
    const ratio = bare === 'times';
    return {
      value: q.number,
      unit: bare ?? 'number',
      class: ratio ? 'physical' : 'index',
      measure: null,
      raw,
      approx,
      ref: ratio ? 'markers.yaml#ratio-word' : 'indicators.yaml#index',
    };
  }
  const u = q.unit.value.rule;
  // 600元/头 → CNY/头, 每公斤20元 → CNY/kg: a measure word or a span of time as written, a physical unit by its name.
  const pr = q.per?.value.rule;
  const per =
    q.per && pr ? (pr.perName ?? (pr.class === 'physical' ? pr.unit : source.slice(q.per.start, q.per.end))) : null;
  return {
    value: clean(q.number * u.factor),
    unit: per ? `${u.unit}/${per}` : u.unit,
    class: u.class,
    // (a unit implied by the words around, 33万农民工, has no measure word written)
    measure: u.measure && !per ? source.slice(q.unit.start, q.unit.end) || null : null,
    raw,
    approx,
    ref: q.unit.value.ref,
  };
}
