#!/usr/bin/env node
// npm run peer: our number and date reading against Microsoft Recognizers-Text's
// Chinese spec files (../shared/peer/recognizers-text, or PEER_DIR), next to
// @microsoft/recognizers-text-suite itself on the same cases in the same run.
//
// What runs through what:
//   Number/Chinese/NumberModel.json             parseQuantities   | recognizeNumber
//   Number/Chinese/PercentModel.json            parseQuantities   | recognizePercentage
//   NumberWithUnit/Chinese/CurrencyModel.json   parseQuantities   | recognizeCurrency
//   DateTime/Chinese/DateParser.json            parseDates        | recognizeDateTime
//   DateTime/Chinese/DatePeriodParser.json      parseDates        | recognizeDateTime
// (dates against each case's ReferenceDateTime, compared with its PastResolution).
//
// How a case passes, for both tools: the tool's results (of the kind the file is
// about) and the case's results are the same list: the same spans (Start to End
// inclusive, or Start + Length) and the same resolved values, nothing missing,
// nothing extra.
// - Numbers: the value (to 12 significant digits). A quantity of ours with a unit
//   matches a number of NumberModel that is its numeral, the rest of our span being the
//   unit (199个 → 199, 百分之五十五 → 五十五: NumberModel counts numbers; parseQuantities
//   returns the quantity).
//   For ours, every quantity counts in NumberModel; in PercentModel those whose unit
//   is % or pp; in CurrencyModel those with a money unit of the rules (class money).
// - Percentages: the number before %, and for ours the unit % (pp where a difference says so).
// - Currency: the value, and the ISO 4217 code where the case gives one.
// - DateParser: the past reading of the date (YYYY-MM-DD). Microsoft's "not resolved"
//   (an impossible date, 2月30日) matches the spec's 0001-01-01; for ours an impossible
//   date is no date at all.
// - DatePeriodParser: start and end. Ours is converted from our normalized date: a
//   period P (2008, 2018-10, 2017-Q1, 2017-H1, a day) starts on its first day and ends
//   on the day after its last; a range A/B starts on A's first day and ends either on
//   B's first day (how Microsoft writes from–to ranges: 2009年到2010年 → 2009-01-01,
//   2010-01-01; 从一月十日到十二日 → …-01-10, …-01-12) or on the day after B's last day
//   (how it writes whole periods: 下周 → Monday, next Monday). Microsoft is compared as
//   it writes itself: its start and end against the spec's.
// Microsoft's past reading is the first of its values (it lists past before future).
//
// Which cases count: the headline is the cases without `javascript` in NotSupported
// or NotSupportedByDesign (what the published npm package claims to support); the
// "all" line counts every case of the file.
//
// Deliberate differences: scripts/peer-differences.yaml lists, per file and input, the
// cases where our documented semantics differ from the spec (百分点 is pp, lunar dates
// are not read as Gregorian, …) with the reason and what we produce instead. For ours,
// such a case is checked against that expectation; Microsoft is always checked against
// the spec. The strict line checks ours against the spec with no differences applied.
//
// Exit status 0 (a report, not a gate), also when the peer folder is absent.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const peerDir = resolve(process.env.PEER_DIR ?? join(root, '..', 'shared', 'peer', 'recognizers-text'));
const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
const jsonOut = process.argv.includes('--json');

if (!existsSync(peerDir)) {
  console.log(`peer: ${peerDir} not found; nothing to compare (skipped)`);
  process.exit(0);
}
if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('peer: dist/ is missing; run `npm run build` first (npm run peer does)');
  process.exit(2);
}

const ours = await import(join(root, 'dist', 'index.js'));
let ms = null;
try {
  ms = await import('@microsoft/recognizers-text-suite');
  ms = ms.default ?? ms;
} catch {
  console.log('peer: @microsoft/recognizers-text-suite is not installed; only our results are shown');
}

const FILES = [
  { file: 'Number/Chinese/NumberModel.json', kind: 'number', target: 0.9 },
  { file: 'Number/Chinese/PercentModel.json', kind: 'percent', target: 0.9 },
  { file: 'NumberWithUnit/Chinese/CurrencyModel.json', kind: 'currency', target: 0.9 },
  { file: 'DateTime/Chinese/DateParser.json', kind: 'date', target: 0.8 },
  { file: 'DateTime/Chinese/DatePeriodParser.json', kind: 'period', target: 0.8 },
];

