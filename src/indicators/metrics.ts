// The metric a label names (metrics.yaml): the longest name that ends it (净增高新技术企业,
// GDP增幅), unless the label measures something narrower (海洋生产总值, 农业生产总值) or a
// share of it (…占生产总值比重).
import type { Context } from '../context/context.js';
import type { Quantity } from '../numbers/resolve.js';
import { foldedText } from './folded.js';
import { NOUN } from '../segment/tags.js';
import type { Ref, RuleSet } from '../rules/ruleset.js';
import type { LexiconMatch } from '../rules/lexicon.js';
import type { MetricRule } from '../rules/schema.js';
import { perRuleSet } from '../rules/compiled.js';
import { LIST_JOINERS, ONE_TO_NINE, TEN } from '../rules/vocabulary.js';

/** A share of something (…占生产总值比重, …占比): its figure is not the metric it names. */
export function isShare(ctx: Context, written: string): boolean {
  const label = foldedText(written);
  const share = ctx.rules.marker('share');
  return share.matchEndingAt(label, label.length) !== null || share.findAll(label).length >= 2;
}

/**
 * The metric a label names: the longest metric name that ends it (净增高新技术企业,
 * GDP增幅). A name followed by more (对GDP增长的贡献率), or narrowed by the word before it
 * (海洋生产总值), measures something else.
 */
export function longestMetric(
  ctx: Context,
  written: string,
  unitClass: Quantity['class'],
  at: number | null = null,
): { id: string; ref: string } | null {
  const { label, tails, relation } = metricNames(ctx.rules, written);
  const verb = verbMetric(ctx.rules, label, unitClass);
  if (verb) return verb;
  if (tails.length === 0) return null;
  // A rate or share may be of any metric; a level must be in the metric's own class
  // (15个副省级城市上半年GDP counts cities: it is not a GDP figure).
  const fits = (m: { value: { rule: { class?: string } } }) =>
    unitClass === 'percent' || unitClass === 'pp' || !m.value.rule.class || m.value.rule.class === unitClass;
  const heads = tails.filter(fits);
  // (Where the label is the text at `at`, jieba says which word stands before the name.)
  const where = at !== null && ctx.doc.text.startsWith(written, at) ? at : null;
  for (const best of heads) {
    if (relation.some((r) => r.end <= best.start)) return null;
    // 海洋生产总值, 人均生产总值: a word that narrows the name makes it another measure.
    if (ctx.rules.marker('metric-narrowing').matchEndingAt(label, best.start)) return null;
    // 农业生产总值, 交通固定资产投资, 装备制造业增加值: so does any other word before an
    // aggregate's name but a scope (规模以上, 全社会), a place, a time, or a word that opens a
    // label (实现, 新增); a shorter name that ends the label may still be its measure
    // (装备制造业增加值 is a value added, 交通固定资产投资 an investment).
    // 居民消费价格指数CPI, 国内生产总值GDP: a name before the name is the same measure, said twice.
    const apposition = ctx.rules.metrics.findEvery(label.slice(0, best.start)).length > 0;
    if (
      best.value.rule.aggregate &&
      !apposition &&
      narrowedBy(ctx, label.slice(0, best.start), where === null ? null : where + best.start)
    )
      continue;
    return { id: best.value.rule.id, ref: best.value.ref };
  }
  return null;
}

/** A metric a verb in the label names (拉动GDP增长3.3个百分点 → a pull), for a figure in its class. */
function verbMetric(rules: RuleSet, label: string, unitClass: Quantity['class']): { id: string; ref: string } | null {
  const verb = rules.metricVerbs.firstIn(label);
  if (!verb || verb.value.rule.class !== unitClass) return null;
  return { id: verb.value.rule.id, ref: verb.value.ref };
}

/** What metricNames reads off a label. */
interface MetricNames {
  readonly label: string;
  readonly tails: readonly LexiconMatch<Ref<MetricRule>>[];
  readonly relation: readonly LexiconMatch<true>[];
}

/** How many labels' readings are kept before the table starts again (a run meets a few thousand). */
const KNOWN_LABELS_MAX = 1 << 13;

/**
 * metricNames by label, per rule set: the same labels (地区生产总值, 规模以上工业增加值) recur
 * on page after page, and each reading scans the label at every position and sorts.
 */
const knownMetricNames = perRuleSet(() => new Map<string, MetricNames>());

