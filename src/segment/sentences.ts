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

const TERMINATORS = new Set(['。', '!', '?', '！', '？', ';', '；', '…']);
const CLOSERS = new Set(['”', '’', '」', '』', ')', '）', '"', "'", '》', '】']);
/** Separators between clauses inside a sentence. */
const CLAUSE_BREAKS = new Set([',', '，', ':', '：']);

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\r' || c === '\u3000' || c === '\u00a0';

/** Trims whitespace off a range. */
function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return [start, end];
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
    const c = text[i]!;
    if (c === '\n') {
      emit(i);
      start = i + 1;
      lineHasText = false;
    } else if (TERMINATORS.has(c)) {
      let j = i + 1;
      while (j < text.length && (TERMINATORS.has(text[j]!) || CLOSERS.has(text[j]!))) j++;
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
    if (CLAUSE_BREAKS.has(text[i]!)) {
      const [a, b] = trimRange(text, s, i);
      if (b > a) out.push({ start: a, end: b });
      s = i + 1;
    }
  }
  const [a, b] = trimRange(text, s, end);
  if (b > a) out.push({ start: a, end: b });
  return out;
}
