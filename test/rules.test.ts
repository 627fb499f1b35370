// Rule files: loading, validation errors (file, line, message), overrides, examples,
// the JSON Schema, explain, and the README's walk-through of adding a metric.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadRules, mergedHash, RuleFileError } from '../src/rules/load.js';
import { loadRuleSet } from '../src/rules/ruleset.js';
import { runExamples } from '../src/eval/examples.js';
import { jiebaSegmenter } from '../src/segment/tokens.js';
import { SECTION_NAMES } from '../src/rules/schema.js';
import type { Output } from '../src/facts.js';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin/extract.js');

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A folder holding one rule file with the given text. */
function ruleDir(name: string, text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rules-'));
  fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('built-in rules', () => {
  const loaded = loadRules();

  it('every rule carries at least one example', () => {
    const bare = SECTION_NAMES.flatMap((s) =>
      loaded.sections[s]
        .filter((x) => !(x.entry as { examples?: unknown[] }).examples?.length)
        .map((x) => `${x.file}#${x.entry.id}`),
    );
    expect(bare).toEqual([]);
  });

  it('every example passes (what `extract rules test` runs)', () => {
    const rules = loadRuleSet();
    const outcomes = runExamples(rules, jiebaSegmenter(rules.dictionary));
    expect(outcomes.length).toBeGreaterThan(150);
    expect(
      outcomes.filter((o) => o.failures.length).map((o) => `${o.rule} #${o.index}: ${o.failures.join('; ')}`),
    ).toEqual([]);
  });

  it('the hash taken at build time is the one the merged rules give', () => {
    // (a stale dist/builtin-rules.json would stamp facts with another rule set's hash)
    expect(loaded.hash).toBe(mergedHash(loaded.sections));
    const extra =
      'metrics:\n  - id: test_metric\n    names: [测试指标]\n    examples: [{ text: 测试指标5亿元。, expect: [{ type: indicator, value: 500000000 }] }]\n';
    const withMore = loadRules({ dirs: [ruleDir('extra.yaml', extra)] });
    expect(withMore.hash).toBe(mergedHash(withMore.sections));
    expect(withMore.hash).not.toBe(loaded.hash);
  });

  it('`extract rules test` reports the count and exits 0', () => {
    const r = run(['rules', 'test']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+ passed, 0 failed \(\d+ examples of \d+ rules, rule set [0-9a-f]{12}\)\n$/m);
  });

  it('`extract rules check` accepts them', () => {
    const r = run(['rules', 'check']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ok: \d+ rule files/);
  });
});

describe('a bad rule file is named with its line, and nothing runs', () => {
  const cases: [string, string, string, RegExp][] = [
    ['YAML syntax', 'bad.yaml', 'metrics:\n  - id: x\n    names: [a, b\n', /bad\.yaml:\d+:\d+: YAML syntax/],
    [
      'unknown field',
      'bad.yaml',
      'metrics:\n  - id: x\n    names: [充电桩]\n    colour: blue\n',
      /bad\.yaml:4:5: metrics\.0: unknown field "colour"/,
    ],
    [
      'unknown section',
      'bad.yaml',
      'metricz:\n  - id: x\n',
      /bad\.yaml:1:1: \(top level\): unknown field "metricz" \(sections are numerals, approx, units, metrics/,
    ],
    [
      'wrong type',
      'bad.yaml',
      'units:\n  - id: u\n    words: [台]\n    unit: count\n    class: count\n    factor: lots\n',
      /bad\.yaml:6:13: units\.0\.factor: expected number/,
    ],
    [
      'regex that does not compile',
      'bad.yaml',
      "patterns:\n  - id: p\n    type: indicator\n    regex: '(?<value>[0-9+)'\n",
      /bad\.yaml:4:12: patterns\.0\.regex: invalid regular expression/,
    ],
    [
      'duplicate id',
      'bad.yaml',
      'metrics:\n  - id: x\n    names: [甲]\n  - id: x\n    names: [乙]\n',
      /bad\.yaml:4:9: metrics: duplicate id "x" \(first at entry 1\)/,
    ],
  ];

  it.each(cases)('%s: rules check', (_, file, text, message) => {
    const dir = ruleDir(file, text);
    const r = run(['rules', 'check', '--rules', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain(path.join(dir, file));
  });

  it.each(cases)('%s: the same message from extract, which writes nothing', (_, file, text, message) => {
    const dir = ruleDir(file, text);
    const r = run(['--rules', dir, 'fixtures/seeds/002_1d16421faa7a852a.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('throws a RuleFileError with file, line and column', () => {
    const dir = ruleDir('bad.yaml', 'metrics:\n  - id: x\n    names: 充电桩\n');
    try {
      loadRules({ dirs: [dir] });
      expect.unreachable();
    } catch (e) {
      // By name: under vitest the lazily required parser has its own copy of the class.
      expect((e as Error).name).toBe(RuleFileError.name);
      expect(e).toMatchObject({ file: path.join(dir, 'bad.yaml'), line: 3, column: 12 });
      expect((e as Error).message).toMatch(/metrics\.0\.names: expected array/);
    }
  });
});

describe('user rules on top of the built-in ones', () => {
  it('an entry with a built-in id replaces it; --no-default-rules leaves the built-ins out', () => {
    const dir = ruleDir(
      'mine.yaml',
      'metrics:\n  - id: base_stations_5g\n    names: [通信基站]\n    examples:\n      - text: 建成通信基站300个。\n        expect: [{ type: indicator, metric: base_stations_5g }]\n',
    );
    const text = '建成5G基站300个,通信基站200个。';
    const out = (args: string[]) =>
      (JSON.parse(run([...args, '-', '--type', 'indicator'], text).stdout) as Output).facts.map((f) =>
        f.type === 'indicator' ? [f.value, f.metric] : null,
      );
    expect(out([])).toEqual([
      [300, 'base_stations_5g'],
      [200, null],
    ]);
    expect(out(['--rules', dir])).toEqual([
      [300, null],
      [200, 'base_stations_5g'],
    ]);
    expect(loadRuleSet({ dirs: [dir], builtins: false }).loaded.sections.metrics.map((m) => m.entry.id)).toEqual([
      'base_stations_5g',
    ]);
  });

  it('the rule set hash is in tool.rules and in every fact rule, and changes with the rules', () => {
    const dir = ruleDir(
      'mine.yaml',
      'metrics:\n  - id: extra\n    names: [换电站]\n    examples:\n      - text: 建成换电站20座。\n        expect: [{ type: indicator, metric: extra }]\n',
    );
    const a = JSON.parse(run(['fixtures/seeds/002_1d16421faa7a852a.txt']).stdout) as Output;
    const b = JSON.parse(run(['fixtures/seeds/002_1d16421faa7a852a.txt', '--rules', dir]).stdout) as Output;
    expect(a.tool.rules).not.toBe(b.tool.rules);
    expect(a.facts.every((f) => f.rule.endsWith(`@${a.tool.rules}`))).toBe(true);
    expect(b.facts.every((f) => f.rule.endsWith(`@${b.tool.rules}`))).toBe(true);
  });
});

describe('the README walk-through: counting charging piles', () => {
  const dir = path.join(ROOT, 'examples/my-rules');

  it('rules test passes over the user file', () => {
    const r = run(['rules', 'test', '--rules', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ 0 failed/);
  });

  it('extract --rules finds the new metric and the pattern', () => {
    const text = '截至2021年底,青岛全市累计建成公共充电桩1.2万个,同比增长35%。高速公路服务区充电设施覆盖率达到95%。';
    const out = JSON.parse(run(['--rules', dir, '-', '--type', 'indicator'], text).stdout) as Output;
    const facts = out.facts.flatMap((f) => (f.type === 'indicator' ? [f] : []));
    expect(facts.find((f) => f.metric === 'charging_piles')).toMatchObject({
      value: 12000,
      measure: '个',
      region: '青岛',
      period: '2021-12-31',
      change: { basis: 'yoy', value: 35 },
    });
    expect(facts.find((f) => f.metric === 'charging_coverage')).toMatchObject({
      value: 95,
      unit: '%',
      label: '充电设施覆盖率',
      rule: expect.stringMatching(/^charging-piles\.yaml#charging-coverage@/),
    });
  });

  it('a failing example is reported with its file, line and what was found instead', () => {
    const bad = ruleDir(
      'mine.yaml',
      'metrics:\n  - id: charging_piles\n    names: [充电桩]\n    examples:\n      - text: 建成充电桩500个。\n        expect: [{ type: indicator, value: 600 }]\n',
    );
    const r = run(['rules', 'test', '--rules', bad]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`FAIL ${path.join(bad, 'mine.yaml')}:5 mine.yaml#charging_piles example 1`);
    expect(r.stdout).toMatch(/expected indicator \{value: 600\}; nearest: indicator «.*500个» value=500/);
    expect(r.stdout).toMatch(/^\d+ passed, 1 failed/m);
  });
});

describe('schema and explain', () => {
  it('prints the rule files JSON Schema', () => {
    const r = run(['schema', 'rules']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['metrics', 'units', 'patterns', 'markers']));
    expect(schema.additionalProperties).toBe(false);
  });

  it('explain shows sentences, tokens, matches, drops and facts', () => {
    const r = run(['explain', '今年再建设5G基站1.5万个,服务20位企业家。', '--ref-date', '2020-05-27']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Sentences and tokens');
    expect(r.stdout).toMatch(/今年\/t/);
    expect(r.stdout).toMatch(/date\s+info\s+"今年" periods\.yaml#this-year: → 2020/);
    expect(r.stdout).toMatch(/quantity\s+dropped "20位" units\.yaml#people: 位 counts people/);
    expect(r.stdout).toMatch(
      /indicator\s+\[\d+,\d+\) 15000 count\(个\) label=再建设5G基站 metric=base_stations_5g region=— period=2020 plan/,
    );
  });

  it('explain reads standard input as -', () => {
    const r = run(['explain', '-'], '2021年1月4日,苏州召开数字经济大会。');
    expect(r.stdout).toMatch(/event\s+\[\d+,\d+\) 2021-01-04 \(explicit\) meeting/);
  });
});
