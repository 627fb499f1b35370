// Real-world input: other encodings, HTML pages, full-width forms, binary and
// unreadable files. Fixtures in fixtures/bad/ come from scripts/make-bad-fixtures.mjs;
// big inputs and file-system oddities are made here, at test time.
import { describe, expect, it, beforeAll, afterAll, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { decode, declaredCharset } from '../src/read/decode.js';
import { htmlToText, looksLikeHtml } from '../src/read/html.js';
import { documentFromBytes, readInput } from '../src/read/read.js';
import { expandInputs } from '../src/read/inputs.js';
import { createDocument, type Document } from '../src/document/document.js';
import { toMatchText } from '../src/document/normalize.js';
import { extractFacts } from '../src/pipeline.js';
import { jiebaSegmenter } from '../src/segment/tokens.js';
import { splitSentences } from '../src/segment/sentences.js';
import { findQuantities } from '../src/numbers/quantities.js';
import { findDates } from '../src/dates/find.js';
import { findRegions } from '../src/places/regions.js';
import { FactSchema, OutputSchema, type Fact } from '../src/facts.js';
import { builtinRules } from './helpers.js';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin/extract.js');
const BAD = 'fixtures/bad';
const SEED = 'fixtures/seeds/002_1d16421faa7a852a.txt';
const seedText = fs.readFileSync(path.join(ROOT, SEED), 'utf8');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function run(args: string[], opts: { input?: string; timeout?: number } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input: opts.input,
    encoding: 'utf8',
    maxBuffer: 256 << 20,
    timeout: opts.timeout,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

const bad = (name: string) => fs.readFileSync(path.join(ROOT, BAD, name));

function read(name: string): Document {
  const r = documentFromBytes(`${BAD}/${name}`, bad(name));
  if (!r.ok) throw new Error(`${name}: ${r.message}`);
  return r.document;
}

function factsOf(doc: Document): Fact[] {
  const rules = builtinRules();
  return extractFacts(doc, rules, jiebaSegmenter(rules.dictionary));
}

/** Every fact quotes its source exactly, validates against the contract, and holds finite numbers. */
function expectSound(doc: Document, facts: readonly Fact[]) {
  for (const f of facts) {
    expect(doc.text.slice(f.start, f.end)).toBe(f.text);
    FactSchema.parse(f);
    if (f.type === 'indicator') {
      expect(Number.isFinite(f.value)).toBe(true);
      if (f.change) expect(Number.isFinite(f.change.value)).toBe(true);
    }
    if (f.type === 'event' && f.yearFrom)
      expect(doc.text.slice(f.yearFrom.start, f.yearFrom.end)).toBe(f.yearFrom.text);
  }
}

/**
 * What a fact says, without where it says it: offsets, ids (they hash the bytes)
 * and the quoted evidence are left out. With `fold`, fields quoted as written
 * (raw, label, dateText, summary, names) are compared width-folded.
 */
function content(f: Fact, fold = false): Record<string, unknown> {
  const { id: _id, doc: _doc, start: _s, end: _e, text: _t, ...rest } = f;
  const out: Record<string, unknown> = { ...rest };
  if (f.type === 'event') out.yearFrom = f.yearFrom ? toMatchText(f.yearFrom.text) : null;
  if (!fold) return out;
  return JSON.parse(toMatchText(JSON.stringify(out))) as Record<string, unknown>;
}

/** A double-byte encoder, from Node's decoder (as scripts/make-bad-fixtures.mjs does). */
function encode(label: string, text: string): Uint8Array {
  const decoder = new TextDecoder(label, { fatal: true });
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      try {
        const ch = decoder.decode(Uint8Array.of(lead, trail));
        if (ch.length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
      } catch {
        // not a character in this encoding
      }
    }
  }
  return Uint8Array.from([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch)!)));
}

const byContent = (facts: readonly Fact[], fold = false) => facts.map((f) => JSON.stringify(content(f, fold))).sort();

