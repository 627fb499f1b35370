// A quantity of a sentence on its way to being a figure: what the passes (rates, lists,
// labels, metrics) find out about it, in order, before attribution makes it a draft.
import type { Clause } from '../segment/sentences.js';
import type { QuantityMatch } from '../numbers/quantities.js';
import type { Quantity } from '../numbers/resolve.js';
import type { Change } from '../facts.js';
import type { ChangeRule } from '../rules/schema.js';

export type Basis = Exclude<ChangeRule['basis'], 'none'> | null;

/** A quantity read as a rate of change: 同比增长3.4%, 年均分别增长17.3%. */
export interface Rate {
  /** Where the phrase starts (同比 of 同比增长3.4%). */
  readonly start: number;
  readonly basis: Basis;
  readonly sign: 1 | -1 | 0;
  /** The basis and direction words as written (两年平均增长). */
  readonly words: string;
  /** 分别: the rates are a list matching a list of labels. */
  readonly respectively: boolean;
  /** Told by a noun (增速为5%, 同比增幅达到29.8%), not a verb (增长5%): the rate has no change of its own. */
  readonly noun: boolean;
  /** Against a base other than the period before (比2019年同期增长11.1%): no change of its own either. */
  readonly namedBase: boolean;
}

/** What a figure measures, as written, and where. */
export interface Label {
  readonly text: string;
  readonly start: number;
  /** Where the words read after the figure end (81个数字车间: after 数字车间), when it took any. */
  readonly after?: number;
}

export interface Candidate {
  readonly q: QuantityMatch;
  readonly quantity: Quantity;
  readonly clause: Clause;
  rate: Rate | null;
  label: Label | null;
  metric: string | null;
  metricRef: string | null;
  change: Change | null;
  changeEnd: number;
  /** The change came from a rate further on (分别): the words after the figure are the next item's. */
  paired: boolean;
  /** A rate's distance from another's (高于全国1.7个百分点), labelled after the rate before it. */
  compared: boolean;
  /** Folded into another figure (its change), or dropped: no figure of its own. */
  consumed: boolean;
  /** The growth this level is what it reached (…增长37.1%，达到8512亿美元): its label names this too. */
  reachedBy?: Candidate;
}

/**
 * May `b` take `a`'s label? A rate may (…亿元,两年平均增长6.3% is that figure's rate);
 * a level only from a level in the same class of unit (a count is not "资金到位率").
 */
export function sameKind(a: Candidate, b: Candidate): boolean {
  if (b.rate) return true;
  return !a.rate && a.quantity.class === b.quantity.class;
}
