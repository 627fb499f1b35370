#!/usr/bin/env node
// Entry point of the `extract` command; the code is in src/cli/main.ts (built to dist/).
import { main } from '../dist/cli/main.js';

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`extract: internal error: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 2;
  },
);