describe('decoding', () => {
  it('reads UTF-8 with and without a byte order mark; the mark is not part of the text', () => {
    expect(decode(Buffer.from(seedText, 'utf8'))).toEqual({ ok: true, text: seedText, encoding: 'utf-8' });
    expect(decode(bad('seed-utf8-bom.txt'))).toEqual({ ok: true, text: seedText, encoding: 'utf-8' });
  });

  it('reads UTF-16 with a byte order mark, little and big endian', () => {
    expect(decode(bad('seed-utf16le.txt'))).toEqual({ ok: true, text: seedText, encoding: 'utf-16le' });
    expect(decode(bad('seed-utf16be.txt'))).toEqual({ ok: true, text: seedText, encoding: 'utf-16be' });
  });

  it('reads UTF-16 without a byte order mark', () => {
    const s = '苏州实现增加值9385.6亿元,同比增长3.4%。';
    expect(decode(Buffer.from(s, 'utf16le'))).toEqual({ ok: true, text: s, encoding: 'utf-16le' });
    expect(decode(Buffer.from(s, 'utf16le').swap16())).toEqual({ ok: true, text: s, encoding: 'utf-16be' });
  });

  it('detects GBK (as GB18030, its superset) in a page and in one short line', () => {
    expect(decode(bad('seed-gbk.txt'))).toEqual({ ok: true, text: seedText, encoding: 'gb18030' });
    expect(decode(bad('short-gbk.txt'))).toEqual({
      ok: true,
      text: '苏州实现增加值9385.6亿元。\n',
      encoding: 'gb18030',
    });
  });

  it('detects Big5 in a short traditional text', () => {
    expect(decode(bad('short-big5.txt'))).toEqual({
      ok: true,
      text: '臺北市政府今天發佈統計,全市去年實現地區生產總值1234.5億元,同比增長3.4%。\n',
      encoding: 'big5',
    });
  });

  it('takes two bytes of GBK that happen to be valid UTF-8 for GBK (业 is D2 B5, ҵ in UTF-8)', () => {
    expect(decode(Uint8Array.of(0xd2, 0xb5))).toEqual({ ok: true, text: '业', encoding: 'gb18030' });
  });

  it('honours the charset an HTML page declares', () => {
    expect(
      declaredCharset(Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">')),
    ).toBe('gbk');
    expect(declaredCharset(Buffer.from('<meta charset="big5">'))).toBe('big5');
    expect(decode(bad('seed-gbk.htm'))).toMatchObject({ ok: true, encoding: 'gbk' });
  });

  it('--encoding forces one, and says so when it does not fit', () => {
    expect(decode(bad('short-gbk.txt'), { encoding: 'gbk' })).toMatchObject({ ok: true, encoding: 'gbk' });
    expect(decode(bad('short-gbk.txt'), { encoding: 'utf-8' })).toEqual({
      ok: false,
      message: 'not valid utf-8 (the encoding given with --encoding)',
    });
    expect(decode(bad('short-gbk.txt'), { encoding: 'klingon' })).toEqual({
      ok: false,
      message: 'unknown encoding "klingon"',
    });
  });

  it('keeps a UTF-8 file cut off in the middle of its last character', () => {
    const bytes = Buffer.from('苏州实现增加值9385.6亿元', 'utf8').subarray(0, -1);
    expect(decode(bytes)).toEqual({ ok: true, text: '苏州实现增加值9385.6亿\uFFFD', encoding: 'utf-8' });
  });

  it('names what a binary file is', () => {
    expect(decode(bad('picture.png'))).toEqual({ ok: false, message: 'not a text file: a PNG image' });
    expect(decode(bad('archive.zip'))).toEqual({
      ok: false,
      message: 'not a text file: a ZIP archive (or an Office document)',
    });
    expect(decode(bad('report.pdf'))).toEqual({ ok: false, message: 'not a text file: a PDF document' });
    expect(decode(bad('noise.dat'))).toEqual({ ok: false, message: 'not a text file: binary data (NUL bytes)' });
    expect(decode(Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8, 0x41))).toEqual({
      ok: false,
      message: 'not a text file: binary data (control bytes)',
    });
  });

  it('says so when text is in an encoding it does not guess (Shift_JIS), and how to name it', () => {
    const r = decode(encode('shift_jis', '東京都は今日、新しい計画を発表しました。来年から実施される予定です。'));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.message).toMatch(/^cannot tell its text encoding: not UTF-8, GB18030, Big5 or UTF-16.*--encoding/);
  });
});

