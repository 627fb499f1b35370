// `extract diff`: the pure comparison on hand-made runs, then the built CLI for exit codes.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ErrorRecord, Event, Fact, Indicator, Organization } from '../src/facts.js';
import { detectFormat, parseRun, InvalidRunError, type Run } from '../src/diff/load.js';
import { diffRuns, isEqual } from '../src/diff/compare.js';
import { renderJson, renderText } from '../src/diff/render.js';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin/extract.js');
const DOC = 'news/a.txt';
const HASH = '680b84077fc5';

// ---- hand-made facts, as extract writes them ----

const gdp = (over: Partial<Indicator> = {}): Indicator => ({
  id: 'c00aab484946ce4d',
  type: 'indicator',
  doc: DOC,
  start: 36,
  end: 60,
  text: '第二产业增加值9385.6亿元,同比增长3.4%',
  rule: `metrics.yaml#value_added_secondary@${HASH}`,
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
  ...over,
});

const summit = (over: Partial<Event> = {}): Event => ({
  id: 'c926e2839e12de37',
  type: 'event',
  doc: DOC,
  start: 0,
  end: 30,
  text: '5月13日,“华为云城市峰会2021”在青岛西海岸新区举行。',
  rule: `events.yaml#meeting@${HASH}`,
  date: '2021-05-13',
  dateText: '5月13日',
  dateBasis: 'context',
  yearFrom: { start: 70, end: 75, text: '2021年' },
  kind: 'meeting',
  orgs: ['华为云', '青岛市政府'],
  people: [],
  summary: '5月13日,“华为云城市峰会2021”在青岛西海岸新区举行',
  ...over,
});

const huaweiCloud = (over: Partial<Organization> = {}): Organization => ({
  id: '40b0010ce8bfd497',
  type: 'organization',
  doc: DOC,
  start: 7,
  end: 10,
  text: '华为云',
  rule: `organizations.yaml#huawei-cloud@${HASH}`,
  name: '华为云',
  canonical: '华为云',
  aliases: ['华为云计算', '华为云公司'],
  kind: 'company',
  mentions: 3,
  ...over,
});

const missing: ErrorRecord = { type: 'error', doc: 'news/missing.txt', message: 'no such file or folder' };

const FACTS: Fact[] = [huaweiCloud(), summit(), gdp()];

// ---- the two output formats ----

function asJson(facts: readonly Fact[], errors: readonly ErrorRecord[] = [], rules = HASH): string {
  const docs = [...new Set([...facts.map((f) => f.doc)])].map((doc) => ({
    doc,
    sha256: 'ab',
    chars: 100,
    encoding: 'utf-8',
    published: null,
    title: null,
    source: null,
    facts: facts.filter((f) => f.doc === doc).length,
    error: null,
    dateline: null,
    format: 'text',
  }));
  const failed = errors.map((e) => ({
    doc: e.doc,
    sha256: null,
    chars: null,
    encoding: null,
    published: null,
    title: null,
    source: null,
    facts: 0,
    error: e.message,
    dateline: null,
    format: null,
  }));
  return (
    JSON.stringify(
      { tool: { name: 'extract', version: '0.1.0', rules }, documents: [...docs, ...failed], facts },
      null,
      2,
    ) + '\n'
  );
}

function asJsonl(facts: readonly Fact[], errors: readonly ErrorRecord[] = []): string {
  return [...facts, ...errors].map((r) => JSON.stringify(r) + '\n').join('');
}

const run = (text: string, file = 'run.json'): Run => parseRun(text, file);
const diff = (before: string, after: string) => diffRuns(run(before, 'old'), run(after, 'new'));

