// The evaluation's I/O: gold files from a folder, the document each refers to,
// a predictions file. Every failure is an EvalInputError whose message names the
// file, so the command can report it and stop (exit 2).
import fs from 'node:fs';
import path from 'node:path';
import { documentFromBytes } from '../read/read.js';
import type { Document } from '../document/document.js';
import { parseGold, type GoldFile } from './gold.js';
import { parsePredictions, type ScoredFact } from './predictions.js';

export class EvalInputError extends Error {}

export interface GoldCase {
  /** The gold file's path, as found under the folder the user gave. */
  readonly file: string;
  readonly gold: GoldFile;
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function readText(file: string, what: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new EvalInputError(
      `${what} ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`,
    );
  }
}

/** Every `*.json` in the gold folder, in name order (README.md and the like are skipped). */
export function readGoldFolder(dir: string): GoldCase[] {
  if (!isDirectory(dir)) throw new EvalInputError(`gold folder ${dir}: no such folder`);
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.startsWith('.'))
    .sort()
    .map((f) => path.join(dir, f));
  if (files.length === 0) throw new EvalInputError(`gold folder ${dir}: no gold files (*.json) in it`);
  return files.map((file) => {
    const parsed = parseGold(readText(file, 'gold file'));
    if (!parsed.ok) throw new EvalInputError(`gold file ${file}: ${parsed.message}`);
    return { file, gold: parsed.gold };
  });
}

/**
 * Folders to look for a gold file's document in: `--docs` when given; else the
 * gold folder, then the folders beside it (one level, in name order), so that
 * gold/ next to seeds/ needs no option.
 */
export function documentFolders(goldDir: string, docsDir: string | undefined): string[] {
  if (docsDir !== undefined) return [docsDir];
  const parent = path.join(goldDir, '..');
  const siblings = fs
    .readdirSync(parent)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .map((name) => path.join(parent, name))
    .filter((p) => path.resolve(p) !== path.resolve(goldDir) && isDirectory(p));
  return [goldDir, ...siblings];
}

/** The path of the document a gold file annotates (matched by basename), or an error naming the gold file. */
export function findDocument(c: GoldCase, folders: readonly string[]): string {
  const name = path.basename(c.gold.doc);
  for (const folder of folders) {
    const candidate = path.join(folder, name);
    if (fs.existsSync(candidate) && !isDirectory(candidate)) return candidate;
  }
  throw new EvalInputError(
    `gold file ${c.file}: document ${name} not found in ${folders.join(', ')} (--docs DIR names the folder of the texts)`,
  );
}

/** The document decoded as `extract` decodes it, so offsets are compared against the same string. */
export function readDocument(c: GoldCase, file: string): Document {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new EvalInputError(`gold file ${c.file}: document ${file}: ${(e as Error).message}`);
  }
  const read = documentFromBytes(file, bytes);
  if (!read.ok) throw new EvalInputError(`gold file ${c.file}: document ${file}: ${read.message}`);
  return read.document;
}

export function readPredictionsFile(file: string): ScoredFact[] {
  const parsed = parsePredictions(readText(file, 'predictions'));
  if (!parsed.ok) throw new EvalInputError(`predictions ${file}: ${parsed.message}`);
  return parsed.facts;
}
