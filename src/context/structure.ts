// Where an offset is: its sentence, its paragraph, its clause. Clauses are split once
// per sentence, whoever asks, and the same clause is the same object every time (an
// extractor may compare two figures' clauses by identity).
import { splitClauses, sentenceIndexAt, type Clause, type Sentence } from '../segment/sentences.js';

export interface TextStructure {
  /** The sentence holding `offset`, if any. */
  sentenceAt(offset: number): Sentence | undefined;
  /** The paragraph of the sentence holding (or last starting before) `offset`; 0 before the first. */
  paragraphOf(offset: number): number;
  /** The clauses of a sentence, split at commas and colons. */
  clausesOf(sentence: Sentence): readonly Clause[];
  /**
   * The clause holding `offset`; an offset on a comma or a space between clauses, that
   * of the clause before it. Undefined outside every sentence.
   */
  clauseAt(offset: number): Clause | undefined;
  /** Index of the sentence holding (or last starting before) `offset`, or -1 before the first. */
  sentenceIndexAt(offset: number): number;
}

export function textStructure(text: string, sentences: readonly Sentence[]): TextStructure {
  const index = (offset: number) => sentenceIndexAt(sentences, offset);
  const sentenceAt = (offset: number) => {
    const s = sentences[index(offset)];
    return s && offset < s.end ? s : undefined;
  };
  const clauses: (readonly Clause[] | undefined)[] = new Array(sentences.length);
  const clausesOf = (s: Sentence) => (clauses[s.index] ??= splitClauses(text, s.start, s.end));
  return {
    sentenceAt,
    paragraphOf: (offset) => sentences[Math.max(0, index(offset))]?.paragraph ?? 0,
    clausesOf,
    clauseAt(offset) {
      const s = sentenceAt(offset);
      if (!s) return undefined;
      const list = clausesOf(s);
      return list[Math.max(0, sentenceIndexAt(list, offset))];
    },
    sentenceIndexAt: index,
  };
}
