// Sentences and clauses as offset ranges into the document text. A line break
// always ends a sentence (pages put headings and furniture on lines of their own),
// and a blank-or-not line is a paragraph: the unit date and period context carry over.

export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** Index of the paragraph (non-empty line) the sentence belongs to. */
  readonly paragraph: number;
  readonly index: number;
}

export interface Clause {
  readonly start: number;
  readonly end: number;
}

/** Character classes as a table over UTF-16 code units: the splitters read one entry per character. */
const TERMINATOR = 1;
const CLOSER = 2;
const CLAUSE_BREAK = 4;
const SPACE = 8;
const CLASS = (() => {
  const t = new Uint8Array(65536);
  const set = (chars: string, bit: number) => {
    for (const c of chars) t[c.charCodeAt(0)]! |= bit;
  };
  set('。!?！？;；…', TERMINATOR);
  set('”’」』)）"\'》】', CLOSER);
  set(',，:：', CLAUSE_BREAK); // separators between clauses inside a sentence
  set(' \t\r\u3000\u00a0', SPACE);
  return t;
})();

const isSpace = (c: number) => (CLASS[c]! & SPACE) !== 0;

/** Trims whitespace off a range. */
function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return [start, end];
}

/**
 * The longest sentence the extractors see. Work around a figure is done over its
 * sentence; a page with no punctuation (a 10 MB line of digits) would otherwise make
 * that quadratic. A longer run is cut at its last comma or space before the limit,
 * else between two characters that are not both parts of a number or a word.
 */
export const MAX_SENTENCE = 1000;

function cutPoint(text: string, start: number, limit: number): number {
  for (let i = limit; i > start + MAX_SENTENCE / 2; i--) {
    if (CLASS[text.charCodeAt(i - 1)]! & (CLAUSE_BREAK | SPACE)) return i;
  }
  const word = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
  for (let i = limit; i > start + MAX_SENTENCE / 2; i--) {
    if (!(word(text.charCodeAt(i - 1)) && word(text.charCodeAt(i)))) return i;
  }
  return limit;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = -1;
  let lineHasText = false;
  let start = 0;
  const emit = (end: number) => {
    const [s, e] = trimRange(text, start, end);
    if (e > s) {
      if (!lineHasText) {
        paragraph++;
        lineHasText = true;
      }
      out.push({ start: s, end: e, paragraph, index: out.length });
    }
  };
  for (let i = 0; i < text.length; i++) {
    if (i - start >= MAX_SENTENCE) {
      const cut = cutPoint(text, start, i);
      emit(cut);
      start = cut;
    }
    const c = text.charCodeAt(i);
    if (c === 10) {
      emit(i);
      start = i + 1;
      lineHasText = false;
    } else if (CLASS[c]! & TERMINATOR) {
      let j = i + 1;
      while (j < text.length && CLASS[text.charCodeAt(j)]! & (TERMINATOR | CLOSER)) j++;
      emit(j);
      start = j;
      i = j - 1;
    }
  }
  emit(text.length);
  return out;
}

/** Clauses of a sentence, split at commas and colons. */
export function splitClauses(text: string, start: number, end: number): Clause[] {
  const out: Clause[] = [];
  let s = start;
  for (let i = start; i < end; i++) {
    if (CLASS[text.charCodeAt(i)]! & CLAUSE_BREAK) {
      const [a, b] = trimRange(text, s, i);
      if (b > a) out.push({ start: a, end: b });
      s = i + 1;
    }
  }
  const [a, b] = trimRange(text, s, end);
  if (b > a) out.push({ start: a, end: b });
  return out;
}
