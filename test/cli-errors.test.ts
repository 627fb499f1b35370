// One line per failure: options that are wrong alone or together are usage errors (exit
// 2) before anything is read; a run ends with a summary line; --max-errors; notes that
// tell what to do; explain reads files as extract does; duplicates are gone.
import { describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseDate } from '../src/cli/options.js';
import { failure, reportBug, runCommandLine } from '../src/cli/main.js';
import { UsageError } from '../src/cli/common.js';
import { processBytes } from '../src/run/process.js';
import { RunTally } from '../src/cli/summary.js';
import type { Segmenter } from '../src/segment/tokens.js';
import { documentFromBytes } from '../src/read/read.js';
import { events, facts } from './helpers.js';
import { createDocument } from '../src/document/document.js';
import { extractFacts } from '../src/pipeline.js';
import { builtinRules } from './helpers.js';
import { jiebaSegmenter } from '../src/segment/tokens.js';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin/extract.js');
const SEED = 'fixtures/seeds/002_1d16421faa7a852a.txt';
const EMPTY = 'fixtures/bad/empty.txt';

function cli(args: string[], input = '') {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The command line run in this process, for usage errors: they end before any output or
 * exit code is set, so nothing here touches the test's own process but stderr, captured.
 */
async function usage(args: string[]) {
  let stderr = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
    stderr += String(s);
    return true;
  });
  try {
    const code = await runCommandLine(['node', 'extract', ...args]);
    return { code, stdout: '', stderr };
  } finally {
    spy.mockRestore();
  }
}

/** What the user sees of a usage error: the line, maybe commander's pointer to --help; no stack, no "internal error". */
function expectUsage(r: { code: number | null; stdout: string; stderr: string }, message: string) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.split('\n')[0]).toContain(message);
  expect(r.stderr.trimEnd().split('\n').length).toBeLessThanOrEqual(2);
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
}

describe('usage errors, before anything is read', () => {
  it('--encoding with a name no decoder knows (the built command: exit 2, nothing read)', () => {
    expectUsage(cli([SEED, '--encoding', 'klingon']), 'unknown encoding "klingon"');
  });

  it('--no-default-rules with no --rules: no rules at all', async () => {
    expectUsage(
      await usage([SEED, '--no-default-rules']),
      '--no-default-rules leaves no rules at all: add yours with --rules DIR',
    );
    expectUsage(await usage(['rules', 'check', '--no-default-rules']), '--no-default-rules leaves no rules at all');
  });

  it('--bom or --documents with a format they do not belong to', async () => {
    expectUsage(await usage([SEED, '--bom', '-f', 'jsonl']), '--bom is for --format csv');
    expectUsage(
      await usage([SEED, '--documents']),
      '--documents is for --format jsonl (json output always lists its documents)',
    );
  });

  it('--ref-date: the form, and a day that does not exist, told apart', async () => {
    expect(() => parseDate('2021/02/03')).toThrow('expected a date as YYYY-MM-DD, e.g. 2021-06-30');
    expect(() => parseDate('2021-02-30')).toThrow('2021-02-30 is not a date: February 2021 has 28 days');
    expect(() => parseDate('2021-13-01')).toThrow('2021-13-01 is not a date: there is no month 13');
    expect(parseDate('2020-02-29')).toBe('2020-02-29');
    expectUsage(await usage([SEED, '--ref-date', '2021-02-30']), '2021-02-30 is not a date: February 2021 has 28 days');
  });

  it('--cache-max-age without --cache; a malformed glob', async () => {
    expectUsage(await usage([SEED, '--cache-max-age', '30']), '--cache-max-age needs --cache DIR');
    expectUsage(await usage([SEED, '-g', '!']), '-g "!": an empty glob');
  });

  it('explain with nothing to explain, or a file that is not there', async () => {
    expectUsage(await usage(['explain', '']), 'explain: nothing to explain: the text is empty');
    expectUsage(cli(['explain'], ''), 'explain: nothing to explain: the text is empty');
    const missing = cli(['explain', '--file', '/nonexistent/page.html']);
    expect(missing).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'extract: /nonexistent/page.html: no such file or folder\n',
    });
  });
});

