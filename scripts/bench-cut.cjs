// Used by scripts/bench.mjs: bare nodejieba `cut` over share i of n of a corpus's files
// (by index), in a process of its own: loads jieba, reads its files, cuts each. The
// baseline every extract run is compared with, load included as in extract.
const fs = require('node:fs');
const path = require('node:path');
const [root, dir, i, n] = process.argv.slice(2);
const jieba = require(path.join(root, 'node_modules/nodejieba'));
jieba.load();
const { listFiles } = require('./list-files.cjs');
for (const f of listFiles(dir).filter((_, k) => k % Number(n) === Number(i))) jieba.cut(fs.readFileSync(f, 'utf8'));
