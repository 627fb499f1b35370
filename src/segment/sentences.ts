// Sentences and clauses as offset ranges into the document text. A line break
// always ends a sentence (pages put headings and furniture on lines of their own),
// and a blank-or-not line is a paragraph (one led by —— continues the one before): the
// unit date and period context carry over.

export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** Index of the paragraph (non-empty line) the sentence belongs to. */
  readonly paragraph: number;
  readonly index: number;
  /**
   * A line of its own that reads as a heading or a title: short, with no closing
   * punctuation (一、2020年工作回顾; 2012年大庆市国民经济和社会发展统计公报). A period
   * a heading names is the period of the section under it.
   */
  readonly heading: boolean;
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
  // (en and em spaces indent paragraphs too: \u2003\u2003一、2024年工作回顾)
  set(' \t\r\u3000\u00a0\u2002\u2003\u2009\u202f', SPACE);
  return t;
})();

/**
 * The classes of a code unit. A Chinese character (U+4E00–U+9FFF, none of the marks above) is
 * most of a page, and is answered without the table: the table's part for that block is 21 KiB,
 * and each of its lines would be a cache miss at a page's splitting, after the stages of the page
 * before churned the caches.
 */
const classOf = (c: number): number => (c >= 0x4e00 && c <= 0x9fff ? 0 : CLASS[c]!);

const isSpace = (c: number) => (classOf(c) & SPACE) !== 0;

/** The longest line read as a heading. */
const MAX_HEADING = 40;
/**
 * The longest first line read as the page's title: a broadcast's titles run long with a
 * series name (【在习近平新时代中国特色社会主义思想指引下】“十四五”稳健开局 中国经济阔步向前).
 */
const MAX_TITLE = 80;
/** A heading says something: two characters of words at least (not a stray mark or an invisible one). */
const HEADING_WORDS = /[\u4e00-\u9fffA-Za-z0-9]{2}/;

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
    if (classOf(text.charCodeAt(i - 1)) & (CLAUSE_BREAK | SPACE)) return i;
  }
  const word = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
  for (let i = limit; i > start + MAX_SENTENCE / 2; i--) {
    if (!(word(text.charCodeAt(i - 1)) && word(text.charCodeAt(i)))) return i;
  }
  return limit;
}

export function splitSentences(text: string): Sentence[] {
  const out: Omit<Sentence, 'heading'>[] = [];
  let paragraph = -1;
  let lineHasText = false;
  let start = 0;
  const emit = (end: number) => {
    const [s, e] = trimRange(text, start, end);
    if (e > s) {
      if (!lineHasText) {
        // ——“向新”的动能持续增强…: a dash-led line continues the paragraph before it.
        if (paragraph < 0 || !(text.charCodeAt(s) === 0x2014 && text.charCodeAt(s + 1) === 0x2014)) paragraph++;
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
    } else if (classOf(c) & TERMINATOR) {
      let j = i + 1;
      while (j < text.length && classOf(text.charCodeAt(j)) & (TERMINATOR | CLOSER)) j++;
      emit(j);
      start = j;
      i = j - 1;
    }
  }
  emit(text.length);
  const sentences: Sentence[] = new Array(out.length);
  for (let i = 0; i < out.length; i++) {
    const s = out[i]!;
    const heading = isHeading(text, s, out[i - 1], out[i + 1]);
    sentences[i] = { start: s.start, end: s.end, paragraph: s.paragraph, index: s.index, heading };
  }
  return sentences;
}

/** Alone on its line, short, and not closed like a sentence. */
function isHeading(
  text: string,
  s: Omit<Sentence, 'heading'>,
  prev: { paragraph: number; start: number; end: number } | undefined,
  next: { paragraph: number; start: number; end: number } | undefined,
): boolean {
  const longest = prev === undefined ? MAX_TITLE : MAX_HEADING;
  if (s.end - s.start > longest || !HEADING_WORDS.test(text.slice(s.start, s.end))) return false;
  // (a title followed by its ——2026年2月2日在…会议上 line shares its paragraph, yet stands on a line of its own)
  const sameLine = (a: { end: number }, b: { start: number }) => !text.slice(a.end, b.start).includes('\n');
  if (prev && prev.paragraph === s.paragraph && sameLine(prev, s)) return false;
  if (next && next.paragraph === s.paragraph && sameLine(s, next)) return false;
  if (brokenName(text, s, prev, next)) return false;
  return !(classOf(text.charCodeAt(s.end - 1)) & (TERMINATOR | CLAUSE_BREAK));
}

/** A mark that opens a name or a quote, and one that closes it. */
const OPENS = /[《“「（(]/;
const CLOSES = /[》”」）)]/;

/**
 * 制定了《\n关于深化改革严格土地管理的决定\n》；: a page that broke a name out onto a line of its
 * own (copied from a wiki) left the line before it open and the line after it closing: none of
 * the three is a heading, nor a digest item's headline.
 */
function brokenName(
  text: string,
  s: { start: number; end: number },
  prev: { end: number } | undefined,
  next: { start: number } | undefined,
): boolean {
  const opens = (line: { end: number } | undefined) => !!line && OPENS.test(text.charAt(line.end - 1));
  const closes = (line: { start: number } | undefined) => !!line && CLOSES.test(text.charAt(line.start));
  return opens(prev) || opens(s) || closes(s) || closes(next);
}

/** Index of the last sentence (or anything with a start, sorted) starting at or before `offset`; -1 before the first. */
export function sentenceIndexAt(sentences: readonly { readonly start: number }[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** Clauses of a sentence, split at commas and colons. */
export function splitClauses(text: string, start: number, end: number): Clause[] {
  const out: Clause[] = [];
  let s = start;
  for (let i = start; i < end; i++) {
    if (classOf(text.charCodeAt(i)) & CLAUSE_BREAK) {
      const [a, b] = trimRange(text, s, i);
      if (b > a) out.push({ start: a, end: b });
      s = i + 1;
    }
  }
  const [a, b] = trimRange(text, s, end);
  if (b > a) out.push({ start: a, end: b });
  return out;
}
