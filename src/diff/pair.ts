// Which fact of the old run is which fact of the new, among facts with the same doc,
// type and key (three figures of 苏州's GDP in 2021 in one article). Pairing by position
// alone made one inserted figure shift every later one: 100, 200, 300 → 50, 100, 200, 300
// read as 100 → 50, 200 → 100, 300 → 200 and 300 added. So facts are paired by what
// they say first, and by position last:
//   1. the same content (nothing changed but where it is);
//   2. the same value (the figure is the same; its label or status changed);
//   3. within the same stretch between the facts paired so far: the same label, then
//      the same quoted evidence, then order (an edited figure in place: 9385.6 → 9385.7).
// What is left unpaired was removed or added.
import type { ErrorRecord, Fact } from '../facts.js';
import type { Entry } from './key.js';
import { contentOf } from './fields.js';

export interface Pairing {
  readonly pairs: readonly (readonly [old: Entry, now: Entry])[];
  readonly removed: readonly Entry[];
  readonly added: readonly Entry[];
}

type Record = Fact | ErrorRecord;
/** What two entries must share to be paired in a pass; null: this entry takes no part in it. */
type Signature = (record: Record) => string | null;

const sameContent: Signature = (r) => JSON.stringify(contentOf(r));
const sameValue: Signature = (r) => (r.type === 'indicator' ? `${r.value} ${r.unit}` : null);
const sameLabel: Signature = (r) => (r.type === 'indicator' ? r.label : null);
const sameQuote: Signature = (r) => (r.type === 'error' ? null : r.text);
const anything: Signature = () => '';

/** `olds` and `news` are one group each, in text order. */
export function pairEntries(olds: readonly Entry[], news: readonly Entry[]): Pairing {
  const state = { pairs: [] as [Entry, Entry][], olds: [...olds], news: [...news] };
  pairBy(state, sameContent, () => 0);
  pairBy(state, sameValue, () => 0);
  const stretch = stretchesBetween(olds, news, state.pairs);
  for (const signature of [sameLabel, sameQuote, anything]) pairBy(state, signature, stretch);
  return { pairs: state.pairs, removed: state.olds, added: state.news };
}

interface PairState {
  readonly pairs: [Entry, Entry][];
  readonly olds: Entry[];
  readonly news: Entry[];
}

/** Pairs each unpaired old entry, in order, with the first unpaired new one of the same signature and stretch. */
function pairBy(state: PairState, signature: Signature, stretch: (e: Entry) => number): void {
  const key = (e: Entry) => {
    const s = signature(e.record);
    return s === null ? null : `${stretch(e)}\u0000${s}`;
  };
  for (let i = 0; i < state.olds.length;) {
    const k = key(state.olds[i]!);
    const j = k === null ? -1 : state.news.findIndex((n) => key(n) === k);
    if (j < 0) {
      i++;
      continue;
    }
    state.pairs.push([state.olds[i]!, state.news[j]!]);
    state.olds.splice(i, 1);
    state.news.splice(j, 1);
  }
}

/**
 * The stretch an entry is in: how many of its run's paired entries come before it. An
 * old fact after the second paired one is compared with new facts after the second's partner.
 */
function stretchesBetween(
  olds: readonly Entry[],
  news: readonly Entry[],
  pairs: readonly (readonly [Entry, Entry])[],
): (e: Entry) => number {
  const stretch = new Map<Entry, number>();
  const number = (side: readonly Entry[], paired: Set<Entry>) => {
    let before = 0;
    for (const e of side) {
      if (paired.has(e)) before++;
      else stretch.set(e, before);
    }
  };
  number(olds, new Set(pairs.map(([o]) => o)));
  number(news, new Set(pairs.map(([, n]) => n)));
  return (e) => stretch.get(e) ?? 0;
}
