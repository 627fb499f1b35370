// What a run tells its user at the end, on stderr: one summary line (unless -q), and
// notes on what they may want to change.
import type { DocumentOutcome } from '../emit/outcome.js';

export class RunTally {
  documents = 0;
  facts = 0;
  errors = 0;
  /** Of the errors, bugs in extract (internal error while extracting): the run exits 3. */
  bugs = 0;
  /** Documents with dates no year could be had for, and how many such dates. */
  yearlessDocuments = 0;
  yearlessDates = 0;

  /** Counts an outcome; a large file's parts count as facts only, its last outcome as the document. */
  add(outcome: DocumentOutcome): void {
    if (!outcome.ok) {
      this.documents++;
      this.errors++;
      if (outcome.bug) this.bugs++;
      return;
    }
    if (outcome.yearless) {
      this.yearlessDates += outcome.yearless;
      if (!outcome.partial) this.yearlessDocuments++;
    }
    // The record counts the facts without reading them (a cached or worker outcome holds them as text).
    if (outcome.record) {
      this.documents++;
      this.facts += outcome.record.facts;
    }
  }

  /**
   * `5 documents, 312 facts, 0 errors, 5 cache hits, 1.4 s`: every part, always, so a script
   * can read it. The seconds are the process's, start-up and jieba's load included.
   */
  line(cacheHits: number, maxErrors: number): string {
    const within =
      this.errors > 0 && maxErrors > 0
        ? ` (${this.errors > maxErrors ? 'more than' : 'within'} --max-errors ${maxErrors})`
        : '';
    const seconds = (performance.now() / 1000).toFixed(1);
    return `${count(this.documents, 'document')}, ${count(this.facts, 'fact')}, ${count(this.errors, 'error')}${within}, ${count(cacheHits, 'cache hit')}, ${seconds} s`;
  }

  /** Why events may be missing, when no publication date and no --ref-date gave dates their year. */
  yearlessNote(): string | null {
    if (this.yearlessDates === 0) return null;
    const one = this.yearlessDocuments === 1;
    const docs = one ? '1 document states' : `${this.yearlessDocuments} documents state`;
    const [it, they] = one ? ['it', 'it was'] : ['them', 'they were'];
    return `${docs} no publication date: ${count(this.yearlessDates, 'date')} in ${it} had no year to be had, and events on them were left out (give --ref-date YYYY-MM-DD, the day ${they} written)`;
  }
}

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