describe('reading a run', () => {
  it('tells json from jsonl by content', () => {
    expect(detectFormat(asJson(FACTS))).toBe('json');
    expect(detectFormat(JSON.stringify(JSON.parse(asJson(FACTS))))).toBe('json');
    expect(detectFormat(asJsonl(FACTS))).toBe('jsonl');
    expect(detectFormat(asJsonl([gdp()]))).toBe('jsonl');
    expect(detectFormat('')).toBe('jsonl');
  });

  it('reads facts, failures and the rule set from either format', () => {
    const fromJson = run(asJson(FACTS, [missing]));
    const fromJsonl = run(asJsonl(FACTS, [missing]));
    expect(fromJson).toMatchObject({ format: 'json', rules: HASH, errors: [missing] });
    expect(fromJsonl).toMatchObject({ format: 'jsonl', rules: HASH, errors: [missing] });
    expect(fromJsonl.facts).toEqual(fromJson.facts);
  });

  it('names the file, and the line in jsonl, when the content is not a run', () => {
    const badLine = asJsonl(FACTS).replace('"value":938560000000', '"value":"9385.6亿元"');
    expect(() => run(badLine, 'tonight.jsonl')).toThrow(/^tonight\.jsonl:3: not a fact: value: /);
    expect(() => run(asJsonl(FACTS) + '{"type":"error"}\n', 'b.jsonl')).toThrow(/^b\.jsonl:4: not an error record/);
    expect(() => run('{"id": 1', 'x.jsonl')).toThrow(InvalidRunError);
    expect(() => run(asJson(FACTS).slice(0, 200), 'cut.json')).toThrow(/^cut\.json:\d+: not valid JSON/);
    expect(() => run(JSON.stringify({ tool: {}, facts: [] }), 'odd.json')).toThrow(
      /^odd\.json: not extract json output: tool\.name/,
    );
    expect(() => run('id,doc,type,start\n', 'out.csv')).toThrow(/CSV/);
  });
});

