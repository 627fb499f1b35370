// Word classes the indicator passes share.
import { FROM_WORDS } from '../rules/vocabulary.js';

/** Tags jieba gives words it guesses (unknown runs, out-of-vocabulary names): no word boundary to respect. */
export const GUESSED_TAG = /^(x|nr|nrt|nrfg|eng)$/;
/** Tags of the words that make a place before them a modifier (临沂机场, 青岛港, 苏州工业园区), not a subject. */
export const NOUN_TAG = /^(n|ng|nr|nrt|nrfg|ns|nt|nz|nl|j)$/;
/** Verbs, adverbs, prepositions, conjunctions, pronouns, particles, adjectives, numerals … */
export const GRAMMAR_TAG = /^(v\w*|d|p|c|r\w*|u\w*|a\w*|m\w*|y|e|o|f)$/;
/** What opens a starting point (由2020年的7.2%, 从2015年): what follows dates the start, not the figure. */
export const FROM = new Set(FROM_WORDS);
