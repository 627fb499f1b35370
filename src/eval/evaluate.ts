// An evaluation run: gold files and their documents in, a report out. The facts
// come either from this tool, run in-process with the given rules, or from an
// output file written earlier (by this tool or any other that keeps the contract).
import path from 'node:path';
import { loadRuleSet } from '../rules/ruleset.js';
import { jiebaSegmenter } from '../segment/tokens.js';
import { extractFacts } from '../pipeline.js';
import type { Document } from '../document/document.js';
import {
  documentFolders,
  findDocument,
  readDocument,
  readGoldFolder,
  readPredictionsFile,
  type GoldCase,
} from './files.js';
import type { ScoredFact } from './predictions.js';
import { scoreDocument, summarize, type EvalReport } from './score.js';

export interface EvaluateOptions {
  readonly goldDir: string;
  /** Where the texts are; by default the gold folder and the folders beside it. */
  readonly docsDir?: string;
  /** Score this output instead of running the extraction. */
  readonly predFile?: string;
  readonly ruleDirs: readonly string[];
  readonly builtinRules: boolean;
  readonly refDate: string | null;
}

interface Loaded {
  readonly c: GoldCase;
  readonly document: Document;
}

/** Facts per gold document, and how many facts there were in all. */
type Predict = (docs: readonly Loaded[]) => { perDoc: ScoredFact[][]; total: number };

function extractInProcess(opts: EvaluateOptions): Predict {
  return (docs) => {
    // Rules and the segmenter are built once: loading jieba's dictionary is the slow part.
    const rules = loadRuleSet({ dirs: opts.ruleDirs, builtins: opts.builtinRules });
    const segmenter = jiebaSegmenter(rules.dictionary);
    const perDoc: ScoredFact[][] = docs.map((d) =>
      extractFacts(d.document, rules, segmenter, { refDate: opts.refDate }),
    );
    return { perDoc, total: perDoc.reduce((n, f) => n + f.length, 0) };
  };
}

function fromPredictions(file: string, warn: (message: string) => void): Predict {
  return (docs) => {
    const facts = readPredictionsFile(file);
    // Outputs name documents by the path they were given as; gold files by file name.
    const byName = new Map<string, ScoredFact[]>();
    for (const f of facts) {
      const name = path.basename(f.doc);
      byName.set(name, [...(byName.get(name) ?? []), f]);
    }
    const perDoc = docs.map((d) => {
      const name = path.basename(d.c.gold.doc);
      const mine = byName.get(name) ?? [];
      if (mine.length === 0) warn(`${file}: no facts for ${name} (gold file ${d.c.file})`);
      return mine;
    });
    return { perDoc, total: facts.length };
  };
}

export function evaluate(opts: EvaluateOptions, warn: (message: string) => void): EvalReport {
  const cases = readGoldFolder(opts.goldDir);
  const folders = documentFolders(opts.goldDir, opts.docsDir);
  const docs: Loaded[] = cases.map((c) => ({ c, document: readDocument(c, findDocument(c, folders)) }));
  const predict = opts.predFile !== undefined ? fromPredictions(opts.predFile, warn) : extractInProcess(opts);
  const { perDoc, total } = predict(docs);
  const scored = docs.map((d, i) => {
    const name = path.basename(d.c.gold.doc);
    const score = scoreDocument({ name, gold: d.c.gold, source: d.document.text, facts: perDoc[i]! });
    for (const q of score.unlocatedQuotes)
      warn(`gold file ${d.c.file}: quote not found in ${name}, it can never match: «${q}»`);
    return { name, score };
  });
  return summarize(scored, total);
}
