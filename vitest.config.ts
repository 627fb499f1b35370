import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Tests import '../src/…/x.js' (so tsc checks them against the sources) but run the
    // built code in dist/ (npm test builds first): what is tested is what ships, and
    // modules the code loads lazily with require (rules/parse.js) are there to load.
    alias: [{ find: /^(?:\.\.\/)+src\/(.*)$/, replacement: path.resolve(import.meta.dirname, 'dist/$1') }],
  },
  test: {
    // jieba is a native addon that loads 240 MiB once per process: use forks, few of them.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        // A fork runs file after file: jieba and the rules load once per fork, not once per test file.
        test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: ['test/interrupt.test.ts'], isolate: false },
      },
      {
        extends: true,
        // It asks whether this process has loaded jieba: a process of its own.
        test: { name: 'isolated', include: ['test/interrupt.test.ts'], isolate: true },
      },
    ],
  },
});
