// Every date of a text, found and resolved against the text's layout: its sentences
// (a year carries within a paragraph) and its sections (a heading's period covers what
// is under it). A document's context and the library's parseDates read dates this one way.
import type { RuleSet } from '../rules/ruleset.js';
import { sentenceIndexAt, type Sentence } from '../segment/sentences.js';
import type { Sections } from '../segment/sections.js';
import { findDates } from './find.js';
import { resolveDates, type DateReference, type ResolvedDate, type TextLayout } from './resolve.js';

/** Where an offset is in the text's structure, for resolving years. */
export function textLayout(sentences: readonly Sentence[], sections: Sections): TextLayout {
  return {
    sentenceOf: (offset) => sentences[Math.max(0, sentenceIndexAt(sentences, offset))],
    headingsOver: (i) => sections.headingsOver(i),
  };
}

/** The dates of `text` (match text), in text order, each with where its year came from. */
export function datesOfText(
  text: string,
  rules: RuleSet,
  sentences: readonly Sentence[],
  sections: Sections,
  ref: DateReference,
): ResolvedDate[] {
  return resolveDates(findDates(text, rules), text, ref, textLayout(sentences, sections));
}