describe('HTML', () => {
  it('recognizes a page by its first characters', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeHtml('\uFEFF  <!-- saved --><html lang="zh">')).toBe(true);
    expect(looksLikeHtml('<p>苏州</p>')).toBe(true);
    expect(looksLikeHtml('苏州<p>')).toBe(false);
    expect(looksLikeHtml('<<新闻>>')).toBe(false);
  });

  it('keeps the visible text: scripts and styles dropped, blocks on lines, entities decoded', () => {
    const page = htmlToText(
      '<html><head><title> 苏州 经济_新闻网 </title><style>p{}</style><script>var a="1亿元"</script></head>' +
        '<body><noscript>开启脚本</noscript><h1>标题</h1><div>第一行\n    第二行 and\n more<br>x<br><br>y</div>' +
        '<table><tr><td>地区</td><td>总值</td></tr><tr><td>苏州</td><td>9385.6</td></tr></table>' +
        '<p>&ldquo;中&rdquo;&amp;&lt;&#x4e2d;&nbsp;A</p><!-- 2亿元 --></body></html>',
    );
    expect(page.title).toBe('苏州 经济_新闻网');
    expect(page.text).toBe('标题\n第一行第二行 and more\nx\n\ny\n地区\t总值\n苏州\t9385.6\n“中”&<中\u00a0A');
  });

  it('reads a saved page: format html, title from the page, offsets into the extracted text', () => {
    const doc = read('seed.html');
    expect(doc).toMatchObject({ format: 'html', encoding: 'utf-8', published: '2020-05-27', source: '文化视界' });
    // <title> adds the site's name; the headline in the text is kept.
    expect(doc.title).toBe('聚焦两会|驻青岛人大代表、政协委员“顶格推介”青岛的开放大势 工业互联网锐势 顶格协调阵势');
    expect(doc.text).not.toMatch(/<\/?[a-z!]|&[a-z]+;|99\.9|8888|7777|6666|请启用脚本/);
    expectSound(doc, factsOf(doc));
  });

  it('uses <title> when the text has no headline of its own', () => {
    const r = documentFromBytes(
      'page.htm',
      Buffer.from('<title>苏州2020年经济运行情况新闻发布会</title><p>苏州实现增加值9385.6亿元。</p>'),
    );
    expect(r.ok && r.document.title).toBe('苏州2020年经济运行情况新闻发布会');
    expect(createDocument('a', '正文。', { title: '  页面标题  ' }).title).toBe('页面标题');
  });
});

describe('the same facts from every copy of a seed', () => {
  let original: Fact[];
  beforeAll(() => {
    const r = documentFromBytes(SEED, fs.readFileSync(path.join(ROOT, SEED)));
    if (!r.ok) throw new Error(r.message);
    original = factsOf(r.document);
    expect(original.length).toBeGreaterThan(20);
  });

  it.each(['seed-gbk.txt', 'seed-utf16le.txt', 'seed-utf16be.txt', 'seed-utf8-bom.txt'])(
    '%s: same text, same facts at the same offsets',
    (name) => {
      const doc = read(name);
      expect(doc.text).toBe(seedText);
      const facts = factsOf(doc);
      expectSound(doc, facts);
      expect(facts.map((f) => ({ ...f, id: '', doc: '' }))).toEqual(original.map((f) => ({ ...f, id: '', doc: '' })));
    },
  );

  it.each(['seed.html', 'seed-gbk.htm'])('%s: same facts, offsets into the extracted text', (name) => {
    const doc = read(name);
    const facts = factsOf(doc);
    expectSound(doc, facts);
    expect(byContent(facts)).toEqual(byContent(original));
  });

  it('seed-fullwidth.txt: same values, dates, names and periods; quotes as written', () => {
    const doc = read('seed-fullwidth.txt');
    expect(doc.text).not.toBe(seedText);
    expect(doc.match).toBe(toMatchText(doc.text));
    const facts = factsOf(doc);
    expectSound(doc, facts);
    // The fields extract normalizes are equal as they are…
    const pick = (f: Fact) =>
      f.type === 'indicator'
        ? [f.type, f.metric, f.value, f.unit, f.period, f.region, f.approx, f.change, f.status]
        : f.type === 'event'
          ? [f.type, f.date, f.dateBasis, f.kind, f.orgs, f.people]
          : [f.type, f.canonical, f.kind, f.mentions];
    expect(facts.map(pick)).toEqual(original.map(pick));
    // …and the quoted ones (raw 9385.6亿元 ↔ ９３８５．６亿元) once width is folded.
    expect(byContent(facts, true)).toEqual(byContent(original, true));
    expect(facts.some((f) => f.type === 'indicator' && /[０-９]/.test(f.raw))).toBe(true);
  });
});

