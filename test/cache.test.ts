// The cache is only ever a speed-up: a damaged entry is a miss and is written again, a
// cache that cannot be made or written is one warning and the run goes on, a /proc path
// cannot make it spin, and `cache prune` removes what has not been used for a while.
import { describe, expect, it, beforeEach, afterEach } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ResultCache, CACHEDIR_TAG } from '../src/run/cache.js';
import { pruneCache } from '../src/run/prune.js';
import { cacheVersion, packageInfo } from '../src/cli/common.js';
import type { DocumentOutcome } from '../src/emit/outcome.js';
import { failureRecord } from '../src/emit/outcome.js';
import type { Indicator } from '../src/facts.js';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin/extract.js');
const KEY = 'ab'.padEnd(64, '0');

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-cache-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const gdp: Indicator = {
  id: 'c00aab484946ce4d',
  type: 'indicator',
  doc: 'a.txt',
  start: 6,
  end: 30,
  text: '第二产业增加值9385.6亿元,同比增长3.4%',
  rule: 'metrics.yaml#value_added_secondary@680b84077fc5',
  metric: 'value_added_secondary',
  label: '第二产业增加值',
  region: '苏州',
  period: '2021',
  value: 938560000000,
  unit: 'CNY',
  measure: null,
  raw: '9385.6亿元',
  approx: null,
  change: { basis: 'yoy', value: 3.4, unit: '%' },
  status: 'actual',
};

const sample = (): DocumentOutcome => ({
  ok: true,
  record: { ...failureRecord('a.txt', ''), error: null, sha256: 'ab', facts: 1 },
  facts: [gdp],
});

const entryFile = (cacheDir: string) => path.join(cacheDir, KEY.slice(0, 2), `${KEY}.json`);

