// Ending early: a reader that closes the pipe, an interrupted run writing -o, and a
// fully cached run that never needs jieba.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadRuleSet } from '../src/rules/ruleset.js';
import { expandInputs } from '../src/read/inputs.js';
import { runInputs } from '../src/run/runner.js';
import { ResultCache } from '../src/run/cache.js';
import { jiebaLoaded } from '../src/segment/tokens.js';
import { cacheVersion } from '../src/cli/common.js';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin/extract.js');

describe('ending early', () => {
  it('a closed pipe (extract … | head -1) ends quietly with exit 0', () => {
    const r = spawnSync('sh', ['-c', `node ${BIN} fixtures/seeds fixtures/seeds --format jsonl --jobs 1 | head -1`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toBe('');
  });

  it('an interrupted run leaves no -o file, whole or partial', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-int-'));
    const docs = path.join(dir, 'docs');
    fs.mkdirSync(docs);
    const seed = fs.readFileSync(path.join(ROOT, 'fixtures/seeds/001_d6ae24f41e092b6e.txt'), 'utf8');
    for (let i = 0; i < 400; i++) fs.writeFileSync(path.join(docs, `${String(i).padStart(4, '0')}.txt`), seed);
    const out = path.join(dir, 'facts.jsonl');
    const child = spawn(process.execPath, [BIN, docs, '--format', 'jsonl', '--jobs', '1', '-o', out], { cwd: ROOT });
    // Wait until it is writing (its temporary file exists), then interrupt.
    for (let t = 0; t < 600 && !fs.readdirSync(dir).some((f) => f.endsWith('.tmp')); t++)
      await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 1500));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    expect(code).toBe(130);
    expect(fs.readdirSync(dir).sort()).toEqual(['docs']);
  });
});

describe('--cache', () => {
  it('a run served wholly from the cache does not load jieba', async () => {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-cache-'));
    // Fill the cache in another process, then read it back in this one.
    expect(
      spawnSync(process.execPath, [BIN, 'fixtures/seeds', '--format', 'jsonl', '--cache', cache], { cwd: ROOT }).status,
    ).toBe(0);
    const rules = loadRuleSet();
    const results = [];
    // Same paths and version as the CLI run (cache keys include the path as given and the build); tests run from the project root.
    for await (const r of runInputs(expandInputs(['fixtures/seeds']), {
      rules,
      jobs: 1,
      refDate: null,
      cache: new ResultCache(cache),
      version: cacheVersion(),
    }))
      results.push(r);
    expect(results).toHaveLength(5);
    expect(results.every((r) => r.ok && r.facts.length > 0)).toBe(true);
    expect(jiebaLoaded()).toBe(false);
  });
});
