#!/usr/bin/env node
// Build step: parse and validate the built-in rule files once, so `extract` starts
// without YAML parsing (see precompiled() in src/rules/load.ts). Runs after tsc.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILTIN_RULES_DIR, listRuleFiles, loadOrder, mergeFiles, mergedHash, parseFile } from '../dist/rules/load.js';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/builtin-rules.json');
const files = listRuleFiles(BUILTIN_RULES_DIR).map((file) => ({
  path: file,
  parsed: parseFile(file, fs.readFileSync(file, 'utf8')),
}));
// The merged hash of the built-ins loaded alone, as loadRules would take it: most runs load
// only them, and hashing every entry again is a part of start-up that never changes.
const hash = mergedHash(mergeFiles(files));
fs.writeFileSync(out, JSON.stringify({ files: files.map((f) => f.parsed), order: loadOrder(files), hash }));
console.log(`compiled ${files.length} built-in rule files to ${path.relative(process.cwd(), out)}`);
