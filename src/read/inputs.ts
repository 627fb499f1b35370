// Turning the user's arguments into a list of inputs: files, folders walked
// recursively (hidden entries skipped, symbolic link loops reported), and `-` for stdin.
// Order is deterministic: arguments in the order given, folder contents sorted.
import fs from 'node:fs';
import path from 'node:path';

export type Input =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'stdin'; readonly path: '-' }
  /** An argument or folder entry that cannot be read: reported, never dropped. */
  | { readonly kind: 'unreadable'; readonly path: string; readonly message: string };

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

/**
 * Walks a folder. `ancestors` are the real paths of the folders above, so a link
 * back to one of them is reported as a loop (as `find -L` does); a folder reached
 * twice by different paths that is not a loop is read twice, under both names.
 */
function walk(dir: string, ancestors: readonly string[], out: Input[]): void {
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch (e) {
    out.push({ kind: 'unreadable', path: dir, message: statFailure(dir, e) });
    return;
  }
  if (ancestors.includes(real)) {
    out.push({ kind: 'unreadable', path: dir, message: `symbolic link loop: leads back to ${real}, not followed` });
    return;
  }
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch (e) {
    out.push({ kind: 'unreadable', path: dir, message: describe(e) });
    return;
  }
  const inside = [...ancestors, real];
  for (const name of names.sort(byName)) {
    if (name.startsWith('.')) continue;
    const p = path.join(dir, name);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch (e) {
      out.push({ kind: 'unreadable', path: p, message: statFailure(p, e) });
      continue;
    }
    if (stat.isDirectory()) walk(p, inside, out);
    else if (stat.isFile()) out.push({ kind: 'file', path: p });
    else out.push({ kind: 'unreadable', path: p, message: `${special(stat)}, not read` });
  }
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
export function expandInputs(args: readonly string[]): Input[] {
  const out: Input[] = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push({ kind: 'stdin', path: '-' });
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(arg);
    } catch (e) {
      out.push({ kind: 'unreadable', path: arg, message: statFailure(arg, e) });
      continue;
    }
    // A pipe or device named explicitly is read (`extract <(curl …)`); found in a folder, it is not.
    if (stat.isDirectory()) walk(arg, [], out);
    else out.push({ kind: 'file', path: arg });
  }
  return out;
}
