// Is a short name found in the text (国网, 中石油, 华为) a mention of its body, or part of
// a longer word (我国|网络 holds no 国网)? Judged per document, once per spelling of its
// surroundings: a short name may occur thousands of times on a long page.
import type { Context } from '../context/context.js';
import { TAG } from '../segment/tags.js';
import type { Token } from '../segment/tokens.js';

/**
 * Names of this length or shorter are checked against word boundaries at both ends (国网 in
 * 我国|网络, 中国网 in 中国|网络, 中石油 in 其中|石油). Longer names are not: jieba glues them to a
 * title (中共中央政治局|常委) more often than it finds them inside another word.
 */
const CHECKED = 3;
/** Letters and digits: a Latin name glued to more of them is part of a longer one (SAP in SAP.IO). */
const LATIN = /[A-Za-z0-9]/;
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
    const glued = gluedLatin(text, start, end);
    if (glued) return `${text.slice(start, end)} ${glued}`;
    if (end - start > CHECKED) return null;
    return this.crossesWord(start, end) ? `${text.slice(start, end)} lies inside a longer word` : null;
  }

  private crossesWord(start: number, end: number): boolean {
    const text = this.ctx.doc.match;
    // a few characters either way tell the words the name's ends fall in, at a fraction of a stretch's cost
    const a = wordWindowStart(text, start);
    const b = wordWindowEnd(text, end);
    // the same few characters recur all over a long page (…的华为公司…): judged once per document
    const key = `${start - a}:${end - a}:${text.slice(a, b)}`;
    let crosses = this.crossings.get(key);
    if (crosses === undefined) {
      // a word jieba knows (我国, 网络); not characters it could not place (像檬豆)
      const tokens = this.ctx.tokensIn(a, b);
      crosses = tokens.some(
        (t) =>
          t.tag !== TAG.unknown &&
          ((t.start < start && t.end > start) || (t.start < end && t.end > end && endCut(tokens, t, start, end))),
      );
      this.crossings.set(key, crosses);
    }
    return crosses;
  }
}

/**
 * Does the word `t` crossing a name's end cut it: always for two characters (中|建交), for three only
 * when the name's head is a word of its own (中国|网络 holds no 中国网; 钛|媒体报道 does hold 钛媒体).
 */
function endCut(tokens: readonly Token[], t: Token, start: number, end: number): boolean {
  // 2 characters, or the name the head of a longer word (教育部|长 in 教育部长)
  if (end - start <= 2 || t.start <= start) return true;
  const head = tokens.find((u) => u.end === t.start && u.start >= start);
  return !!head && head.tag !== TAG.unknown && head.end - head.start >= 2;
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

/**
 * Why a name is part of a longer string jieba does not split: a Latin name glued to more letters
 * (SAP.IO, IDC2), any name joined by · to a transliterated person's name (阿里·阿贝扎德).
 */
function gluedLatin(text: string, start: number, end: number): string | null {
  if (text[start - 1] === '·' || text[end] === '·') return "is part of a person's name (·)";
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  if (LATIN.test(text[start]!) && (LATIN.test(before) || (/[.&-]/.test(before) && LATIN.test(text[start - 2] ?? ''))))
    return 'is glued to letters before it';
  if (LATIN.test(text[end - 1]!) && (LATIN.test(after) || (/[.&-]/.test(after) && LATIN.test(text[end + 1] ?? ''))))
    return 'is glued to letters after it';
  return null;
}
