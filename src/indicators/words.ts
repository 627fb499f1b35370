// Word classes the indicator passes share.
import { FROM_WORDS } from '../rules/vocabulary.js';

/** What opens a starting point (由2020年的7.2%, 从2015年): what follows dates the start, not the figure. */
export const FROM = new Set(FROM_WORDS);
