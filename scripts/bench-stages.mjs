// Used by scripts/bench.mjs: a CPU profile (node --cpu-prof) of one extract run shared out
// among the pipeline's stages. Each sample goes to the innermost frame on its stack whose
// source file belongs to a stage (a Lexicon scan called by dates/find.ts is the dates
// stage's; a jieba call from the token windows is jieba's), else to what V8 says it was
// (garbage collection, compilation), else to "other".
import fs from 'node:fs';

/** Stages by source folder or file (src/ and its build dist/ alike), first match wins. */
const STAGES = [
  ['jieba load', /nodejieba\/index\.js$/, /^load$/],
  ['jieba', /(?:src|dist)\/segment\/tokens\.|(?:src|dist)\/context\/token-windows\.|nodejieba/],
  ['read', /(?:src|dist)\/(?:read|document)\//],
  ['sentences', /(?:src|dist)\/segment\/|(?:src|dist)\/context\/(?:structure|sections|furniture|context)\./],
  ['quantities', /(?:src|dist)\/numbers\//],
  ['dates', /(?:src|dist)\/dates\/|(?:src|dist)\/context\/dates\./],
  ['places', /(?:src|dist)\/places\//],
  ['frames', /(?:src|dist)\/frames\//],
  ['organizations', /(?:src|dist)\/organizations\//],
  ['indicators', /(?:src|dist)\/indicators\//],
  ['events', /(?:src|dist)\/events\//],
  ['emit', /(?:src|dist)\/emit\/|(?:src|dist)\/pipeline\./],
  [
    'start-up',
    /(?:src|dist)\/rules\/(?:load|parse|ruleset|schema|check)\.|node:internal\/modules|\/node_modules\/(?:zod|yaml)\//,
  ],
];
export const STAGE_NAMES = [...STAGES.map(([name]) => name), 'gc', 'V8 other', 'other'];

/** A function that names the stage of a profile node (by id), walking up to its callers. */
function stageNamer(byId, parent) {
  const memo = new Map();
  const stageOf = (id) => {
    if (memo.has(id)) return memo.get(id);
    const { url, functionName } = byId.get(id).callFrame;
    let s =
      functionName === '(garbage collector)'
        ? 'gc'
        : functionName === '(program)'
          ? 'V8 other'
          : functionName === '(idle)' || functionName === '(root)'
            ? 'idle'
            : (STAGES.find(([, re, fn]) => re.test(url) && (!fn || fn.test(functionName)))?.[0] ?? null);
    if (!s) s = parent.has(id) ? stageOf(parent.get(id)) : 'other';
    memo.set(id, s);
    return s;
  };
  return stageOf;
}

/** Adds up weights by stage; `idle` is left out. */
function byStage(samples, stageOf) {
  const amounts = new Map();
  let total = 0;
  for (const [id, w] of samples) {
    const s = stageOf(id);
    if (s === 'idle') continue;
    amounts.set(s, (amounts.get(s) ?? 0) + w);
    total += w;
  }
  return { amounts, total };
}

/** Seconds of a CPU profile (node --cpu-prof) per stage, and their total. */
export function cpuStages(profileFile) {
  const p = JSON.parse(fs.readFileSync(profileFile, 'utf8'));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const samples = p.samples.map((id, i) => [id, (p.timeDeltas[i] ?? 0) / 1e6]);
  return byStage(samples, stageNamer(byId, parent));
}

/** Bytes of a sampled allocation profile (HeapProfiler) per stage, and their total. */
export function allocStages(profileFile) {
  const p = JSON.parse(fs.readFileSync(profileFile, 'utf8'));
  const byId = new Map();
  const parent = new Map();
  const walk = (n) => {
    byId.set(n.id, n);
    for (const c of n.children) {
      parent.set(c.id, n.id);
      walk(c);
    }
  };
  walk(p.head);
  return byStage(
    p.samples.map((s) => [s.nodeId, s.size]),
    stageNamer(byId, parent),
  );
}
