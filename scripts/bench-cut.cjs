// Used by scripts/bench.mjs: bare nodejieba `cut` over share i of n of a corpus's files
// (by index), in a process of its own. It loads jieba and reads its files, prints
// "ready", waits for a line on stdin, cuts, and prints the seconds the cutting took: the
// bench starts n of these together so the cutting overlaps, not the loading.
const fs = require('node:fs');
const path = require('node:path');
const readline = require('node:readline');
const [root, dir, i, n] = process.argv.slice(2);
const jieba = require(path.join(root, 'node_modules/nodejieba'));
jieba.load();
const { listFiles } = require('./list-files.cjs');
const texts = listFiles(dir)
  .filter((_, k) => k % Number(n) === Number(i))
  .map((f) => fs.readFileSync(f, 'utf8'));
console.log('ready');
readline.createInterface({ input: process.stdin }).once('line', () => {
  const t0 = process.hrtime.bigint();
  for (const t of texts) jieba.cut(t);
  console.log(String(Number(process.hrtime.bigint() - t0) / 1e9));
  process.exit(0);
});
