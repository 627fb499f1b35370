// Width folding that keeps offsets: every full-width ASCII form (U+FF01–U+FF5E)
// maps to exactly one ASCII character, and the ideographic space to a space, so
// the folded string has the same length as the source and offsets carry over.

const FULLWIDTH_START = 0xff01;
const FULLWIDTH_END = 0xff5e;
const FULLWIDTH_OFFSET = 0xfee0;

const FOLDABLE = /[\uFF01-\uFF5E\u3000\u00A0]/g;
const fold = (c: string): string => {
  const code = c.charCodeAt(0);
  return code >= FULLWIDTH_START && code <= FULLWIDTH_END ? String.fromCharCode(code - FULLWIDTH_OFFSET) : ' ';
};

// 増, the Japanese form of 增, which some release pages carry (同比増长): read as 增, one
// character for one, so offsets are unchanged.
const VARIANT_ZENG = '\u5897';
const ZENG = '\u589e';

export function toMatchText(text: string): string {
  // One native pass: Chinese text is full of full-width punctuation (，：％), so most texts change.
  return text.replace(FOLDABLE, fold).replaceAll(VARIANT_ZENG, ZENG);
}

/**
 * How many CJK unified ideographs (U+4E00–U+9FFF) `text[start, end)` holds: counted by
 * code, where `match(/[\u4e00-\u9fff]/g)` would allocate a substring and an array of one
 * string per character.
 */
export function countCjk(text: string, start = 0, end = text.length): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) n++;
  }
  return n;
}
