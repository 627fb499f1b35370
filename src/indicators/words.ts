// Word classes the indicator passes share.
import { FROM_WORDS, LIST_JOINERS, anyOf } from '../rules/vocabulary.js';

/** What opens a starting point (由2020年的7.2%, 从2015年): what follows dates the start, not the figure. */
export const FROM = new Set(FROM_WORDS);

/** Nothing but a list word between two items (29.5%、17.8%; 15.8%和14.4%). */
export const LIST_JOINER = new RegExp(`^\\s*${anyOf(LIST_JOINERS)}\\s*$`);