const differences = parseYaml(readFileSync(join(here, 'peer-differences.yaml'), 'utf8')) ?? {};
const reasons = differences.reasons ?? {};

/** Money units of our rules: the units a currency amount of ours may have. */
const moneyUnits = new Set(
  ours
    .loadRuleSet()
    .loaded.sections.units.filter((u) => u.entry.class === 'money')
    .map((u) => u.entry.unit),
);

// ---------------------------------------------------------------- values

const num = (v) => (typeof v === 'number' ? v : Number(String(v).replace(/%$/, '')));
/** Equal to 12 significant digits (the spec writes 350.333333333333). */
function sameNumber(a, b) {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return a === b || Number(a.toPrecision(12)) === Number(b.toPrecision(12));
}

const pad = (n) => String(n).padStart(2, '0');
const ymd = (d) => `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const utc = (y, m, d) => new Date(Date.UTC(y, m - 1, d));
const addDays = (s, n) => {
  const [y, m, d] = s.split('-').map(Number);
  return ymd(new Date(utc(y, m, d).getTime() + n * 86400000));
};

/** First and last day of one of our periods: 2008, 2018-10, 2017-Q1, 2017-H2, 2017-03-22. */
function bounds(p) {
  let m;
  if ((m = /^(\d{4})$/.exec(p))) return [`${m[1]}-01-01`, `${m[1]}-12-31`];
  if ((m = /^(\d{4})-(\d{2})$/.exec(p))) return [`${m[1]}-${m[2]}-01`, addDays(ymd(utc(+m[1], +m[2] + 1, 1)), -1)];
  if ((m = /^(\d{4})-Q([1-4])$/.exec(p))) {
    const first = (+m[2] - 1) * 3 + 1;
    return [`${m[1]}-${pad(first)}-01`, addDays(ymd(utc(+m[1], first + 3, 1)), -1)];
  }
  if ((m = /^(\d{4})-H([12])$/.exec(p)))
    return m[2] === '1' ? [`${m[1]}-01-01`, `${m[1]}-06-30`] : [`${m[1]}-07-01`, `${m[1]}-12-31`];
  if (/^\d{4}-\d{2}-\d{2}$/.test(p)) return [p, p];
  return null;
}

/** Our normalized date as the starts and ends Microsoft may write for it (see the top of the file). */
function asPeriod(date) {
  if (!date) return null;
  const [a, b] = date.includes('/') ? date.split('/') : [date, null];
  const A = bounds(a);
  if (!A) return null;
  if (b === null) return { start: A[0], ends: [addDays(A[1], 1)] };
  const B = bounds(b);
  if (!B) return null;
  return { start: A[0], ends: [B[0], addDays(B[1], 1)] };
}

// ---------------------------------------------------------------- expected results

/** The case's results as {start, end, value, unit?} (end exclusive). */
function expectedOf(c, kind) {
  return (c.Results ?? []).map((r) => {
    const start = r.Start;
    const end = r.End !== undefined ? r.End + 1 : r.Start + r.Length;
    if (kind === 'number' || kind === 'percent')
      return { start, end, value: num(r.Resolution.value), unit: kind === 'percent' ? '%' : undefined };
    if (kind === 'currency') {
      const v = Number(r.Resolution.value);
      return { start, end, value: Number.isNaN(v) ? null : v, unit: r.Resolution.isoCurrency ?? null };
    }
    const past = r.Value?.PastResolution ?? {};
    if (kind === 'date') return { start, end, date: past.date ?? null };
    return { start, end, from: past.startDate ?? null, to: past.endDate ?? null };
  });
}

/** A difference's `expect` (our shapes: text, value, unit / text, date) located in the input. */
function differenceExpected(input, list, kind) {
  let from = 0;
  return list.map((e) => {
    const start = e.start ?? input.indexOf(e.text, from);
    if (start < 0) throw new Error(`peer-differences.yaml: "${e.text}" is not in "${input}"`);
    from = start + e.text.length;
    if (kind === 'date' || kind === 'period') return { start, end: start + e.text.length, ourDate: e.date ?? null };
    return { start, end: start + e.text.length, value: e.value, unit: e.unit };
  });
}

// ---------------------------------------------------------------- our results

function ourResults(c, kind) {
  const input = c.Input;
  if (kind === 'date' || kind === 'period') {
    const ref = (c.Context?.ReferenceDateTime ?? '').slice(0, 10) || null;
    return ours.parseDates(input, { refDate: ref }).filter((d) => d.date !== null);
  }
  const qs = ours.parseQuantities(input);
  if (kind === 'percent') return qs.filter((q) => q.unit === '%' || q.unit === 'pp');
  if (kind === 'currency') return qs.filter((q) => moneyUnits.has(q.unit));
  return qs;
}

function ourMatches(kind, got, exp, fromDifference) {
  if (kind === 'date' || kind === 'period') {
    if (got.start !== exp.start || got.end !== exp.end) return false;
    if (fromDifference) return got.date === exp.ourDate;
    if (kind === 'date') return got.date === exp.date;
    const p = asPeriod(got.date);
    return p !== null && p.start === exp.from && p.ends.includes(exp.to);
  }
  if (!sameNumber(got.value, exp.value)) return false;
  if (fromDifference)
    return got.start === exp.start && got.end === exp.end && (exp.unit === undefined || got.unit === exp.unit);
  if (kind === 'number') {
    if (got.start === exp.start && got.end === exp.end) return true;
    // 199个 → 199; 百分之五十五 → 五十五: the rest of our span is the unit.
    return (
      got.unit !== null &&
      ((got.start === exp.start && got.end > exp.end) || (got.end === exp.end && got.start < exp.start))
    );
  }
  if (got.start !== exp.start || got.end !== exp.end) return false;
  if (kind === 'percent') return got.unit === '%';
  return exp.unit === null || got.unit === exp.unit;
}

function checkOurs(c, kind, diff) {
  const got = ourResults(c, kind);
  const fromDifference = diff !== undefined;
  let exp = fromDifference ? differenceExpected(c.Input, diff.expect ?? [], kind) : expectedOf(c, kind);
  // An impossible date (the spec's 0001-01-01) is, for us, no date at all.
  if (!fromDifference && kind === 'date') exp = exp.filter((e) => e.date !== '0001-01-01');
  const ok = got.length === exp.length && exp.every((e, i) => ourMatches(kind, got[i], e, fromDifference));
  return {
    ok,
    got: got.map((g) =>
      kind === 'date' || kind === 'period'
        ? `${g.text}→${g.date}`
        : `${g.text}→${g.value}${g.unit ? ' ' + g.unit : ''}`,
    ),
  };
}

// ---------------------------------------------------------------- Microsoft's results

function msResults(c, kind) {
  const C = ms.Culture.Chinese;
  if (kind === 'number') return ms.recognizeNumber(c.Input, C);
  if (kind === 'percent') return ms.recognizePercentage(c.Input, C);
  if (kind === 'currency') return ms.recognizeCurrency(c.Input, C);
  const ref = c.Context?.ReferenceDateTime ? new Date(c.Context.ReferenceDateTime) : new Date();
  return ms.recognizeDateTime(c.Input, C, undefined, ref);
}

function msMatches(kind, r, e) {
  if (r.start !== e.start || r.end + 1 !== e.end) return false;
  if (kind === 'number' || kind === 'percent') return sameNumber(num(r.resolution?.value), e.value);
  if (kind === 'currency') {
    const v = Number(r.resolution?.value);
    if (e.value === null) return r.resolution?.value !== undefined && Number.isNaN(v);
    return sameNumber(v, e.value) && (e.unit === null || r.resolution?.isoCurrency === e.unit);
  }
  const v = r.resolution?.values?.[0];
  if (!v) return false;
  const unresolved = v.value === 'not resolved' || (v.start === undefined && v.value === undefined);
  if (kind === 'date') return e.date === '0001-01-01' ? unresolved : v.value === e.date;
  if (e.from === null) return unresolved;
  return v.start === e.from && v.end === e.to;
}

function checkMs(c, kind) {
  let got;
  try {
    got = msResults(c, kind);
  } catch (err) {
    return { ok: false, got: [`error: ${err.message}`] };
  }
  const exp = expectedOf(c, kind);
  const ok = got.length === exp.length && exp.every((e, i) => msMatches(kind, got[i], e));
  return { ok, got: got.map((r) => `${r.text}→${JSON.stringify(r.resolution)}`) };
}

// ---------------------------------------------------------------- run

const jsUnsupported = (c) =>
  [c.NotSupported, c.NotSupportedByDesign].some((f) =>
    String(f ?? '')
      .split(',')
      .some((p) => p.trim().toLowerCase() === 'javascript'),
  );

const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
const report = [];
for (const spec of FILES) {
  const path = join(peerDir, spec.file);
  if (!existsSync(path)) {
    console.log(`${spec.file}: not found, skipped`);
    continue;
  }
  const cases = JSON.parse(readFileSync(path, 'utf8'));
  const diffs = new Map();
  for (const d of differences.files?.[spec.file] ?? []) {
    const key = d.input;
    if (diffs.has(key)) throw new Error(`peer-differences.yaml: ${spec.file}: "${key}" listed twice`);
    if (!reasons[d.reason])
      throw new Error(`peer-differences.yaml: ${spec.file}: "${key}": unknown reason ${d.reason}`);
    diffs.set(key, d);
  }
  const unused = new Set(diffs.keys());
  const tally = {
    js: { n: 0, ours: 0, strict: 0, ms: 0, diffs: 0 },
    all: { n: 0, ours: 0, strict: 0, ms: 0, diffs: 0 },
  };
  const byReason = new Map();
  const failures = [];
  for (const c of cases) {
    const diff = diffs.get(c.Input);
    unused.delete(c.Input);
    const o = checkOurs(c, spec.kind, diff);
    const strict = diff ? checkOurs(c, spec.kind, undefined) : o;
    const m = ms ? checkMs(c, spec.kind) : { ok: false, got: [] };
    const buckets = jsUnsupported(c) ? [tally.all] : [tally.all, tally.js];
    for (const t of buckets) {
      t.n++;
      if (o.ok) t.ours++;
      if (strict.ok) t.strict++;
      if (m.ok) t.ms++;
      if (diff) t.diffs++;
    }
    if (diff && !jsUnsupported(c)) byReason.set(diff.reason, (byReason.get(diff.reason) ?? 0) + 1);
    if (!o.ok)
      failures.push({
        input: c.Input,
        js: !jsUnsupported(c),
        difference: diff?.reason ?? null,
        ours: o.got,
        ms: m.ok ? 'pass' : m.got,
      });
  }
  if (unused.size)
    throw new Error(
      `peer-differences.yaml: ${spec.file}: no such case: ${[...unused].map((u) => JSON.stringify(u)).join(', ')}`,
    );
  report.push({ file: spec.file, target: spec.target, ...tally, byReason: Object.fromEntries(byReason), failures });
}

if (jsonOut) {
  console.log(JSON.stringify(report, null, 2));
  process.exit(0);
}
console.log(`peer: ${peerDir}`);
console.log(
  'cases: those Microsoft\'s JavaScript package supports (no "javascript" in NotSupported / NotSupportedByDesign); all: every case',
);
console.log(
  'ours: with the deliberate differences of scripts/peer-differences.yaml; strict: against the spec as written\n',
);
const w = Math.max(...report.map((r) => r.file.length));
console.log(
  `${'file'.padEnd(w)}  cases  ours    target  microsoft  strict  differences | all: cases  ours    microsoft  strict`,
);
for (const r of report) {
  const mark = r.js.ours / r.js.n >= r.target ? ' ' : '!';
  console.log(
    `${r.file.padEnd(w)}  ${String(r.js.n).padStart(5)}  ${pct(r.js.ours, r.js.n).padStart(6)}${mark} ${pct(r.target, 1).padStart(6)}  ${(ms ? pct(r.js.ms, r.js.n) : 'n/a').padStart(9)}  ${pct(r.js.strict, r.js.n).padStart(6)}  ${String(r.js.diffs).padStart(11)} | ${String(r.all.n).padStart(10)}  ${pct(r.all.ours, r.all.n).padStart(6)}  ${(ms ? pct(r.all.ms, r.all.n) : 'n/a').padStart(9)}  ${pct(r.all.strict, r.all.n).padStart(6)}`,
  );
}
console.log('\ndeliberate differences applied (supported cases), by reason:');
for (const r of report) {
  const parts = Object.entries(r.byReason).map(([k, n]) => `${k} ${n}`);
  console.log(`  ${r.file}: ${r.js.diffs}${parts.length ? ' — ' + parts.join(', ') : ''}`);
}
if (verbose) {
  for (const r of report) {
    if (!r.failures.length) continue;
    console.log(`\n${r.file}: our failures`);
    for (const f of r.failures)
      console.log(
        `  ${f.js ? '' : '[not in js] '}${JSON.stringify(f.input)}${f.difference ? ` (difference: ${f.difference})` : ''}\n    ours: ${f.ours.join(' | ') || '(nothing)'}\n    microsoft: ${Array.isArray(f.ms) ? f.ms.join(' | ') || '(nothing)' : f.ms}`,
      );
  }
} else console.log('\n(--verbose lists every case we fail; --json prints it all)');