describe('comparing runs', () => {
  it('json and jsonl of the same facts are equal', () => {
    const d = diff(asJson(FACTS, [missing]), asJsonl(FACTS, [missing]));
    expect(isEqual(d)).toBe(true);
    expect(d.rules).toBeNull();
    expect(renderText(d, { quiet: false })).toBe(
      'indicator: 0 added, 0 removed, 0 changed; event: 0 added, 0 removed, 0 changed; organization: 0 added, 0 removed, 0 changed; error: 0 added, 0 removed, 0 changed\n',
    );
  });

  it('reports a changed value with its old and new value', () => {
    const d = diff(asJsonl(FACTS), asJsonl([huaweiCloud(), summit(), gdp({ value: 938570000000, raw: '9385.7亿元' })]));
    expect(d.differences).toHaveLength(1);
    expect(d.counts.indicator).toEqual({ added: 0, removed: 0, changed: 1 });
    expect(renderText(d, { quiet: false }).split('\n')[1]).toBe(
      '~ news/a.txt indicator metric=value_added_secondary region=苏州 period=2021: value 938560000000 → 938570000000; raw "9385.6亿元" → "9385.7亿元"',
    );
  });

  it('compares nested fields one by one and names the path', () => {
    const d = diff(
      asJsonl(FACTS),
      asJsonl([huaweiCloud(), summit(), gdp({ change: { basis: 'yoy', value: 3.5, unit: '%' } })]),
    );
    const [only] = d.differences;
    expect(only?.change === 'changed' && only.fields).toEqual([{ field: 'change.value', old: 3.4, new: 3.5 }]);
  });

  it('reports an added and a removed fact, and a document that started failing', () => {
    const q3 = gdp({ id: 'q3', start: 200, end: 210, period: '2021-Q3', value: 1, raw: '1元' });
    const d = diff(asJsonl(FACTS), asJsonl([summit(), gdp(), q3], [missing]));
    expect(renderText(d, { quiet: false }).split('\n').slice(1)).toEqual([
      '+ news/a.txt indicator metric=value_added_secondary region=苏州 period=2021-Q3: "第二产业增加值9385.6亿元,同比增长3.4%"',
      '- news/a.txt organization canonical=华为云: "华为云"',
      '+ news/missing.txt error: no such file or folder',
      '',
    ]);
    expect(d.counts).toMatchObject({ indicator: { added: 1 }, organization: { removed: 1 }, error: { added: 1 } });
  });

  it('keys an indicator by its label when it has no metric', () => {
    const d = diff(asJsonl([gdp({ metric: null })]), asJsonl([gdp({ metric: null, label: '二产增加值' })]));
    // Sorted by key: 二 (U+4E8C) before 第 (U+7B2C).
    expect(
      renderText(d, { quiet: false })
        .split('\n')
        .slice(1, 3)
        .map((l) => l.split(':')[0]),
    ).toEqual([
      '+ news/a.txt indicator label=二产增加值 region=苏州 period=2021',
      '- news/a.txt indicator label=第二产业增加值 region=苏州 period=2021',
    ]);
  });

  it('separates facts with the same key by their order in the text', () => {
    const first = gdp({ id: 'a', start: 10, end: 20 });
    const second = gdp({ id: 'b', start: 90, end: 99, value: 5 });
    const d = diff(asJsonl([second, first]), asJsonl([first, gdp({ id: 'b', start: 90, end: 99, value: 6 })]));
    expect(d.differences).toHaveLength(1);
    expect(renderText(d, { quiet: false })).toContain('period=2021 #2: value 5 → 6');
  });

  it('pairs facts with the same key and the same place by their content, whatever the run’s order', () => {
    // Two dates in one clause: the same summary and span; ids (and so the run's order) change with the rule set.
    const long = summit({ id: 'x', dateText: '2021年5月13日', dateBasis: 'explicit', yearFrom: null });
    const short = summit({ id: 'y' });
    expect(
      isEqual(
        diff(
          asJsonl([long, short]),
          asJsonl([
            { ...short, id: 'a' },
            { ...long, id: 'b' },
          ]),
        ),
      ),
    ).toBe(true);
  });

  it('treats shifted offsets, new ids and moved evidence as the same facts', () => {
    const shifted = FACTS.map((f) => ({ ...f, id: `moved-${f.id}`, start: f.start + 17, end: f.end + 17 }));
    const moved = shifted.map((f) =>
      f.type === 'event' ? { ...f, text: `据报道,${f.text}`, yearFrom: { start: 87, end: 92, text: '2021年' } } : f,
    );
    expect(isEqual(diff(asJson(FACTS), asJsonl(moved)))).toBe(true);
  });

  it('ignores the order of names in lists', () => {
    const d = diff(
      asJsonl(FACTS),
      asJsonl([
        huaweiCloud({ aliases: ['华为云公司', '华为云计算'] }),
        summit({ orgs: ['青岛市政府', '华为云'] }),
        gdp(),
      ]),
    );
    expect(isEqual(d)).toBe(true);
  });

  it('reports a changed rule set once, not as a change of every fact', () => {
    const rehashed = FACTS.map((f) => ({ ...f, rule: f.rule.replace(HASH, '0123456789ab') }));
    const d = diff(asJson(FACTS), asJson(rehashed, [], '0123456789ab'));
    expect(isEqual(d)).toBe(true);
    expect(d.rules).toEqual({ old: HASH, new: '0123456789ab' });
    const lines = renderText(d, { quiet: false }).trimEnd().split('\n');
    expect(lines).toEqual([`rule set changed: ${HASH} → 0123456789ab`, expect.stringMatching(/^indicator: 0 added/)]);
    expect(renderText(d, { quiet: true }).trimEnd().split('\n')).toHaveLength(1);
  });

  it('still sees a fact made by another rule', () => {
    const d = diff(
      asJsonl(FACTS),
      asJsonl([huaweiCloud(), summit({ rule: `events.yaml#meeting-noun@${HASH}` }), gdp()]),
    );
    expect(renderText(d, { quiet: true })).toContain('event: 0 added, 0 removed, 1 changed');
  });

  it('lists differences sorted by doc, type and key, whatever the input order', () => {
    const other = (f: Fact): Fact => ({ ...f, doc: 'news/0.txt' });
    const before = asJsonl([]);
    const after = (facts: Fact[]) => renderText(diff(before, asJsonl(facts)), { quiet: false });
    const facts = [...FACTS, ...FACTS.map(other)];
    expect(after([...facts].reverse())).toBe(after(facts));
    expect(
      after(facts)
        .split('\n')
        .slice(1, 4)
        .map((l) => l.split(' ').slice(0, 3).join(' ')),
    ).toEqual(['+ news/0.txt event', '+ news/0.txt indicator', '+ news/0.txt organization']);
  });

  it('renders a machine-readable report', () => {
    const d = diff(asJsonl(FACTS), asJsonl([huaweiCloud({ mentions: 4 }), summit(), gdp()]));
    const files = {
      old: { file: 'a.jsonl', run: run(asJsonl(FACTS)) },
      new: { file: 'b.jsonl', run: run(asJsonl(FACTS)) },
    };
    const report = JSON.parse(renderJson(d, files, { quiet: false }));
    expect(report).toMatchObject({
      equal: false,
      old: { file: 'a.jsonl', format: 'jsonl', rules: HASH },
      summary: { organization: { changed: 1 } },
      differences: [
        {
          change: 'changed',
          doc: DOC,
          type: 'organization',
          key: { canonical: '华为云' },
          fields: [{ field: 'mentions', old: 3, new: 4 }],
        },
      ],
    });
    expect(JSON.parse(renderJson(d, files, { quiet: true }))).not.toHaveProperty('differences');
  });
});

