// Inputs chosen on purpose: text-like names by default in folders, -g globs as
// ripgrep's, the -o file and the cache never read back, `--` before a folder named like
// a command, and a hint when such a name was taken for the command.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { selectionOf } from '../src/read/select.js';
import { findInputs } from '../src/read/inputs.js';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin/extract.js');
const ARTICLE = '苏州当年实现第二产业增加值9385.6亿元,同比增长3.4%。\n';
/** An article whose figures are dated in it, so a run says nothing on stderr but its summary. */
const DATED = '2021年,苏州实现第二产业增加值9385.6亿元,同比增长3.4%;全市规模以上工业企业1.2万家。\n';

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-globs-'));
  const files = [
    'news/a.txt',
    'news/b.HTML',
    'news/draft-c.txt',
    'news/archive/old.txt',
    'news/SOURCES.md',
    'news/data.json',
    'news/notes',
    'news/.hidden.txt',
  ];
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), ARTICLE);
  }
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const chosen = (globs: string[]) =>
  findInputs([path.join(dir, 'news')], { selection: selectionOf(globs) }).inputs.map((i) =>
    path.relative(path.join(dir, 'news'), i.path),
  );

describe('which files in folders are read', () => {
  it('by default, text-like names only (.txt .htm .html …, any case); hidden ones never', () => {
    expect(chosen([])).toEqual(['a.txt', 'archive/old.txt', 'b.HTML', 'draft-c.txt']);
    const found = findInputs([path.join(dir, 'news')], { selection: selectionOf([]) });
    expect(found.leftOut).toBe(3);
  });

  it('by default, collections too, but not the output of an earlier run read back', () => {
    const folder = path.join(dir, 'archive');
    fs.mkdirSync(folder);
    fs.copyFileSync(path.join(ROOT, 'fixtures/collections/news.jsonl'), path.join(folder, 'news.jsonl'));
    fs.writeFileSync(path.join(folder, 'list.json'), '[{"text": "苏州实现增加值9385.6亿元。"}]\n');
    fs.writeFileSync(
      path.join(folder, 'facts.jsonl'),
      '{"id":"i-c00aab484946ce4d","type":"indicator","doc":"a.txt"}\n',
    );
    fs.writeFileSync(path.join(folder, 'errors.jsonl'), '{"type":"error","doc":"b.txt","message":"no such file"}\n');
    fs.writeFileSync(path.join(folder, 'facts.csv'), 'id,doc,type,start,end,text,rule,metric\n');
    fs.writeFileSync(path.join(folder, 'facts.json'), '{"tool":{"name":"extract"},"documents":[],"facts":[]}\n');
    const found = findInputs([folder], { selection: selectionOf([]) });
    expect(found.inputs.map((i) => path.basename(i.path))).toEqual(['list.json', 'news.jsonl']);
    expect(found.leftOut).toBe(4);
    expect(findInputs([path.join(folder, 'facts.jsonl')], { selection: selectionOf([]) }).inputs).toHaveLength(1);
  });

  it('-g chooses instead; a glob without / matches the name at any depth', () => {
    expect(chosen(['*.md'])).toEqual(['SOURCES.md']);
    expect(chosen(['*.txt', '*.json'])).toEqual(['a.txt', 'archive/old.txt', 'data.json', 'draft-c.txt']);
    expect(chosen(['*'])).toEqual([
      'SOURCES.md',
      'a.txt',
      'archive/old.txt',
      'b.HTML',
      'data.json',
      'draft-c.txt',
      'notes',
    ]);
  });

  it('!glob leaves out, of the default or of what other globs chose; a folder left out is not walked', () => {
    expect(chosen(['!draft-*'])).toEqual(['a.txt', 'archive/old.txt', 'b.HTML']);
    expect(chosen(['!archive'])).toEqual(['a.txt', 'b.HTML', 'draft-c.txt']);
    expect(chosen(['*', '!*.md', '!notes'])).toEqual([
      'a.txt',
      'archive/old.txt',
      'b.HTML',
      'data.json',
      'draft-c.txt',
    ]);
  });

  it('the last glob that matches wins, as in ripgrep', () => {
    // A glob that chooses (draft-*) leaves out what no glob matches (b.HTML), as ripgrep's whitelist does.
    expect(chosen(['!*.txt', 'draft-*'])).toEqual(['draft-c.txt']);
    expect(chosen(['draft-*', '!*.txt'])).toEqual([]);
  });

  it('a glob with / matches the path under the folder given', () => {
    expect(chosen(['archive/*.txt'])).toEqual(['archive/old.txt']);
  });

  it('files named as arguments are always read', () => {
    const named = path.join(dir, 'news', 'SOURCES.md');
    expect(findInputs([named], { selection: selectionOf(['!*.md']) }).inputs).toEqual([{ kind: 'file', path: named }]);
  });

  it('a malformed glob is an error naming it', () => {
    expect(() => selectionOf(['!'])).toThrow(/-g "!": an empty glob/);
  });
});