describe('internal error is for bugs', () => {
  /** What reportBug writes on stderr, with EXTRACT_DEBUG as given. */
  function reported(e: unknown, debug: string | undefined): string {
    let stderr = '';
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
      stderr += String(s);
      return true;
    });
    vi.stubEnv('EXTRACT_DEBUG', debug);
    try {
      reportBug(e);
    } finally {
      vi.unstubAllEnvs();
      spy.mockRestore();
    }
    return stderr;
  }

  it('one line, a request to report it, and the stack only when EXTRACT_DEBUG asks for it', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'start')");
    expect(reported(bug, undefined)).toBe(
      "extract: internal error: Cannot read properties of undefined (reading 'start')\n" +
        'extract: this is a bug in extract: please report it with the command line that gave it (EXTRACT_DEBUG=1 shows where)\n',
    );
    expect(reported(bug, '1')).toMatch(/\(EXTRACT_DEBUG=1 shows where\)\nTypeError: Cannot read .*\n\s+at /);
  });

  it('a bug on one input is the failure of that input, marked a bug, and counted apart for exit 3', () => {
    // A segmenter that breaks whatever is asked of it stands in for a bug in extraction.
    const broken = new Proxy({} as Segmenter, {
      get: () => () => {
        throw new TypeError('x is undefined');
      },
    });
    const r = processBytes('a.txt', Buffer.from('2021年全市生产总值增长8%。\n'), builtinRules(), broken);
    expect(r).toEqual({
      ok: false,
      doc: 'a.txt',
      message: 'internal error while extracting: x is undefined',
      bug: true,
    });
    const tally = new RunTally();
    tally.add(r);
    tally.add({ ok: false, doc: 'b.txt', message: 'no such file or folder' });
    expect([tally.errors, tally.bugs]).toEqual([2, 1]);
  });

  it('exits 3 for a bug, 2 for a usage error, so that a script can tell whose mistake it was', () => {
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(failure(new TypeError('x is undefined'), null)).toBe(3);
      expect(failure(new UsageError('--jobs takes a number'), null)).toBe(2);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('a run', () => {
  it('ends with a summary line on stderr, after a note when dates had no year to be had', () => {
    const text = '5月13日,华为云城市峰会在青岛举行。\n';
    const r = cli(['-', '-t', 'event', '-f', 'jsonl', '--jobs', '64'], text);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^extract: --jobs 64 is more than the \d+ cores here: using \d+$/);
    expect(lines[1]).toBe(
      'extract: 1 document states no publication date: 1 date in it had no year to be had, and events on them were left out (give --ref-date YYYY-MM-DD, the day it was written)',
    );
    expect(lines[2]).toMatch(/^extract: 1 document, 0 facts, 0 errors, 0 cache hits, \d+\.\d s$/);
    expect(events(text, '2021-05-19')).toMatchObject([{ date: '2021-05-13', dateBasis: 'reference' }]);
  });

  it('--max-errors: failures up to the number exit 0, one more exits 1; each is still reported', () => {
    const args = ['no/such/a.txt', 'no/such/b.txt', EMPTY, '-f', 'jsonl'];
    const within = cli([...args, '--max-errors', '2']);
    expect(within.code).toBe(0);
    expect(within.stderr).toContain('extract: no/such/a.txt: no such file or folder\n');
    expect(within.stderr).toMatch(/3 documents, 0 facts, 2 errors \(within --max-errors 2\)/);
    const over = cli([...args, '--max-errors', '1']);
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/2 errors \(more than --max-errors 1\)/);
    const quiet = cli([...args, '-q', '-o', '-']);
    expect(quiet.code).toBe(1);
    expect(quiet.stderr).toBe(
      'extract: no/such/a.txt: no such file or folder\nextract: no/such/b.txt: no such file or folder\n',
    );
    expect(
      quiet.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).type),
    ).toEqual(['error', 'error']);
  });
});

describe('explain reads a file as extract does', () => {
  it('a GBK web page: the decoded visible text, not its markup or bytes', () => {
    const file = 'fixtures/bad/seed-gbk.htm';
    const read = documentFromBytes(file, fs.readFileSync(path.join(ROOT, file)));
    if (!read.ok) throw new Error(read.message);
    const r = cli(['explain', '--file', file]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(new RegExp(`^Text: ${read.document.text.length} characters;`));
    const sentences = r.stdout
      .split('\n')
      .filter((l) => /^\s+\d+ \[\d+,\d+\) /.test(l))
      .map((l) => l.replace(/^\s+\d+ \[\d+,\d+\) /, ''));
    expect(sentences.length).toBeGreaterThan(3);
    for (const s of sentences) expect(read.document.text).toContain(s);
    expect(r.stdout).not.toMatch(/<\/?(p|div|html|meta)\b/i);
  });
});

describe('one fact per type, span and content', () => {
  it('the same event reached twice in one clause is one fact', () => {
    const text = '2019年“诚信之星”今晚发布 2019年“诚信之星”发布实况。';
    // Both triggers (发布, 发布实况) reach the clause: one event, not two. Its 2019年 names the
    // award (2019年“诚信之星”); 今晚 dates the release (src/events/events.ts namedEditionDay).
    expect(events(text, '2020-01-18')).toMatchObject([{ kind: 'release', date: '2020-01-18' }]);
    const all = facts(text, '2020-01-18');
    expect(new Set(all.map((f) => f.id)).size).toBe(all.length);
  });

  // ../shared/corpus/large holds collections read, before -g existed, as one text each: the
  // duplicates were found there. The first 300 records of one, as that text, held one.
  const COLLECTION = path.resolve(ROOT, '../shared/corpus/large/xwlb_cctv_2020-2021.jsonl');
  it.skipIf(!fs.existsSync(COLLECTION))('none in ../shared/corpus (the text the duplicates were found in)', () => {
    const text = fs.readFileSync(COLLECTION, 'utf8').split('\n').slice(0, 300).join('\n');
    const rules = builtinRules();
    const found = extractFacts(createDocument('xwlb.jsonl', text), rules, jiebaSegmenter(rules.dictionary));
    expect(found.length).toBeGreaterThan(1000);
    const ids = found.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    const kinds = found.map((f) => {
      const { id: _id, rule: _rule, ...content } = f;
      return JSON.stringify(content.type === 'event' ? { ...content, yearFrom: null } : content);
    });
    expect(new Set(kinds).size).toBe(kinds.length);
  });
});
