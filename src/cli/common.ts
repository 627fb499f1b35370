// What every command shares: exit codes, the package's name and version, messages.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * 0 success; 1 some input failed (more than --max-errors), or a check found failures;
 * 2 usage error, invalid rule files, or an output that cannot be written; 3 a bug in extract
 * (an "internal error"), apart from 2 so that a nightly script can tell its own mistake from ours.
 */
export const EXIT = { ok: 0, failed: 1, usage: 2, bug: 3 } as const;

export function packageInfo(): { name: string; version: string } {
  const pkgPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../package.json');
  const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8')) as { name: string; version: string };
  return { name: pkg.name, version: pkg.version };
}

/**
 * What the --cache keys name as the tool: the package's version and the build's id, a hash of
 * all `npm run build` wrote (scripts/build-id.mjs). Extraction changes between releases too, and
 * a cache must not serve a run of the old code; a tree built without the id keys on the version.
 */
export function cacheVersion(): string {
  const { version } = packageInfo();
  const idPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../build-id.txt');
  try {
    return `${version}+${fs.readFileSync(idPath, 'utf8').trim()}`;
  } catch {
    return version;
  }
}

/**
 * One line on standard error: a failure, a warning, a note. A line break in what the
 * message quotes (a parser's excerpt of a text given to diff, a file name) is written as
 * `\n`, so that one failure stays one line for whoever reads stderr line by line.
 */
export function warn(message: string): void {
  process.stderr.write(`extract: ${oneLine(message)}\n`);
}

/** A line break becomes the two characters `\n` (a carriage return `\r`), as JSON spells them. */
export const oneLine = (message: string): string => message.replace(/\r/g, '\\r').replace(/\n/g, '\\n');

/**
 * A mistake in how the command was called, or an output or option that cannot work:
 * one line on stderr, exit 2, and nothing written.
 */
export class UsageError extends Error {}
