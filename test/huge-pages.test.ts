// The restart with malloc on huge pages (src/cli/huge-pages.ts): when it is worth it, and
// that the restarted process gets the setting and hands its exit status back.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HUGE_PAGES_TUNABLE, hugePagesEnv, thisHost, type HostFacts } from '../src/cli/huge-pages.js';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin/extract.js');
const linux: HostFacts = {
  platform: 'linux',
  env: { PATH: '/bin' },
  thpMode: 'always [madvise] never\n',
  glibc: '2.36',
  args: ['news/', '-o', 'facts.jsonl'],
};

describe('whether to start again on huge pages', () => {
  it('on Linux with glibc 2.35 or later and huge pages given on request, sets the tunable', () => {
    expect(hugePagesEnv(linux)).toEqual({ PATH: '/bin', GLIBC_TUNABLES: HUGE_PAGES_TUNABLE });
    expect(hugePagesEnv({ ...linux, glibc: '2.35' })?.GLIBC_TUNABLES).toBe(HUGE_PAGES_TUNABLE);
  });

  it("adds to the user's own tunables, and leaves any hugetlb setting of theirs alone", () => {
    const env = { GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' };
    expect(hugePagesEnv({ ...linux, env })?.GLIBC_TUNABLES).toBe(`glibc.malloc.arena_max=2:${HUGE_PAGES_TUNABLE}`);
    expect(hugePagesEnv({ ...linux, env: { GLIBC_TUNABLES: 'glibc.malloc.hugetlb=0' } })).toBeNull();
    // the restarted process itself: no second restart
    expect(hugePagesEnv({ ...linux, env: { GLIBC_TUNABLES: HUGE_PAGES_TUNABLE } })).toBeNull();
  });

  it('does not restart where it would gain nothing', () => {
    expect(hugePagesEnv({ ...linux, platform: 'darwin' })).toBeNull();
    expect(hugePagesEnv({ ...linux, glibc: null })).toBeNull(); // musl
    expect(hugePagesEnv({ ...linux, glibc: '2.34' })).toBeNull(); // the tunable is newer
    expect(hugePagesEnv({ ...linux, thpMode: '[always] madvise never' })).toBeNull(); // given anyway
    expect(hugePagesEnv({ ...linux, thpMode: 'always madvise [never]' })).toBeNull();
    expect(hugePagesEnv({ ...linux, thpMode: null })).toBeNull();
  });

  it('does not restart a run that hardly ever loads jieba: with --cache, or a command that reads no text', () => {
    expect(hugePagesEnv({ ...linux, args: ['news/', '--cache', '.cache'] })).toBeNull();
    expect(hugePagesEnv({ ...linux, args: ['news/', '--cache=.cache'] })).toBeNull();
    expect(hugePagesEnv({ ...linux, args: ['schema'] })).toBeNull();
    expect(hugePagesEnv({ ...linux, args: ['--version'] })).toBeNull();
    expect(hugePagesEnv({ ...linux, args: ['explain', 'a.txt'] })).not.toBeNull();
  });
});

describe.runIf(hugePagesEnv(thisHost()) !== null)('the restart, on this machine', () => {
  it('runs the command again with the tunable set, and ends as it ended', () => {
    // A preload runs in both processes (the node options are passed on): each says what it has.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-huge-'));
    const probe = path.join(dir, 'probe.cjs');
    fs.writeFileSync(probe, "process.stderr.write('tunables=' + (process.env.GLIBC_TUNABLES ?? '') + '\\n');\n");
    const env = { ...process.env };
    delete env.GLIBC_TUNABLES;
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['-r', probe, BIN, ...args], { cwd: ROOT, encoding: 'utf8', env });
    const ok = run('fixtures/seeds/002_1d16421faa7a852a.txt', '-f', 'jsonl');
    const failed = run('no-such-file.txt');
    fs.rmSync(dir, { recursive: true, force: true });
    const said = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('tunables='));
    expect(said(ok.stderr)).toEqual(['tunables=', `tunables=${HUGE_PAGES_TUNABLE}`]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^\{"id":/);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/^extract: no-such-file\.txt: no such file or folder$/m);
  });
});
