#!/usr/bin/env node
// Build step: parse and validate the built-in rule files once, so `extract` starts
// without YAML parsing (see precompiled() in src/rules/load.ts). Runs after tsc.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILTIN_RULES_DIR, listRuleFiles, parseFile } from '../dist/rules/load.js';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/builtin-rules.json');
const parsed = listRuleFiles(BUILTIN_RULES_DIR).map((file) => parseFile(file, fs.readFileSync(file, 'utf8')));
fs.writeFileSync(out, JSON.stringify(parsed));
console.log(`compiled ${parsed.length} built-in rule files to ${path.relative(process.cwd(), out)}`);