describe('the output and the cache are never read back', () => {
  it('excluded by what they are, whatever the path that leads to them', () => {
    const news = path.join(dir, 'news');
    const target = fs.statSync(path.join(news, 'a.txt'));
    const archive = fs.statSync(path.join(news, 'archive'));
    const found = findInputs([news, path.join(news, 'a.txt')], {
      selection: selectionOf([]),
      exclude: [target, archive],
    });
    expect(found.inputs.map((i) => path.basename(i.path))).toEqual(['b.HTML', 'draft-c.txt']);
    expect(found.excluded).toEqual([path.join(news, 'a.txt')]);
  });

  it('the command: extract inout -o inout/facts.jsonl again and again, the same facts each time', () => {
    // The case: 2, then 5, then 24 facts, as each run read the last one's output back.
    const inout = path.join(dir, 'inout-default');
    fs.mkdirSync(inout);
    fs.writeFileSync(path.join(inout, 'a.txt'), DATED);
    const runs = [1, 2].map(() => {
      const r = cli([inout, '-f', 'jsonl', '-o', path.join(inout, 'facts.jsonl')], dir);
      return { code: r.code, stderr: r.stderr, facts: fs.readFileSync(path.join(inout, 'facts.jsonl'), 'utf8') };
    });
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    expect(runs[0]!.facts).toMatch(/^\{"id":"i-/);
    expect(runs[1]!.facts).toBe(runs[0]!.facts);
    expect(runs[1]!.stderr).toMatch(/^extract: 1 document, [1-9]\d* facts?, 0 errors/);
    // Under another name (a third run), the earlier output is known by its first line and left out too.
    const other = cli([inout, '-f', 'jsonl', '-o', path.join(inout, 'again.jsonl')], dir);
    expect(other.code).toBe(0);
    expect(fs.readFileSync(path.join(inout, 'again.jsonl'), 'utf8')).toBe(runs[0]!.facts);
  });

  it('the command: -o inside the input folder, read back by nothing, run after run', () => {
    // The worst case: every file read (-g '*'), the output named like an input, the cache inside too.
    const inout = path.join(dir, 'inout');
    fs.mkdirSync(inout);
    fs.writeFileSync(path.join(inout, 'a.txt'), DATED);
    fs.mkdirSync(path.join(inout, 'cache'));
    const args = [
      inout,
      '-f',
      'jsonl',
      '-o',
      path.join(inout, 'facts.txt'),
      '--cache',
      path.join(inout, 'cache'),
      '-g',
      '*',
    ];
    const first = cli(args, dir);
    const once = fs.readFileSync(path.join(inout, 'facts.txt'), 'utf8');
    const second = cli(args, dir);
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(fs.readFileSync(path.join(inout, 'facts.txt'), 'utf8')).toBe(once);
    expect(once).toMatch(/^\{"id":"i-/);
    expect(second.stderr).toMatch(/^extract: 1 document, [1-9]\d* facts?, 0 errors, 1 cache hit, [\d.]+ s\n$/);
  });
});

describe('a folder named like a command', () => {
  it('is taken as the command, with a hint; after -- it is a folder', () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-shadow-'));
    fs.mkdirSync(path.join(cwd, 'rules'));
    fs.writeFileSync(path.join(cwd, 'rules', 'a.txt'), 'No figures here.\n');
    const taken = cli(['rules', '-f', 'jsonl'], cwd);
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain("error: unknown option '-f'");
    expect(taken.stderr).toContain(
      'extract: "rules" was taken as the command `extract rules`; to read the folder rules, write: extract -- rules (or ./rules)\n',
    );
    // Options first, as one writes `extract -f jsonl news`: `extract rules` without a
    // subcommand, its help on stderr, and a failure, not an empty run that exits 0.
    const bare = cli(['-f', 'jsonl', 'rules'], cwd);
    expect(bare).toMatchObject({ code: 2, stdout: '' });
    expect(bare.stderr).toMatch(/^Usage: extract rules /);
    expect(bare.stderr).toContain('extract: "rules" was taken as the command `extract rules`');
    const asked = cli(['rules', 'help'], cwd);
    expect(asked).toMatchObject({ code: 0, stderr: '' });
    expect(asked.stdout).toMatch(/^Usage: extract rules /);
    const read = cli(['-f', 'jsonl', '--documents', '-q', '--', 'rules'], cwd);
    expect(read.code).toBe(0);
    expect(JSON.parse(read.stdout)).toMatchObject({ type: 'document', doc: 'rules/a.txt', facts: 0 });
    fs.rmSync(cwd, { recursive: true, force: true });
  });
});
