// Which files found in folders are read: by default texts by their names, and collections
// (.jsonl, .ndjson, a .json array, .csv) that are not the output of an earlier run of
// extract; or what -g globs choose, as ripgrep's -g does. Files named on the command line
// are always read.
//
//   -g '*.htm'        read only these (any depth: a glob without / matches the name)
//   -g '!SOURCES*'    leave these out (of the default, or of what other globs chose)
//   -g 'news/**/*.txt' a glob with / matches the path under the folder given
// The last glob that matches a path decides; a path no glob matches is read when no
// glob chooses (only `!` globs given) and the default takes it.
import fs from 'node:fs';
import picomatch from 'picomatch';
import { collectionKind } from './collections.js';

/** Names read from folders when no glob chooses: plain text and saved web pages. */
export const TEXT_EXTENSIONS = ['txt', 'text', 'htm', 'html', 'xhtml', 'shtml'] as const;
const TEXT_NAME = new RegExp(`\\.(?:${TEXT_EXTENSIONS.join('|')})$`, 'i');

export interface Selection {
  /** Read this file (`file`), found at `relative` under a folder given (`/`-separated)? */
  readonly file: (relative: string, file: string) => boolean;
  /** Walk into this folder? No only when a `!` glob leaves it out whole (`-g '!archive'`). */
  readonly folder: (relative: string) => boolean;
  /** True when globs chose what is read, rather than the default of text-like names. */
  readonly chosen: boolean;
}

interface Glob {
  readonly exclude: boolean;
  readonly matches: (relative: string) => boolean;
}

export class GlobError extends Error {}

function compile(pattern: string): Glob {
  const exclude = pattern.startsWith('!');
  const body = exclude ? pattern.slice(1) : pattern;
  if (body === '') throw new GlobError(`-g ${JSON.stringify(pattern)}: an empty glob`);
  // A trailing slash means "a folder" in ripgrep and gitignore; folders are walked, files matched, so it goes.
  const glob = body.endsWith('/') ? body.slice(0, -1) : body;
  let matches: (relative: string) => boolean;
  try {
    // No slash: match the name at any depth (basename), as gitignore does. dot: hidden entries are skipped anyway.
    matches = picomatch(glob, { basename: !glob.includes('/'), dot: true, strictBrackets: true });
  } catch (e) {
    throw new GlobError(`-g ${JSON.stringify(pattern)}: not a glob: ${(e as Error).message}`);
  }
  return { exclude, matches };
}

/** The selection the globs make (none given: text-like names). Throws GlobError for a malformed glob. */
export function selectionOf(patterns: readonly string[]): Selection {
  const globs = patterns.map(compile);
  const chosen = globs.some((g) => !g.exclude);
  /** The verdict of the last glob that matches, or undefined when none does. */
  const verdict = (relative: string): boolean | undefined => {
    for (let i = globs.length - 1; i >= 0; i--) if (globs[i]!.matches(relative)) return !globs[i]!.exclude;
    return undefined;
  };
  return {
    file: (relative, file) => verdict(relative) ?? (!chosen && byDefault(relative, file)),
    folder: (relative) => verdict(relative) !== false,
    chosen,
  };
}

/** A text by its name, or a collection that is not extract's own output. */
function byDefault(relative: string, file: string): boolean {
  if (TEXT_NAME.test(relative)) return true;
  return collectionKind(file) !== null && !isExtractOutput(file);
}

/** What extract's own jsonl and csv output start with: read back, each fact would become a document. */
const OUTPUT_LINE =
  /^\uFEFF?(?:id,doc,type,start,end,text,rule,|\{"(?:id":"[^"]*","type":"(?:indicator|event|organization)"|type":"(?:error|document)","doc":))/;

/** Whether a file's first line is one extract writes (a fact, an error or document line, the CSV header). */
export function isExtractOutput(file: string): boolean {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const head = Buffer.alloc(256);
      const n = fs.readSync(fd, head, 0, head.length, 0);
      return OUTPUT_LINE.test(head.subarray(0, n).toString('utf8'));
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false; // read as an input, which reports why it cannot be read
  }
}

/** Every file, as the library and older callers walk folders. */
export const EVERY_FILE: Selection = { file: () => true, folder: () => true, chosen: true };
