// Turning the user's arguments into a list of inputs: files, folders walked
// recursively (hidden entries skipped, symbolic link loops reported), and `-` for stdin.
// Order is deterministic: arguments in the order given, folder contents sorted.
// In folders, a Selection (select.ts) chooses which files are read; files named as
// arguments are always read. The output being written, and the cache, are never read.
import fs from 'node:fs';
import path from 'node:path';
import { EVERY_FILE, type Selection } from './select.js';

export type Input =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'stdin'; readonly path: '-' }
  /** An argument or folder entry that cannot be read: reported, never dropped. */
  | { readonly kind: 'unreadable'; readonly path: string; readonly message: string };

/** A file or folder as the file system knows it, whatever the path that leads to it. */
export interface FileIdentity {
  readonly dev: number;
  readonly ino: number;
}

export interface ExpandOptions {
  /** Which files found in folders are read (default: every file). */
  readonly selection?: Selection;
  /** Never read, nor walked into: the -o target, the cache folder. */
  readonly exclude?: readonly FileIdentity[];
}

/** The inputs, and what was left out on the way. */
export interface Expansion {
  readonly inputs: Input[];
  /** Files in folders the selection did not choose. */
  readonly leftOut: number;
  /** Arguments that name an excluded file (extract out.jsonl -o out.jsonl): not read. */
  readonly excluded: string[];
}

/** Byte-wise order, so the same tree gives the same order on every machine and locale. */
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What kind of thing a path is that is neither a file nor a folder. */
function special(stat: fs.Stats): string {
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** Why a path could not be stat'ed; a dangling symbolic link is named as one. */
function statFailure(p: string, e: unknown): string {
  if ((e as NodeJS.ErrnoException)?.code === 'ENOENT') {
    try {
      if (fs.lstatSync(p).isSymbolicLink())
        return `broken symbolic link (its target ${fs.readlinkSync(p)} does not exist)`;
    } catch {
      // Not there at all: the plain message below.
    }
  }
  return describe(e);
}

/** What a walk carries down the tree. */
interface Walk {
  readonly selection: Selection;
  readonly isExcluded: (stat: fs.Stats) => boolean;
  readonly out: Input[];
  leftOut: number;
}

/**
 * Walks a folder. `ancestors` are the real paths of the folders above, so a link
 * back to one of them is reported as a loop (as `find -L` does); a folder reached
 * twice by different paths that is not a loop is read twice, under both names.
 * `under` is the folder's path below the folder given, which globs match.
 */
function walk(dir: string, under: string, ancestors: readonly string[], w: Walk): void {
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch (e) {
    w.out.push({ kind: 'unreadable', path: dir, message: statFailure(dir, e) });
    return;
  }
  if (ancestors.includes(real)) {
    w.out.push({ kind: 'unreadable', path: dir, message: `symbolic link loop: leads back to ${real}, not followed` });
    return;
  }
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch (e) {
    w.out.push({ kind: 'unreadable', path: dir, message: describe(e) });
    return;
  }
  const inside = [...ancestors, real];
  for (const name of names.sort(byName)) {
    if (!name.startsWith('.')) visit(path.join(dir, name), under ? `${under}/${name}` : name, inside, w);
  }
}

/** One entry of a folder: walked into, read, left out, or reported. */
function visit(p: string, relative: string, ancestors: readonly string[], w: Walk): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(p);
  } catch (e) {
    w.out.push({ kind: 'unreadable', path: p, message: statFailure(p, e) });
    return;
  }
  if (w.isExcluded(stat)) return;
  if (stat.isDirectory()) {
    if (w.selection.folder(relative)) walk(p, relative, ancestors, w);
  } else if (!w.selection.file(relative, p)) w.leftOut++;
  else if (stat.isFile()) w.out.push({ kind: 'file', path: p });
  else w.out.push({ kind: 'unreadable', path: p, message: `${special(stat)}, not read` });
}

export function describe(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'symbolic link loop (too many levels of symbolic links)';
    case 'EISDIR':
      return 'is a folder';
    default:
      return err?.message ?? String(e);
  }
}

/** Expands arguments to inputs; `-` is stdin and may appear once. */
export function expandInputs(args: readonly string[], opts: ExpandOptions = {}): Input[] {
  return findInputs(args, opts).inputs;
}

/** expandInputs, and what it left out. */
export function findInputs(args: readonly string[], opts: ExpandOptions = {}): Expansion {
  const exclude = opts.exclude ?? [];
  const isExcluded = (stat: fs.Stats) => exclude.some((x) => x.dev === stat.dev && x.ino === stat.ino);
  const w: Walk = { selection: opts.selection ?? EVERY_FILE, isExcluded, out: [], leftOut: 0 };
  const excluded: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      w.out.push({ kind: 'stdin', path: '-' });
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(arg);
    } catch (e) {
      w.out.push({ kind: 'unreadable', path: arg, message: statFailure(arg, e) });
      continue;
    }
    // A pipe or device named explicitly is read (`extract <(curl …)`); found in a folder, it is not.
    if (isExcluded(stat)) excluded.push(arg);
    else if (stat.isDirectory()) walk(arg, '', [], w);
    else w.out.push({ kind: 'file', path: arg });
  }
  return { inputs: w.out, leftOut: w.leftOut, excluded };
}
