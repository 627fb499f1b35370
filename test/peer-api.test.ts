// The library's parseQuantities and parseDates: the facts' own finding and
// normalization, on any string, with offsets into that string. And the peer runner
// (npm run peer), when ../shared/peer is there.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDates, parseQuantities } from '../src/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

describe('parseQuantities', () => {
  it('reads quantities as indicators read them, offsets into the input', () => {
    const text = '苏州实现第二产业增加值9385.6亿元,企业近300家,提升0.9个百分点';
    const qs = parseQuantities(text);
    expect(qs).toEqual([
      { start: 11, end: 19, text: '9385.6亿元', value: 938560000000, unit: 'CNY', measure: null, approx: null },
      { start: 22, end: 27, text: '近300家', value: 300, unit: 'count', measure: '家', approx: 'about' },
      { start: 30, end: 37, text: '0.9个百分点', value: 0.9, unit: 'pp', measure: null, approx: null },
    ]);
    for (const q of qs) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('gives a bare number the unit null, keeping its approximation', () => {
    expect(parseQuantities('十多万')).toEqual([
      { start: 0, end: 3, text: '十多万', value: 100000, unit: null, measure: null, approx: 'over' },
    ]);
    expect(parseQuantities('一百五十二').map((q) => [q.value, q.unit])).toEqual([[152, null]]);
  });

  it('quotes the input as given: full-width forms and traditional characters', () => {
    const [q] = parseQuantities('兑换１．０７５３美元');
    expect(q).toMatchObject({ start: 2, end: 10, text: '１．０７５３美元', value: 1.0753, unit: 'USD' });
    expect(parseQuantities('四億五千六百四十二萬零壹十五')[0]!.value).toBe(456420015);
  });

  it('reads percent forms', () => {
    expect(parseQuantities('百分之十三,九成,打八折,千分之五').map((q) => [q.text, q.value, q.unit])).toEqual([
      ['百分之十三', 13, '%'],
      ['九成', 90, '%'],
      ['八折', 80, '%'],
      ['千分之五', 0.5, '%'],
    ]);
  });

  it('finds nothing in words that hold numerals', () => {
    expect(parseQuantities('我一看你就笑,我家在四川,陆地上有许多动物')).toEqual([]);
  });
});

describe('parseDates', () => {
  it('resolves toward the past against refDate and says where the year came from', () => {
    const text = '7月28日,双方会谈;2021年1月4日召开大会;昨天签约';
    const ds = parseDates(text, { refDate: '2021-05-19' });
    expect(ds).toEqual([
      { start: 0, end: 5, text: '7月28日', date: '2020-07-28', dateBasis: 'reference' },
      { start: 11, end: 20, text: '2021年1月4日', date: '2021-01-04', dateBasis: 'explicit' },
      { start: 25, end: 27, text: '昨天', date: '2021-05-18', dateBasis: 'reference' },
    ]);
    for (const d of ds) expect(text.slice(d.start, d.end)).toBe(d.text);
  });

  it('leaves a date with no year to be had unresolved', () => {
    expect(parseDates('5月13日')).toEqual([{ start: 0, end: 5, text: '5月13日', date: null, dateBasis: null }]);
  });

  it('reads periods and ranges in our formats', () => {
    expect(
      parseDates('今年上半年,“十三五”期间,从一月十日到十二日,下周', { refDate: '2017-03-22' }).map((d) => d.date),
    ).toEqual(['2017-H1', '2016/2020', '2017-01-10/2017-01-12', '2017-03-27/2017-04-02']);
  });

  it('keeps offsets into full-width input', () => {
    const [d] = parseDates('１９９１年１月１６日晚');
    expect(d).toMatchObject({
      start: 0,
      end: 10,
      text: '１９９１年１月１６日',
      date: '1991-01-16',
      dateBasis: 'explicit',
    });
  });
});

const peer = join(root, '..', 'shared', 'peer', 'recognizers-text');
describe.skipIf(!existsSync(peer) || !existsSync(join(root, 'dist', 'index.js')))('npm run peer', () => {
  it('meets its targets on the peer spec files', () => {
    const out = execFileSync('node', [join(root, 'scripts', 'peer.mjs'), '--json'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const report = JSON.parse(out) as { file: string; target: number; js: { n: number; ours: number } }[];
    expect(report).toHaveLength(5);
    for (const r of report) expect(r.js.ours / r.js.n, r.file).toBeGreaterThanOrEqual(r.target);
  }, 120_000);
});

describe('peer runner without the peer folder', () => {
  it('skips with a message and exit status 0', () => {
    const out = execFileSync('node', [join(root, 'scripts', 'peer.mjs')], {
      encoding: 'utf8',
      env: { ...process.env, PEER_DIR: join(root, 'no-such-peer-folder') },
    });
    expect(out).toMatch(/not found; nothing to compare \(skipped\)/);
  });
});