describe('extract diff (the built command)', () => {
  let dir: string;
  const file = (name: string, content: string) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, content);
    return p;
  };
  const cli = (...args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, 'diff', ...args], { cwd: ROOT, encoding: 'utf8' });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-diff-'));
  });

  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('exits 0 for json and jsonl of the same facts', () => {
    const r = cli(file('same.json', asJson(FACTS)), file('same.jsonl', asJsonl(FACTS)));
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^indicator: 0 added, 0 removed, 0 changed;/);
  });

  it('exits 1 and lists the change when a value changed', () => {
    const r = cli(
      file('old.jsonl', asJsonl(FACTS)),
      file('new.jsonl', asJsonl([huaweiCloud(), summit(), gdp({ value: 938570000000 })])),
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '~ news/a.txt indicator metric=value_added_secondary region=苏州 period=2021: value 938560000000 → 938570000000',
    );
  });

  it('--quiet prints the summary only; --format json prints a report', () => {
    const before = file('q-old.jsonl', asJsonl(FACTS));
    const after = file('q-new.jsonl', asJsonl([summit(), gdp()]));
    const quiet = cli(before, after, '--quiet');
    expect(quiet.code).toBe(1);
    expect(quiet.stdout.trimEnd().split('\n')).toEqual([
      expect.stringContaining('organization: 0 added, 1 removed, 0 changed'),
    ]);
    const json = cli(before, after, '--format', 'json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      equal: false,
      differences: [{ change: 'removed', type: 'organization' }],
    });
  });

  it('exits 0 with a header line when only the rule set changed', () => {
    const rehashed = FACTS.map((f) => ({ ...f, rule: f.rule.replace(HASH, 'ffffffffffff') }));
    const r = cli(file('r-old.jsonl', asJsonl(FACTS)), file('r-new.jsonl', asJsonl(rehashed)));
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(`rule set changed: ${HASH} → ffffffffffff`);
  });

  it('exits 2 naming the file and line of an invalid input', () => {
    const bad = file('bad.jsonl', asJsonl(FACTS).replace('"kind":"meeting"', '"kind":"party"'));
    const r = cli(file('ok.jsonl', asJsonl(FACTS)), bad);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${bad}:2: not a fact: kind`);
  });

  it('exits 2 in one line when an input is a text, not a run: its line breaks are not copied into stderr', () => {
    // V8 quotes the start of what it could not parse, line breaks and all.
    const text = file('article.txt', '招商圈 招商圈\n\n免费入驻\n');
    const r = cli(file('ok3.jsonl', asJsonl(FACTS)), text);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^extract: diff: ${text}: not valid JSON: .*招商圈 招商圈\\\\n\\\\n免.*\\n$`));
  });

  it('exits 2 for a missing file and for a usage error', () => {
    const ok = file('ok2.json', asJson(FACTS));
    const gone = path.join(dir, 'gone.json');
    expect(cli(ok, gone)).toMatchObject({ code: 2, stderr: expect.stringContaining(`cannot read ${gone}`) });
    expect(cli(ok).code).toBe(2);
    expect(cli(ok, ok, '--format', 'csv').code).toBe(2);
  });
});
