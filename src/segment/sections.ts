// Sections: which headings a sentence is under. A report's title (2012年…统计公报)
// covers the whole text; a numbered heading (一、2020年工作回顾, （一）…, 1.…) covers
// what follows it up to the next heading of its level or a higher one; a plain
// headline in the middle of a page (a news item in a digest) covers its item, up to
// the next plain headline, and makes the page's title only its first item's. Short
// lines (a byline, a date, a table cell) open no section. The period a heading names
// is its section's period.
import { sentenceIndexAt, type Sentence } from './sentences.js';
import { ONE_TO_NINE, TEN } from '../rules/vocabulary.js';

/** Heading levels, outermost first: the page's title, a digest item's headline, then numbered headings. */
export const TITLE = 0;
export const HEADLINE = 1;

/** Numbered headings: the level each numbering style opens. */
const NUMBERING: readonly (readonly [RegExp, number])[] = [
  [new RegExp(`^第[${ONE_TO_NINE}${TEN}百]+[章节部分篇]`), 2],
  [new RegExp(`^[${ONE_TO_NINE}${TEN}]+[、.．]`), 2],
  [new RegExp(`^[（(][${ONE_TO_NINE}${TEN}]+[）)]`), 3],
  [/^\d{1,2}[、.．](?!\d)/, 4],
  [/^[（(]\d{1,2}[）)]/, 5],
];

/** A line that names a field of the page (发布人：, 责任编辑：) before its value. */
const FIELD = /^[\u4e00-\u9fff]{1,5}\s*[：:]/;

/** A plain headline has the length of one (招商引资推介会举行, not 大庆市统计局 or a table cell). */
const HEADLINE_CJK = 8;

function numbering(text: string, s: Sentence): number | null {
  const head = text.slice(s.start, Math.min(s.end, s.start + 8));
  for (const [re, level] of NUMBERING) if (re.test(head)) return level;
  return null;
}

/** A plain heading opens a section when it reads as a headline and text follows it (not a byline, a date or a table cell). */
function isHeadline(text: string, s: Sentence, next: Sentence | undefined): boolean {
  const line = text.slice(s.start, s.end);
  return (
    (line.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= HEADLINE_CJK &&
    // 发布人：-中国证券网-上海证券报, 来源：…: a field of the page, not a headline
    !FIELD.test(line) &&
    next !== undefined &&
    !next.heading
  );
}

/** A heading that opens a section: its sentence index and its level (0 the title, 1 a digest item's headline, 2… numbered). */
export interface Heading {
  readonly index: number;
  readonly level: number;
}

/** A line that repeats the page's title (the headline printed again over the body) opens no item of its own. */
const restates = (text: string, s: Sentence, title: string | undefined) =>
  title !== undefined && text.slice(s.start, s.end).trim() === title;

export interface Sections {
  /** The heading sentences (their indices) over the sentence at `index`, outermost first. */
  headingsOver(index: number): readonly number[];
  /** Every heading that opens a section, in text order, with its level (a digest's title counted as an item). */
  readonly heads: readonly Heading[];
  /** True when the page holds several items under plain headlines (a news digest). */
  readonly digest: boolean;
  /** The sentence index of the page's title, -1 when none was found. */
  readonly title: number;
}

/**
 * Builds the heading structure of a text. `title` is the page's headline as the
 * metadata found it: the first heading line that reads the same is the title.
 */
export function findSections(text: string, sentences: readonly Sentence[], title: string | null): Sections {
  const wanted = title?.trim();
  const titleIndex = wanted
    ? (sentences.find((s) => s.heading && text.slice(s.start, s.end).trim() === wanted)?.index ?? -1)
    : -1;
  // Each heading that opens a section, with its level.
  const heads: Heading[] = [];
  for (const s of sentences) {
    if (!s.heading) continue;
    const numbered = numbering(text, s);
    if (numbered !== null) heads.push({ index: s.index, level: numbered });
    else if (s.index === titleIndex) heads.push({ index: s.index, level: TITLE });
    else if (s.index > titleIndex && isHeadline(text, s, sentences[s.index + 1]) && !restates(text, s, wanted))
      heads.push({ index: s.index, level: HEADLINE });
  }
  // A page of several items (a news digest) has headlines after its title: the title is only the first item's.
  const digest = heads.some((h) => h.level === HEADLINE);
  // For each heading, the stack of headings it opens (itself innermost); sentences take the last heading's.
  // (`start` is the heading's sentence index: the stack holds from that sentence on)
  const stacks: { readonly start: number; readonly stack: readonly Heading[] }[] = [];
  let stack: Heading[] = [];
  const levelled: Heading[] = [];
  for (const h of heads) {
    const level = digest && h.level === TITLE ? HEADLINE : h.level;
    stack = [...stack.filter((x) => x.level < level), { index: h.index, level }];
    stacks.push({ start: h.index, stack });
    levelled.push({ index: h.index, level });
  }
  return {
    heads: levelled,
    digest,
    title: titleIndex,
    headingsOver(index) {
      const at = sentenceIndexAt(stacks, index);
      return at < 0 ? [] : stacks[at]!.stack.map((h) => h.index);
    },
  };
}
