// Is a short name found in the text (国网, 中石油, 华为) a mention of its body, or part of
// a longer word (我国|网络 holds no 国网)? Judged per document, once per spelling of its
// surroundings: a short name may occur thousands of times on a long page.
import type { Context } from '../context/context.js';
import { TAG } from '../segment/tags.js';

/** Names of this length or shorter are checked against word boundaries (国网 in 我国|网络). */
const SHORT_NAME = 2;
/** A name of three characters must at least start a word (其中|石油 holds no 中石油). */
const START_CHECKED = 3;
/** How far the words around a short name are read: no jieba word we care about is longer. */
const WORD_WINDOW = 4;
const WINDOW_STOP = /[\s,，。、;；:：!！?？“”"'《》【】()（）]/;

export class ShortNameCheck {
  /** Whether a jieba word crosses the name's ends, by the few characters around it. */
  private readonly crossings = new Map<string, boolean>();

  constructor(private readonly ctx: Context) {}

  /**
   * Why the name at [start, end) is not a mention of its body, or null: it starts or ends
   * inside a jieba word (我国|网络 holds no 国网), or a field word follows it (石化行业 is the industry).
   */
  misfit(start: number, end: number): string | null {
    const text = this.ctx.doc.match;
    if (this.ctx.rules.orgShortNotFollowedBy.matchAt(text, end))
      return `${text.slice(start, end)} is followed by a field word: the field, not the body (orgFilters shortNotFollowedBy)`;
    if (end - start > START_CHECKED) return null;
    return this.crossesWord(start, end) ? `${text.slice(start, end)} lies inside a longer word` : null;
  }

  private crossesWord(start: number, end: number): boolean {
    const text = this.ctx.doc.match;
    const both = end - start <= SHORT_NAME;
    // a few characters either way tell the words the name's ends fall in, at a fraction of a stretch's cost
    const a = wordWindowStart(text, start);
    const b = wordWindowEnd(text, end);
    // the same few characters recur all over a long page (…的华为公司…): judged once per document
    const key = `${both ? 2 : 1}:${start - a}:${end - a}:${text.slice(a, b)}`;
    let crosses = this.crossings.get(key);
    if (crosses === undefined) {
      // a word jieba knows (我国, 网络); not characters it could not place (像檬豆)
      crosses = this.ctx
        .tokensIn(a, b)
        .some(
          (t) =>
            t.tag !== TAG.unknown && ((t.start < start && t.end > start) || (both && t.start < end && t.end > end)),
        );
      this.crossings.set(key, crosses);
    }
    return crosses;
  }
}

function wordWindowStart(text: string, start: number): number {
  let a = start;
  while (a > 0 && start - a < WORD_WINDOW && !WINDOW_STOP.test(text[a - 1]!)) a--;
  return a;
}

function wordWindowEnd(text: string, end: number): number {
  let b = end;
  while (b < text.length && b - end < WORD_WINDOW && !WINDOW_STOP.test(text[b]!)) b++;
  return b;
}
