// What kind of document a text is, read from its form: the words of its title and its
// opening, its headings, how many items it holds. Never from the name of its source:
// a statistics release read out on the evening news is still a release.
//   work report          政府工作报告 in the title, 各位代表, 向大会报告, a review heading
//   statistical release  统计公报, 经济运行, 主要经济数据 in the title or the lead
//   digest               several headlines on one page, 快讯, 简讯
//   transcript           a broadcast's opening (央视网消息, 本台消息, 主持人)
//   news                 anything else
// The cue words are rules (rules/frames.yaml, roles report-cue, release-cue, digest-cue,
// transcript-cue, review-heading, plan-heading).
import type { RuleSet } from '../rules/ruleset.js';
import type { MarkerRole } from '../rules/schema.js';
import type { Sentence } from '../segment/sentences.js';
import type { Evidence } from '../document/metadata.js';
import type { DocumentKind } from './frame.js';
import { countCjk } from '../document/normalize.js';

/** The paragraphs after the title a kind's opening is looked for in (a report's 各位代表 comes after its byline). */
const OPENING_PARAGRAPHS = 12;
/** A report shows at least this many of its marks (title words, 各位代表, a review heading …). */
const REPORT_CUES = 2;

export interface KindReading {
  readonly kind: DocumentKind;
  /** The words that made it that kind: found again when asked for (by `explain`); the kind needs only whether there are any. */
  readonly cues: readonly Evidence[];
}

export interface KindInput {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  /** Sentence indices of the headings that open sections. */
  readonly headings: readonly number[];
  /** Index of the title's sentence, -1 with none. */
  readonly title: number;
  /** Sentence indices of the plain headlines that open items (segment/sections.ts), the title's aside. */
  readonly items: readonly number[];
}

export function documentKind(input: KindInput, rules: RuleSet): KindReading {
  const { text, sentences } = input;
  const first = Math.max(0, input.title);
  const opening = openingSentences(sentences, first);
  const cues = cueFinder(text, rules);
  const headingSentences = input.headings.map((i) => sentences[i]!).filter((s) => s.index !== input.title);
  const report = [
    ...cues.all('report-cue', opening),
    ...cues.first('review-heading', headingSentences),
    ...cues.first('plan-heading', headingSentences),
  ];
  if (report.length >= REPORT_CUES && distinct(report) >= REPORT_CUES) return { kind: 'work-report', cues: report };
  // A release names itself in its title or its lead: the first paragraph with text after the title.
  const titled = input.title >= 0 ? [sentences[input.title]!] : [];
  const lead = leadSentences(text, sentences, first);
  const titleAndLead = [...titled, ...lead];
  // Most pages are transcripts: whether a kind's words are there is asked first (the first found
  // ends the scan), every one of them only when asked for.
  const found = (kind: DocumentKind, role: MarkerRole, within: readonly Sentence[]): KindReading =>
    new FoundKind(kind, () => cues.all(role, within));
  if (cues.any('release-cue', titleAndLead)) return found('statistical-release', 'release-cue', titleAndLead);
  if (cues.any('digest-cue', titleAndLead) || itemsFirst(input, lead))
    return found('digest', 'digest-cue', titleAndLead);
  if (cues.any('transcript-cue', opening)) return found('transcript', 'transcript-cue', opening);
  return { kind: 'news', cues: [] };
}

/** A kind with the words that made it, found when first asked for (a class: an object literal with a getter is slow to make). */
class FoundKind implements KindReading {
  #cues: readonly Evidence[] | null = null;

  constructor(
    readonly kind: DocumentKind,
    private readonly find: () => readonly Evidence[],
  ) {}

  get cues(): readonly Evidence[] {
    return (this.#cues ??= this.find());
  }
}

/** The title's sentence (or the first) and those after it up to the paragraphs an opening is looked for in. */
function openingSentences(sentences: readonly Sentence[], first: number): Sentence[] {
  const lastParagraph = (sentences[first]?.paragraph ?? 0) + OPENING_PARAGRAPHS;
  // (paragraph numbers only grow along the sentences: the opening is a run of them, no filter of all)
  const opening: Sentence[] = [];
  for (let i = first; i < sentences.length && sentences[i]!.paragraph <= lastParagraph; i++)
    opening.push(sentences[i]!);
  return opening;
}

/** A role's words in sentences: all of them, the first, or whether there is one. */
function cueFinder(text: string, rules: RuleSet) {
  const evidence = (m: { start: number; end: number }): Evidence => ({
    start: m.start,
    end: m.end,
    text: text.slice(m.start, m.end),
  });
  const first = (role: MarkerRole, within: readonly Sentence[]) => {
    const scan = rules.marker(role);
    for (const s of within) {
      const m = scan.firstIn(text, s.start, s.end);
      if (m) return m;
    }
    return null;
  };
  return {
    // One list for all the sentences, not an array (and its mapped copy) for each.
    all(role: MarkerRole, within: readonly Sentence[]): Evidence[] {
      const cues: Evidence[] = [];
      const scan = rules.marker(role);
      for (const s of within) for (const m of scan.findAll(text, s.start, s.end)) cues.push(evidence(m));
      return cues;
    },
    /** The first of `all`, as a list of none or one. */
    first(role: MarkerRole, within: readonly Sentence[]): Evidence[] {
      const m = first(role, within);
      return m ? [evidence(m)] : [];
    },
    any: (role: MarkerRole, within: readonly Sentence[]) => first(role, within) !== null,
  };
}

/**
 * A digest opens on its first item: its headlines start before any lead paragraph (国内联播快讯,
 * a date line, then 我国继续实施…). An article whose subheadings come after its lead is news.
 */
function itemsFirst(input: KindInput, lead: readonly Sentence[]): boolean {
  // (the first line is the page's own headline, found as its title or not)
  const items = input.items.filter((i) => i > Math.max(0, input.title));
  if (items.length < 2) return false;
  return lead.length === 0 || items[0]! < lead[0]!.index;
}

const distinct = (cues: readonly Evidence[]) => new Set(cues.map((c) => c.text)).size;

/** A lead says something: a byline or a date line (date: Wed, 27 Apr 2022 … author: 新浪财经) is not one. */
const LEAD_CJK = 16;

/**
 * The sentences of the first paragraph after `from` that is not a heading nor a byline: a
 * page's lead, looked for among its first few paragraphs.
 */
export function leadSentences(text: string, sentences: readonly Sentence[], from: number): Sentence[] {
  const last = (sentences[Math.max(0, from)]?.paragraph ?? 0) + OPENING_PARAGRAPHS;
  let i = Math.max(0, from + 1);
  while (i < sentences.length && sentences[i]!.paragraph <= last) {
    // the paragraph's sentences are contiguous: [i, j)
    let j = i;
    while (j < sentences.length && sentences[j]!.paragraph === sentences[i]!.paragraph) j++;
    if (!sentences[i]!.heading && saysSomething(text, sentences, i, j)) return sentences.slice(i, j);
    i = j;
  }
  return [];
}

/** Do sentences [i, j) hold LEAD_CJK Chinese characters? (counted only as far as that) */
function saysSomething(text: string, sentences: readonly Sentence[], i: number, j: number): boolean {
  let n = 0;
  for (let k = i; k < j && n < LEAD_CJK; k++) n += countCjk(text, sentences[k]!.start, sentences[k]!.end);
  return n >= LEAD_CJK;
}
