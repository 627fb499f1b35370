// jieba tokens of windows of a document, offsets into it. Extractors ask for the few
// characters around a candidate (a suffix and the name before it, the words after a
// count), not whole sentences: segmentation is the run's main cost. Each window is
// segmented once, whoever asks.
import type { Segmenter, Token } from '../segment/tokens.js';
import { codeBits, hasCode } from '../segment/code-table.js';

export interface TokenWindows {
  /** Tokens of exactly [start, end). */
  tokensIn(start: number, end: number): readonly Token[];
  /**
   * Tokens of the stretch between punctuation that holds [start, end): the unit a name,
   * a list item or a word is read in.
   */
  tokensAround(start: number, end: number): readonly Token[];
}

/**
 * Characters no word crosses: a token window may start right after one. Not parentheses: a name may hold a place in
 * them (华为(青岛)人工智能创新中心). A table over UTF-16 code units: up to 96 characters are read per window asked for.
 */
const WINDOW_BREAKS = codeBits(',，。、;；:：!！?？“”"\'《》【】 \t');

/** How far a stretch between punctuation is followed either way (a page without punctuation has no stretches). */
const SEGMENT_MAX = 48;

export function tokenWindows(text: string, segmenter: Segmenter): TokenWindows {
  const segmented = new Map<number | string, readonly Token[]>();
  // A window's key: one number while start × (length + 1) + end is exact (any text under 90 M characters).
  const span = text.length + 1;
  const exact = span * span < Number.MAX_SAFE_INTEGER;
  const tokensIn = (start: number, end: number) => {
    const key = exact ? start * span + end : `${start}:${end}`;
    let t = segmented.get(key);
    if (!t) {
      t = start < end ? segmenter.tag(text.slice(start, end), start) : [];
      segmented.set(key, t);
    }
    return t;
  };
  return {
    tokensIn,
    tokensAround(start, end) {
      let a = start;
      while (a > 0 && start - a < SEGMENT_MAX && !hasCode(WINDOW_BREAKS, text.charCodeAt(a - 1))) a--;
      let b = Math.max(end, start + 1);
      while (b < text.length && b - end < SEGMENT_MAX && !hasCode(WINDOW_BREAKS, text.charCodeAt(b))) b++;
      return tokensIn(a, b);
    },
  };
}