describe('the command on fixtures/bad', () => {
  let out: ReturnType<typeof OutputSchema.parse>;
  let result: ReturnType<typeof run>;
  beforeAll(() => {
    result = run([SEED, BAD]);
    out = OutputSchema.parse(JSON.parse(result.stdout));
  });

  it('exits 1, with one line on stderr per file it could not read', () => {
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split('\n').sort()).toEqual([
      `extract: ${BAD}/archive.zip: not a text file: a ZIP archive (or an Office document)`,
      `extract: ${BAD}/noise.dat: not a text file: binary data (NUL bytes)`,
      `extract: ${BAD}/picture.png: not a text file: a PNG image`,
      `extract: ${BAD}/report.pdf: not a text file: a PDF document`,
    ]);
  });

  it('writes a record for every input: errors for binary files, documents for the rest', () => {
    const docs = new Map(out.documents.map((d) => [path.basename(d.doc), d]));
    expect(docs.size).toBe(fs.readdirSync(path.join(ROOT, BAD)).length + 1);
    expect(docs.get('picture.png')).toMatchObject({ error: 'not a text file: a PNG image', facts: 0, encoding: null });
    expect(docs.get('empty.txt')).toMatchObject({ error: null, facts: 0, chars: 0, encoding: 'utf-8' });
    expect(docs.get('no-facts.txt')).toMatchObject({ error: null, facts: 0, encoding: 'utf-8' });
    expect(docs.get('seed-gbk.txt')).toMatchObject({ error: null, encoding: 'gb18030', format: 'text' });
    expect(docs.get('seed-gbk.htm')).toMatchObject({ error: null, encoding: 'gbk', format: 'html' });
    expect(docs.get('seed.html')).toMatchObject({ error: null, encoding: 'utf-8', format: 'html' });
    expect(docs.get('short-big5.txt')).toMatchObject({ error: null, encoding: 'big5' });
    const seedFacts = docs.get(path.basename(SEED))!.facts;
    for (const name of [
      'seed-gbk.txt',
      'seed-utf16le.txt',
      'seed-utf16be.txt',
      'seed-utf8-bom.txt',
      'seed-fullwidth.txt',
      'seed.html',
      'seed-gbk.htm',
    ]) {
      expect(docs.get(name)!.facts, name).toBe(seedFacts);
    }
  });

  it('jsonl: an error line per unreadable file, facts for the others', () => {
    const r = run([`${BAD}/picture.png`, `${BAD}/seed-gbk.txt`, '--format', 'jsonl']);
    expect(r.code).toBe(1);
    const lines = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toEqual({ type: 'error', doc: `${BAD}/picture.png`, message: 'not a text file: a PNG image' });
    expect(lines.length).toBeGreaterThan(10);
  });

  it('--encoding applies to every input', () => {
    const r = run([`${BAD}/short-gbk.txt`, '--encoding', 'gbk', '--format', 'jsonl']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout.split('\n')[0]!)).toMatchObject({ raw: '9385.6亿元', value: 938560000000 });
  });

  it('reads GBK from standard input', () => {
    const r = spawnSync(process.execPath, [BIN, '-', '--format', 'jsonl'], { cwd: ROOT, input: bad('short-gbk.txt') });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.toString('utf8').split('\n')[0]!)).toMatchObject({ doc: '-', raw: '9385.6亿元' });
  });
});