describe('damaged entries are misses', () => {
  it('an entry reads back as it was written', () => {
    const cache = new ResultCache(path.join(dir, 'c'));
    const outcome = sample();
    cache.put(KEY, outcome);
    const back = cache.get(KEY);
    expect(back?.ok && back.facts).toEqual(outcome.ok && outcome.facts);
    expect(fs.existsSync(path.join(dir, 'c', CACHEDIR_TAG))).toBe(true);
  });

  it.each([
    ['cut in half', (text: string) => text.slice(0, text.length >> 1)],
    ['emptied', () => ''],
    ['garbage', () => '\u0000\u0001 not json'],
    ['a fact line changed', (text: string) => text.replace('9385.6亿元', '9385.7亿元')],
    ['the layout of an older version (no header)', (text: string) => text.slice(text.indexOf('\n') + 1)],
  ])('%s: a miss, counted, and written again by the next put', (_name, damage) => {
    const cache = new ResultCache(path.join(dir, 'c'));
    cache.put(KEY, sample());
    const file = entryFile(path.join(dir, 'c'));
    fs.writeFileSync(file, damage(fs.readFileSync(file, 'utf8')));
    expect(cache.get(KEY)).toBeNull();
    expect({ misses: cache.misses, damaged: cache.damaged, hits: cache.hits }).toEqual({
      misses: 1,
      damaged: 1,
      hits: 0,
    });
    cache.put(KEY, sample());
    expect(cache.get(KEY)).not.toBeNull();
  });

  it('an entry that cannot be read (a folder in its place) is a miss too', () => {
    const cache = new ResultCache(path.join(dir, 'c'));
    fs.mkdirSync(entryFile(path.join(dir, 'c')), { recursive: true });
    expect(cache.get(KEY)).toBeNull();
    expect(cache.damaged).toBe(1);
  });

  it('a hit marks the entry as used now (what prune goes by)', () => {
    const cache = new ResultCache(path.join(dir, 'c'));
    cache.put(KEY, sample());
    const old = new Date(Date.now() - 40 * 86_400_000);
    fs.utimesSync(entryFile(path.join(dir, 'c')), old, old);
    cache.get(KEY);
    expect(fs.statSync(entryFile(path.join(dir, 'c'))).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
  });
});

describe('a cache that cannot be used is a warning, and the run goes on', () => {
  it('--cache naming a file', () => {
    const file = path.join(dir, 'afile');
    fs.writeFileSync(file, '');
    const warnings: string[] = [];
    const cache = new ResultCache(file, { warn: (m) => warnings.push(m) });
    expect(cache.usable).toBe(false);
    expect(warnings).toEqual([`cache: cannot use ${file}: ${file} is not a folder; going on without it`]);
    cache.put(KEY, sample());
    expect(cache.get(KEY)).toBeNull();
  });

  it('a folder that stops taking entries: warned once, then left alone', () => {
    const warnings: string[] = [];
    const cache = new ResultCache(path.join(dir, 'c'), { warn: (m) => warnings.push(m) });
    fs.writeFileSync(path.join(dir, 'c', KEY.slice(0, 2)), 'a file where the entry folder goes');
    cache.put(KEY, sample());
    cache.put(KEY, sample());
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^cache: cannot write in .*: .* is not a folder; going on without it$/);
    expect(cache.usable).toBe(false);
  });

  it('a /proc path ends at once (it made Node’s recursive mkdir spin forever)', () => {
    // In a child with a time limit: were it to spin, the test fails instead of hanging.
    const script = `import('${path.join(ROOT, 'dist/run/cache.js')}').then(({ ResultCache }) => {
      const c = new ResultCache('/proc/extract-no-such/cache', { warn: (m) => console.log(m) });
      console.log(c.usable);
    })`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(r.signal).toBeNull();
    expect(r.stdout).toBe(
      'cache: cannot use /proc/extract-no-such/cache: cannot make the folder /proc/extract-no-such there; going on without it\nfalse\n',
    );
  });

  it('the command: an entry that cannot be read in a cache that cannot be written is not said to be written again', () => {
    const c = path.join(dir, 'c');
    const run = () =>
      spawnSync(process.execPath, [BIN, 'fixtures/bad/empty.txt', '--cache', c], { cwd: ROOT, encoding: 'utf8' });
    const first = run();
    expect(first.status).toBe(0);
    // The entry's folder made a file (root may write anywhere, so not a permission): the
    // entry cannot be read, and no entry can be written there.
    const shard = fs.readdirSync(c).find((n) => n !== CACHEDIR_TAG)!;
    fs.rmSync(path.join(c, shard), { recursive: true });
    fs.writeFileSync(path.join(c, shard), 'not a folder');
    const second = run();
    expect(second.status).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    const lines = second.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^extract: cache: cannot write in .*: .* is not a folder; going on without it$/);
    expect(lines[1]).toBe('extract: cache: 1 damaged or unreadable entry was a miss');
    expect(lines[2]).toMatch(/^extract: 1 document, 0 facts, 0 errors, 0 cache hits, [\d.]+ s$/);
  });

  it('the command: --cache /proc/x warns, extracts, exits 0', () => {
    const r = spawnSync(process.execPath, [BIN, 'fixtures/bad/empty.txt', '--cache', '/proc/x'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe(
      'extract: cache: cannot use /proc/x: cannot make the folder /proc/x there; going on without it',
    );
    expect(JSON.parse(r.stdout).documents).toHaveLength(1);
  });
});

describe('cache prune', () => {
  function plant(cacheDir: string, name: string, daysOld: number) {
    const file = path.join(cacheDir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, 'x'.repeat(100));
    const t = new Date(Date.now() - daysOld * 86_400_000);
    fs.utimesSync(file, t, t);
    return file;
  }

  it('removes entries not used for the days given, and leftovers of killed runs; nothing else', () => {
    const c = path.join(dir, 'c');
    const old = plant(c, `aa/${'a'.repeat(64)}.json`, 40);
    const recent = plant(c, `bb/${'b'.repeat(64)}.json`, 2);
    const temp = plant(c, `cc/${'c'.repeat(64)}.json.0123456789ab.tmp`, 1);
    const mine = plant(c, 'aa/notes.txt', 400);
    const tag = plant(c, CACHEDIR_TAG, 400);
    expect(pruneCache(c, 30)).toEqual({ removed: 2, bytes: 200, kept: 1 });
    expect([old, recent, temp, mine, tag].map((f) => fs.existsSync(f))).toEqual([false, true, false, true, true]);
  });

  it('extract cache prune DIR --max-age DAYS; --cache-max-age after a run', () => {
    const c = path.join(dir, 'c');
    plant(c, `aa/${'a'.repeat(64)}.json`, 40);
    const pruned = spawnSync(process.execPath, [BIN, 'cache', 'prune', c, '--max-age', '30'], { encoding: 'utf8' });
    expect(pruned).toMatchObject({
      status: 0,
      stdout: `${c}: removed 1 entry not used for 30 days (100 bytes); kept 0\n`,
    });
    const usage = spawnSync(process.execPath, [BIN, 'cache', 'prune', c], { encoding: 'utf8' });
    expect(usage).toMatchObject({ status: 2, stderr: 'extract: cache prune: say how old with --max-age DAYS\n' });
    const missing = spawnSync(process.execPath, [BIN, 'cache', 'prune', path.join(dir, 'none'), '--max-age', '1'], {
      encoding: 'utf8',
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^extract: cache prune: cannot read .*none: no such file or folder\n$/);

    plant(c, `dd/${'d'.repeat(64)}.json`, 40);
    const run = spawnSync(
      process.execPath,
      [BIN, 'fixtures/bad/empty.txt', '-f', 'jsonl', '--cache', c, '--cache-max-age', '30'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('extract: cache: removed 1 entry not used for 30 days (100 bytes)');
    expect(fs.readdirSync(path.join(c, 'dd'))).toEqual([]);
  });
});

describe('the cache names the build', () => {
  it("keys carry the build's id, so a cache made by older code is not served after a rebuild", () => {
    const id = fs.readFileSync(path.join(ROOT, 'dist/build-id.txt'), 'utf8').trim();
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(cacheVersion()).toBe(`${packageInfo().version}+${id}`);
  });
});
