// The last labelled figure, for figures whose own label names nothing (同期则新增567家 →
// the 新增 of what was just counted). It carries across the sentences of a paragraph.
import type { Sentence } from '../segment/sentences.js';
import type { Candidate } from './candidate.js';

export class LabelMemory {
  private figure: Candidate | null = null;
  private paragraph = -1;

  /** A new sentence: a figure of another paragraph is forgotten. */
  enter(sentence: Sentence): void {
    if (this.figure && this.paragraph !== sentence.paragraph) this.figure = null;
  }

  /** The last labelled figure of this paragraph, if any. */
  get last(): Candidate | null {
    return this.figure;
  }

  /** Was the last labelled figure in this sentence (not carried from one before)? */
  inSentence(sentence: Sentence): boolean {
    return this.figure !== null && this.figure.clause.start >= sentence.start;
  }

  remember(c: Candidate, sentence: Sentence): void {
    this.figure = c;
    this.paragraph = sentence.paragraph;
  }
}