describe('files that cannot be read', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-inputs-'));
    fs.writeFileSync(path.join(dir, 'a-good.txt'), '苏州实现增加值9385.6亿元。\n');
    fs.symlinkSync(path.join(dir, 'nowhere.txt'), path.join(dir, 'broken-link.txt'));
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.symlinkSync('..', path.join(dir, 'sub', 'loop'));
    fs.symlinkSync('self-link', path.join(dir, 'self-link'));
    fs.copyFileSync(path.join(ROOT, BAD, 'picture.png'), path.join(dir, 'photo.txt'));
    spawnSync('mkfifo', [path.join(dir, 'pipe')]);
    fs.writeFileSync(path.join(dir, 'secret.txt'), '苏州实现增加值9385.6亿元。\n');
    fs.chmodSync(path.join(dir, 'secret.txt'), 0o000);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('expands a folder to one entry per file, problems included, in order', () => {
    const inputs = expandInputs([dir]).map((i) => ({ ...i, path: path.relative(dir, i.path) }));
    const fifo = fs.existsSync(path.join(dir, 'pipe'));
    expect(inputs).toEqual([
      { kind: 'file', path: 'a-good.txt' },
      {
        kind: 'unreadable',
        path: 'broken-link.txt',
        message: `broken symbolic link (its target ${path.join(dir, 'nowhere.txt')} does not exist)`,
      },
      { kind: 'file', path: 'photo.txt' },
      ...(fifo ? [{ kind: 'unreadable', path: 'pipe', message: 'a named pipe, not read' }] : []),
      { kind: 'file', path: 'secret.txt' },
      { kind: 'unreadable', path: 'self-link', message: 'symbolic link loop (too many levels of symbolic links)' },
      {
        kind: 'unreadable',
        path: 'sub/loop',
        message: `symbolic link loop: leads back to ${fs.realpathSync(dir)}, not followed`,
      },
    ]);
  });

  it('a broken link named as an argument', () => {
    expect(expandInputs([path.join(dir, 'broken-link.txt')])[0]).toMatchObject({
      kind: 'unreadable',
      message: expect.stringMatching(/^broken symbolic link/),
    });
  });

  it('permission denied, simulated (tests run as root, who may read anything)', async () => {
    const spy = vi
      .spyOn(fsp, 'readFile')
      .mockRejectedValueOnce(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }));
    expect(await readInput({ kind: 'file', path: 'secret.txt' })).toEqual({
      ok: false,
      doc: 'secret.txt',
      message: 'permission denied',
    });
    spy.mockRestore();
  });

  it.skipIf(isRoot)('permission denied, for real', async () => {
    expect(await readInput({ kind: 'file', path: path.join(dir, 'secret.txt') })).toMatchObject({
      ok: false,
      message: 'permission denied',
    });
  });

  it('the command reports each, still reads the rest, and exits 1', () => {
    const r = run([dir, SEED, '--format', 'json']);
    expect(r.code).toBe(1);
    const out = OutputSchema.parse(JSON.parse(r.stdout));
    const errors = out.documents.filter((d) => d.error !== null).map((d) => [path.basename(d.doc), d.error]);
    expect(errors).toContainEqual(['broken-link.txt', expect.stringMatching(/^broken symbolic link/)]);
    expect(errors).toContainEqual(['photo.txt', 'not a text file: a PNG image']);
    expect(errors).toContainEqual(['loop', expect.stringMatching(/^symbolic link loop/)]);
    expect(errors).toContainEqual(['self-link', expect.stringMatching(/^symbolic link loop/)]);
    if (!isRoot) expect(errors).toContainEqual(['secret.txt', 'permission denied']);
    for (const [name] of errors) expect(r.stderr).toContain(`${name}: `);
    expect(out.documents.find((d) => d.doc.endsWith('a-good.txt'))).toMatchObject({ error: null, facts: 1 });
    expect(out.documents.find((d) => d.doc === SEED)!.facts).toBeGreaterThan(20);
  });
});

describe('never throws, always quotes exactly (property tests)', () => {
  const rules = builtinRules();
  const segmenter = jiebaSegmenter(rules.dictionary);
  const check = (doc: Document) => expectSound(doc, extractFacts(doc, rules, segmenter));
  const params = { seed: 20240519, numRuns: 200 };

  const sentences = fs
    .readdirSync(path.join(ROOT, 'fixtures/seeds'))
    .flatMap((f) => fs.readFileSync(path.join(ROOT, 'fixtures/seeds', f), 'utf8').split(/(?<=[。\n])/))
    .filter((s) => s.trim().length > 0);
  const fragments = [
    '亿元',
    '万个',
    '%',
    '％',
    '２０２０',
    '年',
    '月',
    '日',
    '有限公司',
    '同比增长',
    '下降',
    '，',
    ',',
    '\n',
    '《',
    '》',
    '近',
    '超',
    '约',
    '一',
    '十',
    '百',
    '千',
    '万',
    '亿',
    '.',
    '１',
    '—',
    ':',
  ];
  /** Any UTF-16 code units, lone surrogates included. */
  const units = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 80 }).map((a) => String.fromCharCode(...a));
  const noise = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    units,
    fc.constantFrom(...fragments),
  );

  it('arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), units), (s) => check(createDocument('p', s))),
      params,
    );
  });

  it('seed sentences mixed with noise', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...sentences) }, { weight: 2, arbitrary: noise }), {
          maxLength: 12,
        }),
        (parts) => check(createDocument('p', parts.join(''))),
      ),
      params,
    );
  });

  it('random bytes, through decoding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const r = documentFromBytes('p.txt', bytes);
        if (r.ok) check(r.document);
        else expect(r.message.length).toBeGreaterThan(0);
      }),
      params,
    );
  });

  it('seed sentences in other encodings and in HTML, through decoding', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('utf16le', 'html'),
        (parts, form) => {
          const text = parts.join('');
          const bytes =
            form === 'utf16le'
              ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
              : Buffer.from(
                  `<p>${parts.map((p) => p.replace(/&/g, '&amp;').replace(/</g, '&lt;')).join('</p><p>')}</p>`,
                );
          const r = documentFromBytes(form === 'html' ? 'p.html' : 'p.txt', bytes);
          expect(r.ok).toBe(true);
          if (r.ok) check(r.document);
        },
      ),
      { ...params, numRuns: 50 },
    );
  });
});