function metricNames(rules: RuleSet, written: string): MetricNames {
  const known = knownMetricNames(rules);
  let names = known.get(written);
  if (names === undefined) {
    if (known.size >= KNOWN_LABELS_MAX) known.clear();
    known.set(written, (names = readMetricNames(rules, written)));
  }
  return names;
}

/**
 * What longestMetric reads off a label's words alone: the label as
 * matched, the metric names that end it longest first, and the words of relation in it
 * (占GDP的26.7%, 拉动GDP增长0.1个百分点: a name after one is what the figure relates to,
 * not what it measures).
 */
function readMetricNames(rules: RuleSet, written: string): MetricNames {
  // ５Ｇ基站 is 5G基站; 地区生产总值（GDP） names what 地区生产总值 names.
  const whole = foldedText(written);
  // (a bracket is cut only from a label that ends in one)
  const closed = whole.endsWith('）') || whole.endsWith(')');
  const label = closed ? whole.replace(/[（(][^（）()]*[）)]$/, '') : whole;
  const tails = rules.metrics
    .findEvery(label)
    .filter((m) => tailEnds(rules, label, m.end))
    .sort((a, b) => b.end - b.start - (a.end - a.start));
  return { label, tails, relation: rules.marker('metric-relation').findAll(label) };
}

/** Closing quotation marks: what they close names a part (“新三样”出口). */
const CLOSING_QUOTE = /[”’」』"']/;

/** Dates written with numbers (2020年, 1—2月, 前11个月): a time, not a sector. */
const NUMERIC_TIME = new RegExp(
  `^(?:[前近]?[\\d${ONE_TO_NINE}${TEN}]+(?:[—\\-~至][\\d${ONE_TO_NINE}${TEN}]+)?(?:年|月份?|个月|季度|日|号)|[\\s，,的${LIST_JOINERS.join('')}])+`,
  'u',
);

/**
 * Does anything before a metric's name make it a narrower measure? What is left once
 * scopes, places, times and label words are read off does, when it ends in a noun
 * (交通, 农业) or runs into the name (装备制造业|增加值); a verb there (培育, 登记) does not.
 * Without the name's place in the text (`nameStart`), only the words are read.
 */
function narrowedBy(ctx: Context, before: string, nameStart: number | null): boolean {
  const r = ctx.rules;
  const lexicons = [
    r.marker('metric-scope'),
    r.regions,
    r.regionSuffixes,
    r.periods,
    r.labelLead,
    r.labelQualifier,
    r.labelQualifierAfter,
  ];
  let rest = before;
  while (rest.length > 0) {
    const time = NUMERIC_TIME.exec(rest);
    if (time) {
      rest = rest.slice(time[0].length);
      continue;
    }
    const m = lexicons.map((l) => l.matchAt(rest, 0)).find((x) => x !== null);
    if (!m) break;
    rest = rest.slice(m.end);
  }
  if (rest.length === 0) return false;
  // “新三样”出口: a name in quotes before it picks out a part.
  if (CLOSING_QUOTE.test(rest[rest.length - 1]!)) return true;
  if (nameStart === null) return false;
  const words = ctx.tokensAround(nameStart - 1, nameStart + 1);
  const across = words.find((w) => w.start < nameStart && w.end > nameStart);
  if (across) return true;
  const last = words.find((w) => w.end === nameStart);
  return !!last && NOUN.has(last.tag);
}

/** The metric name in a label, as written (folding keeps offsets). */
export function metricNameIn(ctx: Context, written: string): string | null {
  const all = ctx.rules.metrics.findEvery(foldedText(written));
  if (all.length === 0) return null;
  const best = all.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
  return written.slice(best.start, best.end);
}

/**
 * Does `label` end at `from`, or after a tail word (GDP增幅, 5G基站总数), maybe followed by a
 * rate noun (工业增加值平均增速; not 总量增加: an increase is no level of the metric), and
 * then maybe a closing word (增加值两年平均增长, 经济增长预期目标, 城镇化率从)? A 的 may open the
 * tail (高新技术企业的数量).
 */
function tailEnds(r: RuleSet, label: string, from: number): boolean {
  // 高新技术企业的数量, GDP的增速: a 的 may stand before the tail.
  const tailFrom = label[from] === '的' && from + 1 < label.length ? from + 1 : from;
  let at =
    r.marker('metric-tail').matchAt(label, tailFrom)?.end ??
    r.marker('rate-noun').matchAt(label, tailFrom)?.end ??
    from;
  at = r.marker('rate-noun').matchAt(label, at)?.end ?? at;
  at = r.marker('metric-suffix').matchAt(label, at)?.end ?? at;
  return at === label.length;
}
