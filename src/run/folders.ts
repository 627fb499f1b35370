// Making a folder and the folders above it, a bounded number of steps. Node's own
// `mkdirSync(dir, { recursive: true })` loops forever where mkdir fails with ENOENT
// although the parent is there (under /proc, /sys): --cache /proc/x spun at 100% CPU.
import fs from 'node:fs';
import path from 'node:path';

/** The folder exists afterwards, or this throws (one step per missing folder, each tried once). */
export function makeFolders(dir: string): void {
  const missing: string[] = [];
  for (let p = path.resolve(dir); ; p = path.dirname(p)) {
    const stat = statOrNull(p);
    if (stat) {
      if (!stat.isDirectory()) throw new Error(`${p} is not a folder`);
      break;
    }
    missing.push(p);
    if (path.dirname(p) === p) break; // the root itself is missing: mkdir below says why
  }
  for (const p of missing.reverse()) {
    try {
      fs.mkdirSync(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' && statOrNull(p)?.isDirectory()) continue; // made meanwhile by another run
      if (code === 'ENOENT') throw new Error(`cannot make the folder ${p} there`, { cause: e });
      throw e;
    }
  }
}

function statOrNull(p: string): fs.Stats | null {
  try {
    return fs.statSync(p);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}