describe('big inputs: one 10 MB line, no line break', () => {
  const MB10 = 10 * 1024 * 1024;
  const fill = (unit: string) => unit.repeat(Math.ceil(MB10 / Buffer.byteLength(unit)));
  const UNITS = {
    numerals: '1234567890一二三四五六七八九十百千万亿元3.5亿元二百三十余万亿元',
    companies: '有限公司',
    figures: '青岛市2020年实现生产总值12345.6亿元同比增长3.4%',
  };
  const numerals = fill(UNITS.numerals);
  const companies = fill(UNITS.companies);

  it('read and document stages stay linear (UTF-8, GBK, HTML)', () => {
    const t0 = Date.now();
    for (const text of [numerals, companies]) {
      const r = documentFromBytes('big.txt', Buffer.from(text, 'utf8'));
      expect(r.ok && r.document.text.length).toBe(text.length);
    }
    const unit = encode('gbk', '苏州实现增加值9385.6亿元同比增长3.4%有限公司');
    const gbk = Buffer.concat(Array.from({ length: Math.ceil(MB10 / unit.length) }, () => unit));
    expect(documentFromBytes('big-gbk.txt', gbk)).toMatchObject({ ok: true, document: { encoding: 'gb18030' } });
    const html = `<html><body>${'<p>苏州实现<b>增加值</b>9385.6亿元&amp;</p>'.repeat(200_000)}</body></html>`;
    const r = documentFromBytes('big.html', Buffer.from(html, 'utf8'));
    expect(r.ok && r.document.format).toBe('html');
    expect(Date.now() - t0).toBeLessThan(30_000);
  });

  it('the pattern finders (sentences, numbers, dates, places) stay linear: no catastrophic backtracking', () => {
    const rules = builtinRules();
    for (const text of [numerals, companies]) {
      const t0 = Date.now();
      const match = toMatchText(text);
      splitSentences(match);
      findQuantities(match, rules);
      findDates(match, rules);
      findRegions(match, rules);
      expect(Date.now() - t0, `${text.slice(0, 12)}…`).toBeLessThan(60_000);
    }
  });

  // The whole pipeline, in a child process that is killed at the bound: a
  // synchronous quadratic loop cannot be interrupted inside the test process.
  // Sentences are capped in length and lookups by position are indexed, so a run is
  // linear in its input. One run over a line of a megabyte of each kind (numerals,
  // company suffixes, figures with years and places) shows it: a quadratic pass over
  // 3 MB would take hours, while the run takes seconds (one jieba load, not three).
  it('the whole pipeline on a 3 MB line of numerals, company names and figures finishes within 5 minutes', () => {
    const MB = 1024 * 1024;
    const text = Object.values(UNITS)
      .map((unit) => unit.repeat(Math.ceil(MB / Buffer.byteLength(unit))))
      .join('');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'extract-big-')), 'big.txt');
    fs.writeFileSync(file, text);
    const r = run([file, '--format', 'jsonl', '-o', `${file}.jsonl`], { timeout: 300_000 });
    const lines = r.code === 0 ? fs.readFileSync(`${file}.jsonl`, 'utf8').split('\n').filter(Boolean).length : 0;
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    expect(r.signal, 'killed at the time bound').toBeNull();
    expect(r.code).toBe(0);
    // facts from each part: figures, organizations and dates all came out
    expect(lines).toBeGreaterThan(1000);
  }, 310_000);
});
