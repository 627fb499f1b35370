// What every command shares: exit codes, the package's name and version, messages.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InvalidArgumentError } from 'commander';

/** 0 success; 1 some input failed, or a check found failures; 2 usage error or invalid rule files. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export function packageInfo(): { name: string; version: string } {
  const pkgPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../package.json');
  const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8')) as { name: string; version: string };
  return { name: pkg.name, version: pkg.version };
}

export function warn(message: string): void {
  process.stderr.write(`extract: ${message}\n`);
}

export function parseDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.getUTCMonth() !== Number(m[2]) - 1) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  return value;
}

/** For repeatable options: --rules a --rules b. */
export const collect = (value: string, previous: string[]) => [...previous, value];
