// Turning the user's arguments into a list of inputs: files, folders walked
// recursively (hidden entries skipped, symlink loops detected), and `-` for stdin.
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

function walk(dir: string, seen: Set<string>, out: Input[]): void {
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch (e) {
    out.push({ kind: 'unreadable', path: dir, message: describe(e) });
    return;
  }
  if (seen.has(real)) {
    out.push({ kind: 'unreadable', path: dir, message: 'folder already visited (symbolic link loop), skipped' });
    return;
  }
  seen.add(real);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch (e) {
    out.push({ kind: 'unreadable', path: dir, message: describe(e) });
    return;
  }
  for (const name of names.sort(byName)) {
    if (name.startsWith('.')) continue;
    const p = path.join(dir, name);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch (e) {
      out.push({ kind: 'unreadable', path: p, message: describe(e) });
      continue;
    }
    if (stat.isDirectory()) walk(p, seen, out);
    else if (stat.isFile()) out.push({ kind: 'file', path: p });
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
      return 'too many levels of symbolic links';
    case 'EISDIR':
      return 'is a folder';
    default:
      return err?.message ?? String(e);
  }
}

/** Expands arguments to inputs; `-` is stdin and may appear once. */
export function expandInputs(args: readonly string[]): Input[] {
  const out: Input[] = [];
  const seen = new Set<string>();
  for (const arg of args) {
    if (arg === '-') {
      out.push({ kind: 'stdin', path: '-' });
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(arg);
    } catch (e) {
      out.push({ kind: 'unreadable', path: arg, message: describe(e) });
      continue;
    }
    if (stat.isDirectory()) walk(arg, seen, out);
    else out.push({ kind: 'file', path: arg });
  }
  return out;
}
