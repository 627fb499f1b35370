// Where -o writes, decided before any work starts, so that a mistake costs one line
// and nothing else. What is there is never harmed:
//   a regular file (or none yet)   written to a temporary file beside it, renamed over it
//                                  when complete: the file is whole, new or old, never half;
//   a symbolic link                followed: the file it leads to is replaced, the link stays;
//   a named pipe, a device         opened and written to (`-o /dev/null` stays a device);
//   a socket                       connected to and written to;
//   a folder, a missing folder,    one line, exit 2, before anything is read.
//   a place without permission
// `-o -` is standard output.
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from './common.js';
import type { FileIdentity } from '../read/inputs.js';

export type OutputTarget =
  | { readonly kind: 'stdout' }
  /** `file` is the path written: `name` itself, or where its symbolic links lead. */
  | {
      readonly kind: 'file';
      readonly name: string;
      readonly file: string;
      /** The permissions of the file replaced, kept by its replacement; null for a new file. */
      readonly mode: number | null;
      readonly identity: FileIdentity | null;
    }
  | { readonly kind: 'stream'; readonly name: string; readonly file: string; readonly identity: FileIdentity }
  | { readonly kind: 'socket'; readonly name: string; readonly file: string; readonly identity: FileIdentity };

/** Links followed at most (as the kernel's own limit for a path). */
const MAX_LINKS = 40;

/** Checks the target of -o and says what it is; throws UsageError with one line when it cannot be written. */
export function resolveOutputTarget(out: string | undefined): OutputTarget {
  if (out === undefined || out === '-') return { kind: 'stdout' };
  if (out === '') throw new UsageError('-o: give a file name, or - for standard output');
  const file = followLinks(out);
  const stat = statOrNull(out, file);
  if (!stat) {
    checkFolder(out, path.dirname(file));
    return { kind: 'file', name: out, file, mode: null, identity: null };
  }
  const identity = { dev: stat.dev, ino: stat.ino };
  if (stat.isDirectory())
    throw new UsageError(`-o ${out}: is a folder; name a file in it, e.g. -o ${path.join(out, 'facts.jsonl')}`);
  if (stat.isSocket()) return { kind: 'socket', name: out, file, identity };
  if (!stat.isFile()) return { kind: 'stream', name: out, file, identity };
  checkFolder(out, path.dirname(file));
  try {
    fs.accessSync(file, fs.constants.W_OK);
  } catch (e) {
    throw new UsageError(`-o ${out}: ${why(e)} (the file may not be written)`);
  }
  return { kind: 'file', name: out, file, mode: stat.mode & 0o7777, identity };
}

/** The path a chain of symbolic links leads to; the path itself when it is not a link (or not there). */
function followLinks(out: string): string {
  let p = out;
  for (let i = 0; i < MAX_LINKS; i++) {
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(p);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return p;
      throw new UsageError(`-o ${out}: ${why(e)}`);
    }
    if (!stat.isSymbolicLink()) return p;
    p = path.resolve(path.dirname(p), fs.readlinkSync(p));
  }
  throw new UsageError(`-o ${out}: symbolic link loop (more than ${MAX_LINKS} links)`);
}

function statOrNull(out: string, file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new UsageError(`-o ${out}: ${why(e)}`);
  }
}

/** The folder the file goes in must be there, be a folder, and take new files (the temporary one). */
function checkFolder(out: string, dir: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`-o ${out}: the folder ${dir} does not exist`);
    throw new UsageError(`-o ${out}: ${why(e)}`);
  }
  if (!stat.isDirectory()) throw new UsageError(`-o ${out}: ${dir} is not a folder`);
  try {
    fs.accessSync(dir, fs.constants.W_OK | fs.constants.X_OK);
  } catch (e) {
    throw new UsageError(`-o ${out}: cannot write in the folder ${dir}: ${why(e)}`);
  }
}

/** A file-system error in a few words. */
export function why(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EFBIG':
      return 'file too large (a file size limit, ulimit -f?)';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'ENAMETOOLONG':
      return 'name too long';
    case 'EIO':
      return 'input/output error';
    case 'ENXIO':
    case 'ECONNREFUSED':
      return 'nothing is listening on it';
    default:
      return err?.message ?? String(e);
  }
}
