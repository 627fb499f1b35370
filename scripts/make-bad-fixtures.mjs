#!/usr/bin/env node
// Writes fixtures/bad/: the inputs a nightly job meets in the wild, made from one
// seed so their facts can be compared with the clean UTF-8 original. Deterministic:
// running it again gives the same bytes. Needs no package: GBK and Big5 are encoded
// with tables built from Node's own (ICU) decoders.
//
//   node scripts/make-bad-fixtures.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEED = 'fixtures/seeds/002_1d16421faa7a852a.txt';
const OUT = path.join(ROOT, 'fixtures/bad');

/** An encoder for a double-byte encoding, by inverting its decoder over every two-byte sequence. */
function encoderFor(label) {
  const decoder = new TextDecoder(label, { fatal: true });
  const table = new Map();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      let ch;
      try {
        ch = decoder.decode(Uint8Array.of(lead, trail));
      } catch {
        continue;
      }
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return (text) => {
    const bytes = [];
    for (const ch of text) {
      const c = ch.codePointAt(0);
      if (c < 0x80) bytes.push(c);
      else if (table.has(ch)) bytes.push(...table.get(ch));
      else throw new Error(`${label} cannot encode ${ch} (U+${c.toString(16)})`);
    }
    return Uint8Array.from(bytes);
  };
}

function utf16(text, littleEndian) {
  const buf = Buffer.alloc(2 + text.length * 2);
  buf.writeUInt16LE(0xfeff, 0);
  for (let i = 0; i < text.length; i++) buf.writeUInt16LE(text.charCodeAt(i), 2 + i * 2);
  if (!littleEndian) buf.swap16();
  return buf;
}

/** ASCII letters, digits and punctuation to their full-width forms, spaces to ideographic spaces. */
const fullWidth = (text) =>
  text.replace(/[\x21-\x7e ]/g, (c) => (c === ' ' ? '\u3000' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)));

const escapeHtml = (s) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/“/g, '&ldquo;')
    .replace(/”/g, '&#8221;');

/**
 * The seed as a saved news page: navigation, a script and a style holding figures
 * that must not be read, each line of the text a paragraph (the headline an h1),
 * entities for quotes, source-code line breaks and indentation inside elements.
 */
function htmlPage(text, charset) {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const headline = lines.find((l) => l.startsWith('聚焦两会')) ?? lines[0];
  const body = lines
    .map((l) => (l === headline ? `    <h1>${escapeHtml(l)}</h1>` : `    <p>\n      ${escapeHtml(l)}\n    </p>`))
    .join('\n');
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    `  <meta charset="${charset}">`,
    `  <title>${escapeHtml(headline)}_文化视界</title>`,
    '  <style>.gdp::after { content: "全市生产总值8888亿元" }</style>',
    '  <script>var stats = "2019年全市生产总值增长99.9%";</script>',
    '</head>',
    '<body>',
    '  <noscript>请启用脚本。2020年营业收入7777亿元</noscript>',
    '  <!-- 2018年利润6666亿元 -->',
    '  <div class="article">',
    body,
    '  </div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A 1×1 PNG, a ZIP holding one text file, the head of a PDF. */
function crc32(bytes) {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function png() {
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]); // 1×1, 8-bit greyscale
  // zlib stream of one stored block holding the scanline [filter 0, pixel 0]
  const idat = Buffer.from([0x78, 0x01, 0x01, 0x02, 0x00, 0xfd, 0xff, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function zip(name, content) {
  const data = Buffer.from(content, 'utf8');
  const file = Buffer.from(name, 'utf8');
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(10, 4); // version needed
  local.writeUInt16LE(0x0800, 6); // UTF-8 names
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(file.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(10, 4);
  central.writeUInt16LE(10, 6);
  central.writeUInt16LE(0x0800, 8);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(file.length, 28);
  const localPart = Buffer.concat([local, file, data]);
  const centralPart = Buffer.concat([central, file]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(centralPart.length, 12);
  end.writeUInt32LE(localPart.length, 16);
  return Buffer.concat([localPart, centralPart, end]);
}

const pdf = () =>
  Buffer.from(
    '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
    'latin1',
  );

/** Bytes from a fixed-seed generator (xorshift32): noise that is the same on every run. */
function noise(n, seed = 0x2545f491) {
  const out = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const seed = fs.readFileSync(path.join(ROOT, SEED), 'utf8');
const gbk = encoderFor('gbk');
const big5 = encoderFor('big5');
/** Traditional characters, as a Taiwan or Hong Kong page writes them. */
const TRADITIONAL = '臺北市政府今天發佈統計,全市去年實現地區生產總值1234.5億元,同比增長3.4%。\n';

const files = {
  // The seed in other encodings and forms: each must give the seed's facts.
  'seed-gbk.txt': gbk(seed),
  'seed-utf16le.txt': utf16(seed, true),
  'seed-utf16be.txt': utf16(seed, false),
  'seed-utf8-bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed, 'utf8')]),
  'seed-fullwidth.txt': Buffer.from(fullWidth(seed), 'utf8'),
  'seed.html': Buffer.from(htmlPage(seed, 'utf-8'), 'utf8'),
  'seed-gbk.htm': gbk(htmlPage(seed, 'gbk')),
  // Short texts, where detectors guess.
  'short-gbk.txt': gbk('苏州实现增加值9385.6亿元。\n'),
  'short-big5.txt': big5(TRADITIONAL),
  // Readable, but nothing to find.
  'empty.txt': Buffer.alloc(0),
  'no-facts.txt': Buffer.from('今天天气很好,我们在公园里散步,看见许多人在跳舞。\n', 'utf8'),
  // Not text.
  'picture.png': png(),
  'archive.zip': zip('a.txt', '苏州实现增加值9385.6亿元。\n'),
  'report.pdf': pdf(),
  'noise.dat': noise(512),
};

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(OUT, name), bytes);
console.log(`wrote ${Object.keys(files).length} files to ${path.relative(process.cwd(), OUT) || '.'}`);
