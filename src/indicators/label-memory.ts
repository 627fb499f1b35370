// The labelled figures of the paragraph so far, for figures whose own label names nothing
// (同期则新增567家 → the 新增 of what was just counted). They carry across the sentences
// of a paragraph; a new paragraph forgets them.
import type { Sentence } from '../segment/sentences.js';
import { sameKind, type Candidate } from './candidate.js';

export class LabelMemory {
  private figures: Candidate[] = [];
  private paragraph = -1;

  /** A new sentence: the figures of another paragraph are forgotten. */
  enter(sentence: Sentence): void {
    if (this.paragraph !== sentence.paragraph) this.figures = [];
  }

  /** The last labelled figure of this paragraph, if any. */
  get last(): Candidate | null {
    return this.figures.at(-1) ?? null;
  }

  /**
   * The last labelled figure that may lend `c` its label: one of the same kind (a count is
   * not "资金到位率"), and for a figure that is no distance between rates, not such a
   * distance (两年平均增长19.7% after 增速比1-8月提高3.6个百分点 is the investment's). Any of
   * this sentence's; of the sentences before, only the last figure. A `total` (总量, 规模)
   * may be of a growth rate before it in the sentence.
   */
  lastLike(c: Candidate, sentence: Sentence, total = false): Candidate | null {
    for (let i = this.figures.length - 1; i >= 0; i--) {
      const f = this.figures[i]!;
      const here = f.clause.start >= sentence.start;
      // 一般公共预算收入增长4.6%，总量首次突破1900亿元: a total is of the growth told just before it.
      const totalOf = total && here && f.rate !== null && f.quantity.class === 'percent' && !c.rate;
      if (totalOf || (sameKind(f, c) && (f.quantity.class !== 'pp' || c.quantity.class === 'pp'))) return f;
      if (!here) break;
    }
    return null;
  }

  /** Was the last labelled figure in this sentence (not carried from one before)? */
  inSentence(sentence: Sentence): boolean {
    const last = this.last;
    return last !== null && last.clause.start >= sentence.start;
  }

  remember(c: Candidate, sentence: Sentence): void {
    this.figures.push(c);
    this.paragraph = sentence.paragraph;
  }
}
