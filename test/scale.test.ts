// Scale features, tested for what they produce, not for speed (that is npm run bench):
// workers give the same bytes, shards partition the inputs, the cache serves and
// invalidates, and a large file read in parts keeps the offset contract.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { processLargeFile } from '../src/run/large.js';
import { builtinRules } from './helpers.js';
import { jiebaSegmenter } from '../src/segment/tokens.js';
import { createDocument } from '../src/document/document.js';
import { extractFacts } from '../src/pipeline.js';
import type { Fact } from '../src/facts.js';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin/extract.js');
const SEEDS = 'fixtures/seeds';

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Each run loads jieba (~1.3 s alone); on a busy shared machine six runs take minutes.
// The limit guards against a hang; it is not a speed claim.
const SPAWNS = { timeout: 240_000 };

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'extract-scale-'));

describe('--jobs', () => {
  it('--jobs 2 writes the same bytes as --jobs 1, in every format', SPAWNS, () => {
    for (const format of ['json', 'jsonl', 'csv']) {
      const one = run([SEEDS, '--format', format, '--jobs', '1']);
      const two = run([SEEDS, '--format', format, '--jobs', '2']);
      expect(one.code).toBe(0);
      expect(two.stdout).toBe(one.stdout);
    }
  });
});

describe('--shard', () => {
  it('the shards partition the inputs: their union is the whole, line for line', SPAWNS, () => {
    const whole = run([SEEDS, 'fixtures/gold', '--format', 'jsonl']).stdout.split('\n').filter(Boolean);
    const parts = [1, 2, 3].map((i) =>
      run([SEEDS, 'fixtures/gold', '--format', 'jsonl', '--shard', `${i}/3`])
        .stdout.split('\n')
        .filter(Boolean),
    );
    expect(parts.flat().sort()).toEqual([...whole].sort());
    expect(parts.filter((p) => p.length > 0).length).toBeGreaterThan(1);
  });

  it('a bad shard is a usage error', () => {
    expect(run([SEEDS, '--shard', '4/3']).code).toBe(2);
    expect(run([SEEDS, '--shard', 'two']).code).toBe(2);
  });
});

describe('--cache', () => {
  it('a warm run gives the same bytes from the cache; a rule change misses it', SPAWNS, () => {
    const dir = tmp();
    const entries = () => fs.readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.json')).length;
    const cold = run([SEEDS, '--format', 'jsonl', '--cache', dir]);
    expect(entries()).toBe(5);
    const warm = run([SEEDS, '--format', 'jsonl', '--cache', dir]);
    expect(warm.stdout).toBe(cold.stdout);
    expect(entries()).toBe(5);

    // A tampered entry is not read: it fails its checksum, is a miss, and the facts are extracted again.
    const file = fs
      .readdirSync(dir, { recursive: true })
      .map(String)
      .find((f) => f.endsWith('.json'))!;
    const lines = fs.readFileSync(path.join(dir, file), 'utf8').split('\n');
    fs.writeFileSync(path.join(dir, file), `${lines.slice(0, 2).join('\n')}\n`);
    expect(run([SEEDS, '--format', 'jsonl', '--cache', dir]).stdout).toBe(cold.stdout);

    const rules = tmp();
    fs.writeFileSync(
      path.join(rules, 'mine.yaml'),
      'metrics:\n  - id: extra\n    names: [换电站]\n    examples:\n      - text: 建成换电站20座。\n        expect: [{ type: indicator, metric: extra }]\n',
    );
    const changed = run([SEEDS, '--format', 'jsonl', '--cache', dir, '--rules', rules]);
    expect(entries()).toBe(10);
    expect(changed.stdout).not.toBe(cold.stdout); // the rule hash in every fact's rule
  });
});

describe('a large file read in parts', () => {
  it('keeps offsets into the whole text, one organization fact per organization, the figures of the whole', async () => {
    const text = fs
      .readdirSync(path.join(ROOT, SEEDS))
      .sort()
      .map((f) => fs.readFileSync(path.join(ROOT, SEEDS, f), 'utf8'))
      .join('\n\n');
    const file = path.join(tmp(), 'big.txt');
    fs.writeFileSync(file, text);
    const rules = builtinRules();
    const segmenter = jiebaSegmenter(rules.dictionary);
    const outcomes = [];
    for await (const o of processLargeFile(file, rules, segmenter, { partChars: 3000, blockBytes: 4096 }))
      outcomes.push(o);
    expect(outcomes.length).toBeGreaterThan(5);
    const facts: Fact[] = outcomes.flatMap((o) => (o.ok ? [...o.facts] : []));
    for (const f of facts) expect(text.slice(f.start, f.end)).toBe(f.text);
    const last = outcomes[outcomes.length - 1]!;
    expect(last).toMatchObject({ ok: true, record: { chars: text.length, facts: facts.length } });
    const orgs = facts.filter((f) => f.type === 'organization');
    expect(new Set(orgs.map((o) => (o.type === 'organization' ? o.canonical : ''))).size).toBe(orgs.length);

    const whole = extractFacts(createDocument(file, text), rules, segmenter);
    const figures = (list: Fact[]) =>
      list.flatMap((f) => (f.type === 'indicator' ? [`${f.start}:${f.value}:${f.unit}`] : [])).sort();
    expect(figures(facts)).toEqual(figures(whole));
  });
});
