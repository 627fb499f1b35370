// An indicator before ids are assigned: everything the fact will hold.
import type { Quantity } from '../numbers/resolve.js';
import type { Change } from '../facts.js';

export type Status = 'actual' | 'target' | 'plan';

export interface IndicatorDraft {
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  readonly metric: string | null;
  readonly label: string | null;
  readonly region: string | null;
  readonly period: string | null;
  readonly quantity: Quantity;
  /** Where the number and its unit are. */
  readonly valueStart: number;
  readonly valueEnd: number;
  readonly value: number;
  readonly change: Change | null;
  readonly status: Status;
}

/** What `explain` says of a draft. */
export function describeDraft(d: IndicatorDraft): string {
  const change = d.change ? `, change ${d.change.basis ?? 'unstated'} ${d.change.value}${d.change.unit}` : '';
  return `${d.value} ${d.quantity.unit}: label ${d.label ?? '—'}, metric ${d.metric ?? '—'}, region ${d.region ?? '—'}, period ${d.period ?? '—'}, ${d.status}${change}`;
}
