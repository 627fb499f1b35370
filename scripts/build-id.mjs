#!/usr/bin/env node
// Build step, last: one hash of everything `npm run build` wrote to dist/ (the compiled code,
// the built-in rules, the divisions), in dist/build-id.txt. The --cache keys carry it, so a
// nightly cache made by an older build is not served after the extraction code changed while
// package.json's version stayed the same (src/cli/common.ts buildId).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const out = path.join(dist, 'build-id.txt');
const files = fs
  .readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => path.join(e.parentPath ?? e.path, e.name))
  .filter((f) => f !== out && !f.endsWith('.map') && !f.endsWith('.d.ts'))
  .sort();
const hash = crypto.createHash('sha256');
for (const f of files) hash.update(path.relative(dist, f)).update('\0').update(fs.readFileSync(f)).update('\0');
const id = hash.digest('hex').slice(0, 16);
fs.writeFileSync(out, `${id}\n`);
console.log(`build ${id} (${files.length} files in dist/)`);
