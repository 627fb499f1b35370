// The one definition of what a rule file may hold. TypeScript types are
// inferred from these schemas; `extract schema rules` prints them as JSON Schema.
//
// A rule file is a YAML (or JSON) map whose top-level keys are sections. Any file
// may contribute to any section, so a user's `my-rules/charging.yaml` can add a
// metric, a unit and a dictionary word at once. Entries are keyed by `id` within
// their section: a later file's entry with the same id replaces the earlier one.
import { z } from 'zod';
import { SECTION_NAMES, type SectionName } from './sections.js';

const id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, 'an id is letters, digits and _ . : - (e.g. "gdp", "count-jia")');
const words = z.array(z.string().min(1)).min(1);
const EVENT_KINDS = [
  'meeting',
  'signing',
  'release',
  'founding',
  'investment',
  'visit',
  'launch',
  'appointment',
  'other',
] as const;
const ORG_KINDS = ['company', 'government', 'university', 'research', 'association', 'media', 'other'] as const;

/** A fact (or some of its fields) that an example text must produce. */
export const ExpectedFactSchema = z
  .object({
    type: z.enum(['indicator', 'event', 'organization']),
    text: z.string().optional(),
    metric: z.string().nullable().optional(),
    label: z.string().nullable().optional(),
    region: z.string().nullable().optional(),
    period: z.string().nullable().optional(),
    value: z.number().optional(),
    unit: z.string().optional(),
    measure: z.string().nullable().optional(),
    approx: z.enum(['about', 'over', 'under']).nullable().optional(),
    changeBasis: z.string().nullable().optional(),
    changeValue: z.number().optional(),
    /** null: the figure carries no change (增速为5%, 增长2倍). */
    change: z.null().optional(),
    status: z.enum(['actual', 'target', 'plan']).optional(),
    date: z.string().optional(),
    dateBasis: z.enum(['explicit', 'publication', 'context', 'reference']).optional(),
    kind: z.string().optional(),
    orgs: z.array(z.string()).optional(),
    people: z.array(z.string()).optional(),
    name: z.string().optional(),
    canonical: z.string().optional(),
    /** An organization's other forms: every one listed must be among them. */
    aliases: z.array(z.string()).optional(),
    mentions: z.number().optional(),
  })
  .strict();

/** Texts a rule must handle: `text` must yield every fact in `expect`; `refDate` is its reference date, as with --ref-date. */
export const ExampleSchema = z
  .object({
    text: z.string().min(1),
    refDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    expect: z.array(ExpectedFactSchema).default([]),
    /** Facts of these types must not be produced from this text at all. */
    reject: z.array(z.enum(['indicator', 'event', 'organization'])).optional(),
  })
  .strict();

const base = { id, description: z.string().optional(), examples: z.array(ExampleSchema).optional() };

export const NumeralsSchema = z
  .object({
    ...base,
    /** Characters that are digits: 一 → 1, 两 → 2, 〇 → 0. */
    digits: z.record(z.string().length(1), z.number().int().min(0).max(9)),
    /** Characters that multiply within a section: 十 → 10, 百 → 100, 千 → 1000. */
    multipliers: z.record(z.string().length(1), z.number().positive()),
    /** Characters that close a section: 万 → 1e4, 亿 → 1e8 (万亿 composes to 1e12). */
    sections: z.record(z.string().length(1), z.number().positive()).default({}),
    /** Decimal points between Chinese digits: 二点五 → 2.5 (only a digit may follow). */
    points: z.array(z.string().length(1)).default([]),
    /** Digits that never follow a decimal point: 两 counts (一点两小时 is 一 and 两). */
    notAfterPoint: z.array(z.string().length(1)).default([]),
    /** Signs before a number that make it negative: 负三十二 → -32. */
    minus: z.array(z.string().min(1)).default([]),
    /** Words ending in a sign that are no sign (减负2500亿元 is 减负, a cut of burdens, and 2500亿元). */
    notMinus: z.array(z.string().min(2)).default([]),
    /**
     * false: a numeral made of one of this entry's characters alone is a word, not a
     * number (the financial forms: 陆地, 收拾, 入伍, 放肆).
     */
    alone: z.boolean().default(true),
    /** Words that start with a numeral but are not numbers (一切, 一看, 四川). */
    notNumbers: z.array(z.string().min(2)).default([]),
    /** Words between a denominator and a numerator: 五分之一 → 0.2 (spaces may come between their characters). */
    fraction: z.array(z.string().min(1)).default([]),
    /** Words between a whole number and a fraction: 三又三分之一 → 3.333…. */
    mixed: z.array(z.string().min(1)).default([]),
  })
  .strict();

export const ApproxSchema = z
  .object({
    ...base,
    words,
    /**
     * before: 近300家; inside: 300余家 / 1.5万余项 (between number and unit); after: 30%以上;
     * bare: before a scale word written without a digit, which it makes a number of one
     * of that scale (上千家 → over 1000, 数百 → over 100, 超过万亿元 → over 10¹²).
     */
    position: z.enum(['before', 'inside', 'after', 'bare']),
    approx: z.enum(['about', 'over', 'under']),
    /** The word is not this one when preceded by one of these (约 in 签约, 近 in 附近, 上 in 线上). */
    notPrecededBy: z.array(z.string().min(1)).default([]),
    /**
     * Only before a quantity of these unit classes (迈上8000亿元 passes a mark; 迈上4个万亿元台阶
     * counts the marks, exactly). Unset: any.
     */
    classes: z.array(z.enum(['money', 'percent', 'pp', 'count', 'physical', 'duration', 'index'])).optional(),
  })
  .strict();

export const UnitSchema = z
  .object({
    ...base,
    words,
    /** Output unit: CNY, USD, %, pp, count, or a unit name (km, t, kWh …). */
    unit: z.string().min(1),
    /** How the scorer and the indicator rules see it. */
    class: z.enum(['money', 'percent', 'pp', 'count', 'physical', 'duration', 'index']),
    /** Multiply the number by this to get base units (万元 is handled by scale words, not here). */
    factor: z.number().positive().default(1),
    /** For counts: the word is the measure (家, 个 …). */
    measure: z.boolean().default(false),
    /** The word is not this unit when followed by one of these (个 before 月 is a duration). */
    notFollowedBy: z.array(z.string().min(1)).default([]),
    /** The quantity is not this unit's when preceded by one of these (时速600公里 is a speed). */
    notPrecededBy: z.array(z.string().min(1)).default([]),
    /** Quantities in this unit are never indicators on their own (durations, people counts …). */
    indicator: z.boolean().default(true),
    /** The word is this unit only after a scale word (360亿度 is electricity, 38度 a temperature). */
    scaled: z.boolean().default(false),
    /** The word is this unit only after a whole number with no scale word (850起 counts cases; 12.99万起, 9.9起 are a price's floor). */
    whole: z.boolean().default(false),
    /** Written before the number: 百分之十三. */
    prefix: z.boolean().default(false),
    /** Its name in a price per it (每人2000元 → CNY/person); else a physical unit's `unit`, a measure word as written. */
    perName: z.string().min(1).optional(),
    /** A bound in this unit (60岁以上人口) marks a bracket of what follows it, which it does not measure. */
    bracket: z.boolean().default(false),
  })
  .strict();

export const MetricSchema = z
  .object({
    ...base,
    /** Names as they appear in text; the longest match wins. */
    names: words,
    /** The unit class a figure of this metric usually has; a figure in another class still matches. */
    class: z.enum(['money', 'percent', 'pp', 'count', 'physical', 'index']).optional(),
    /**
     * The name is a whole economy's total (GDP, 固定资产投资): a word before it other than a
     * scope, a place or a time names a part (交通固定资产投资, 农业生产总值), which is not it.
     */
    aggregate: z.boolean().optional(),
    /**
     * A kind of figure (value_added, investment, enterprises), not one figure: it names the metric
     * of a label it ends, but a figure with no label of its own does not borrow it from the
     * sentence (61%的城市污水处理厂 after …小流域面积401万亿 is no area).
     */
    family: z.boolean().optional(),
    /**
     * The name is a verb that governs its figure wherever it stands in the label, not a noun
     * that ends it (消费拉动GDP增长3.3个百分点 is a pull on growth, whatever whole it names):
     * it names the metric only of a figure in the metric's own class, and never a label's noun.
     */
    verb: z.boolean().optional(),
  })
  .strict();

const periodSpec = z
  .object({
    /** Year relative to the reference: 0 this year (今年), -1 last year (去年); "context" follows the text (当年, 同年). */
    year: z.union([z.number().int(), z.literal('context')]).optional(),
    /**
     * Year relative to the year of the frame the word stands in (年度 0, 上年 -1): a work
     * report's review is of the year before the report's, a bulletin's of its title's
     * year; with no frame dated, relative to the reference like `year`.
     */
    frameYear: z.number().int().optional(),
    /** Absolute years for named periods such as 十三五. */
    from: z.number().int().optional(),
    to: z.number().int().optional(),
    /** A span of years ending with the year before the reference (近五年 → 5). */
    lastYears: z.number().int().positive().optional(),
    /** A span of years starting with the reference year (今后五年 → 5: 2026–2030 in a report of 2026). */
    nextYears: z.number().int().positive().optional(),
    /** The span is the figure's own (连续四年超过90万人, a streak): it dates its own sentence, never the ones after. */
    local: z.boolean().optional(),
    /**
     * The word is followed by a count of years, read with the numeral reader (连续N年: 连续两年,
     * 连续10年): a span of that many years, as `lastYears`.
     */
    countedYears: z.boolean().optional(),
    /** Part of the year: H1, H2, Q1 … Q4, Q1/Q3 (前三季度), or a month 01 … 12. */
    part: z
      .string()
      .regex(/^(H[12]|Q[1-4](\/Q[1-4])?|\d{2}(\/\d{2})?)$/)
      .optional(),
    /** Day for a period that is a point in time (年底 → 12-31 for a stock figure). */
    pointDay: z
      .string()
      .regex(/^\d{2}-\d{2}$/)
      .optional(),
    /** The word marks "now" (目前, 截至目前): the reference date's year. */
    now: z.boolean().optional(),
    /** The word means "the same period" as the one in context (同期). */
    same: z.boolean().optional(),
    /** A day relative to the reference date: 昨天 -1, 今天 0, 明天 1. */
    days: z.number().int().optional(),
    /** A week (Monday to Sunday) relative to the reference's: 上周 -1, 本周 0, 下周 1. */
    weeks: z.number().int().optional(),
    /** A month relative to the reference's: 上个月 -1, 本月 0, 下个月 1. */
    months: z.number().int().optional(),
    /** A day of the week, 1 Monday … 7 Sunday (星期一, 周日); alone, the latest one up to the reference. */
    weekday: z.number().int().min(1).max(7).optional(),
    /** Saturday and Sunday (周末). */
    weekend: z.boolean().optional(),
    /**
     * The word qualifies a noun more than it dates a figure (年度目标, 年度投资计划): a
     * figure takes its period only when no other date in the sentence gives one.
     */
    weak: z.boolean().optional(),
    /** The word is not this period when followed by one of these (前天 in 前天津市长). */
    notFollowedBy: z.array(z.string().min(1)).optional(),
    /** …or preceded by one of these (周一 in 每周一, 一周一次). */
    notPrecededBy: z.array(z.string().min(1)).optional(),
  })
  .strict();

export const PeriodSchema = z
  .object({
    ...base,
    words,
  })
  .extend(periodSpec.shape)
  .strict();

export const TriggerSchema = z
  .object({
    ...base,
    words,
    kind: z.enum(EVENT_KINDS),
    /** Verbs outrank nouns (举行 over 大会) when a clause has both. */
    priority: z.number().int().default(1),
    /**
     * The word also names an amount (投资额1375.5亿元, 完成投资150亿元): with a figure right
     * after it, and a date without a day, it reports a statistic, not something done then.
     */
    amount: z.boolean().default(false),
    /** The word is not this trigger when followed by one of these (开幕倒计时 counts days to it). */
    notFollowedBy: z.array(z.string().min(1)).default([]),
    /** …or preceded by one of these (秋粮收购 buys a harvest; 是实施 names a stage, not a step taken). */
    notPrecededBy: z.array(z.string().min(1)).default([]),
  })
  .strict();

const orgKind = z.enum(ORG_KINDS);

export const OrgSuffixSchema = z
  .object({
    ...base,
    words,
    kind: orgKind,
    /** Fewest characters the name must have before the suffix. */
    minPrefix: z.number().int().min(0).default(2),
    /** false: the suffix relates the name to another body and is not part of it (特锐德子公司 → 特锐德). */
    keepSuffix: z.boolean().default(true),
    /**
     * The suffix ends a registered name (…有限公司): the name before it is read over any
     * word, however jieba tags it, up to punctuation or a function word.
     */
    registered: z.boolean().default(false),
    /** The name before the suffix must end in a place (苏州市人民政府, 山东省委): 政府 after anything else (法治政府) names no body. */
    placeBefore: z.boolean().default(false),
    /** The name before the suffix must hold a proper noun or characters jieba does not know (德邦证券; not 发展证券, 数据交易所). */
    properPrefix: z.boolean().default(false),
    /** Words that make the suffix part of another word when they follow it (人大代表 is a deputy, not the congress). */
    notFollowedBy: z.array(z.string().min(1)).default([]),
    /**
     * The word ends a name only right after a known body, as a unit of it (工信部装备工业司, 公安部禁毒局,
     * 国际货币基金组织上海区域中心); kind `other` takes that body's kind.
     */
    subBody: z.boolean().default(false),
    /**
     * A place with only generic words before the suffix names a kind of body, not one (德国公司, 欧洲工厂,
     * 成都整车工厂); false where a place and the suffix make a name (北京银行, 东北证券).
     */
    placeIsKind: z.boolean().default(false),
  })
  .strict();

export const OrgAliasSchema = z
  .object({
    ...base,
    canonical: z.string().min(1),
    names: words,
    kind: orgKind,
    /**
     * Names that are also common words (大众, 现代, 理想, 长安): they name this body only as an
     * item of a list (、 和 与 及) next to another organization of the same kind, never on their own.
     */
    contextOnly: z.array(z.string().min(1)).default([]),
  })
  .strict();

export const OrgFilterSchema = z
  .object({
    ...base,
    /** Whole names that are never organizations (头部企业, 上市公司). */
    names: z.array(z.string().min(1)).default([]),
    /** Words that make a name generic when it is all the name holds before its suffix (上市, 子, 该). */
    modifiers: z.array(z.string().min(1)).default([]),
    /** Words a name never starts with (job titles, pronouns). */
    badStarts: z.array(z.string().min(1)).default([]),
    /** Words that make a name a category when it starts with them (省级制造业创新中心). */
    categoryStarts: z.array(z.string().min(1)).default([]),
    /** Words that never occur in an organization's name (领导, 代表): a listed item holding one is not a name. */
    notInName: z.array(z.string().min(1)).default([]),
    /** A suffix followed by one of these modifies a noun instead of ending a name (联盟企业, 集团化). */
    suffixNotFollowedBy: z.array(z.string().min(1)).default([]),
    /** Endings that make whatever stands before them an idea, not a body (中非命运共同体, 构建人类卫生健康共同体). */
    ideaEndings: z.array(z.string().min(1)).default([]),
    /** Words that end an organization's short form (科技, 网络科技) when deriving short names. */
    industryWords: z.array(z.string().min(1)).default([]),
    /** After a short name (石化, 国网) these make it a field or an industry (石化行业), not the body. */
    shortNotFollowedBy: z.array(z.string().min(1)).default([]),
    /** Two spellings of one suffix, the longer first ([人民政府, 政府]): names that differ only in them are one body. */
    suffixVariants: z.array(z.tuple([z.string().min(1), z.string().min(1)])).default([]),
    /**
     * Words that say what the name after them is (央企, 龙头, 股东, 制造商, 领军企业): reading a name back
     * from its suffix stops after them (股东|盘江煤电集团, 西南焦煤龙头|盘江股份).
     */
    appositionHeads: z.array(z.string().min(1)).default([]),
    /** After a known company, a line of its business named as a body (奔驰商用车, 华为软件技术, 高通创投). */
    brandLines: z.array(z.string().min(1)).default([]),
    /**
     * After a known company, a site or project of it (特变电工智慧产业园, 长城汽车DE平台, 巴斯夫MDI扩建):
     * the company, the whole string its alias.
     */
    facilityWords: z.array(z.string().min(1)).default([]),
  })
  .strict();

export const RegionSchema = z
  .object({
    ...base,
    names: words,
    /** Administrative suffixes that may follow a name and belong to it (市, 省, 区). */
    suffixes: z.array(z.string()).default([]),
    /** A scope rather than an owner (全国): it owns a figure only in its own sentence. */
    scope: z.boolean().default(false),
    /**
     * How a fact writes the region of every name here, whatever was written (我国, 中国 →
     * 全国); null: a figure in this scope has no region (全球). Absent: the name as written.
     */
    writtenAs: z.string().min(1).nullable().optional(),
  })
  .strict();

export const TitleSchema = z
  .object({
    ...base,
    /** Job titles a person's name follows (市长赵豪志). */
    words,
  })
  .strict();

export const StatusSchema = z
  .object({
    ...base,
    words,
    status: z.enum(['target', 'plan']),
    /**
     * The words name the goal rather than strive for it (目标, 预期目标): they make a
     * target of a figure just before them in the clause (5000个的年度目标) or of what they
     * introduce (目标是…, 目标为…), not of every figure in the sentence (完成国家激励目标,
     * 碳排放强度下降20.5% reports a result).
     */
    noun: z.boolean().default(false),
    /**
     * How far the words reach: `sentence` (将, 计划: 将新建A 10个，B 20个 plans both), or
     * `clause` for an estimate (预计), which covers its own clause and a clause after it that
     * names nothing of its own; a later clause with its own subject reports an actual.
     */
    scope: z.enum(['sentence', 'clause']).default('sentence'),
    /** The word counts only when jieba reads a verb right after it (规划建设; not 国家规划布局内). */
    beforeVerb: z.boolean().default(false),
    /** false: right before a number the word is something else (将2.8万亿元资金纳入… is 把, it moves the figure). */
    beforeNumber: z.boolean().default(true),
    /** The word also reports what was done (去年安排资金…): of a figure whose period ended before publication, an actual. */
    pastIsActual: z.boolean().default(false),
    /**
     * In a work report's review section the word reports what was done (将…税率从17%降至13%: 将 is 把):
     * an actual. Elsewhere, a past period does not make it one (2020年…对GDP增长的贡献将超过11% is a forecast).
     */
    reviewIsActual: z.boolean().default(false),
    /** Only of figures of these unit classes (安排1600亿元 plans money; 今天安排13架包机 reports). Unset: any. */
    classes: z.array(z.enum(['money', 'percent', 'pp', 'count', 'physical', 'duration', 'index'])).optional(),
  })
  .strict();

export const ChangeSchema = z
  .object({
    ...base,
    /** Words naming the basis of a rate: 同比 → yoy. */
    words,
    basis: z.enum(['yoy', 'mom', 'cagr', 'two_year_avg', 'none']),
  })
  .strict();

export const DirectionSchema = z
  .object({
    ...base,
    /** Verbs of change: 增长 +1, 下降 -1, 持平 0. */
    words,
    sign: z.union([z.literal(1), z.literal(-1), z.literal(0)]),
    /**
     * The words name a rate rather than tell a change (增速为5%, 增幅达到29.8%): the rate is
     * still a figure, and the change of a level right before it, but has no change of its own.
     */
    noun: z.boolean().default(false),
    /** The words hold their basis too, shortened (同增 for 同比增长, 环降 for 环比下降). */
    basis: z.enum(['yoy', 'mom']).optional(),
  })
  .strict();

export const LabelWordsSchema = z
  .object({
    ...base,
    words,
    /**
     * How the word is trimmed off an indicator's label: `lead` words open a label
     * without naming anything (在, 其中, 实现); `trail` words close one (为, 达到);
     * `vague` labels name nothing (数据) and take the label of the figure before;
     * `qualifier` labels (新增, 建成) take it too, kept in front (新增高新技术企业);
     * `qualifier-after` labels (累计) take it, kept behind (高新技术企业累计): a running
     * total of what the figure before counts.
     */
    role: z.enum(['lead', 'trail', 'vague', 'qualifier', 'qualifier-after']),
  })
  .strict();

export const MARKER_ROLES = [
  'change-glue',
  'respectively',
  'share',
  'per',
  'shared-unit',
  'money-noun',
  'rate-noun',
  'metric-narrowing',
  'metric-scope',
  'metric-tail',
  'metric-suffix',
  'metric-relation',
  'people-noun',
  'reference-before',
  'index-word',
  'ratio-word',
  'comparison',
  'ranking',
  'ranking-after',
  'trade-partner',
  'places-closed',
  'rate-comparison',
  'rate-below',
  'pull-down',
  'reference-level',
  'level-reached',
  'threshold-noun',
  'class-bound-before',
  'label-particle',
  'label-adverb',
  'counted-fate',
  'label-verb-infix',
  'value-noun',
  'home-scope',
  'allotted-to',
  'size-noun',
  'national-scope',
  'rank-before',
  'rank-before-not',
  'slogan-quote',
  'range',
  'since-before',
  'turn-into',
  'since-after',
  'baseline-before',
  'baseline-after',
  'deadline-before',
  'deadline-after',
  'as-of-before',
  'time-of-day',
  'month-part',
  'span-start',
  'span-end',
  'span-level',
  'span-flow',
  'day-outcome',
  'stock-figure',
  'flow-figure',
  'lasts-until',
  'prior-same-after',
  'year-entry',
  'lunar-before',
  'lunar-day',
  'between',
  'between-after',
  'last-century',
  'this-century',
  'day-not-before',
  'day-not-after',
  'day-near-place',
  'era',
  'name-boundary',
  'list-word',
  'company-list-head',
  'list-include',
  'shared-suffix',
  'short-name-intro',
  'short-name-tail',
  'name-ordinal',
  'future-before',
  'future-after',
  'intent-before',
  'report-frame',
  'source-frame',
  'speaker-now',
  'edition-after',
  'comparison-close',
  'ahead-word',
  'continuation',
  'base-level-after',
  'report-cue',
  'release-cue',
  'digest-cue',
  'transcript-cue',
  'review-heading',
  'plan-heading',
  'national-body',
  'venue-after',
  'news-opening',
  'recent-day',
] as const;
export type MarkerRole = (typeof MARKER_ROLES)[number];

export const MarkerSchema = z
  .object({
    ...base,
    /** What the mechanism does with the words; rules/markers.yaml describes each role. */
    role: z.enum(MARKER_ROLES),
    words,
  })
  .strict();

/**
 * A whole pattern, for what the vocabulary sections cannot say. `regex` is a
 * JavaScript regular expression matched against the text (full-width forms folded to
 * ASCII). Named groups carry the parts:
 * - indicator: `value` (required: a number with its unit, read like any quantity),
 *   `label`, `region`; `metric`, `label`, `status` may be given as constants.
 * - event: the first date inside the match is the event's date; `kind` is a constant.
 * - organization: `name` (else the whole match); `kind` and `canonical` are constants.
 */
export const PatternSchema = z
  .object({
    ...base,
    type: z.enum(['indicator', 'event', 'organization']),
    regex: z.string().min(1),
    metric: z.string().optional(),
    label: z.string().optional(),
    status: z.enum(['actual', 'target', 'plan']).optional(),
    kind: z.string().optional(),
    canonical: z.string().optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    let re: RegExp | null = null;
    try {
      re = new RegExp(p.regex, 'g');
    } catch (e) {
      ctx.addIssue({
        code: 'custom',
        path: ['regex'],
        message: `invalid regular expression: ${(e as Error).message.replace(/^Invalid regular expression: /, '')}`,
      });
    }
    if (re && re.test(''))
      ctx.addIssue({ code: 'custom', path: ['regex'], message: 'the regular expression matches the empty string' });
    if (p.type === 'indicator' && !/\(\?<value>/.test(p.regex)) {
      ctx.addIssue({
        code: 'custom',
        path: ['regex'],
        message: 'an indicator pattern needs a named group (?<value>…) holding the number and its unit',
      });
    }
    const kinds: readonly string[] = p.type === 'event' ? EVENT_KINDS : p.type === 'organization' ? ORG_KINDS : [];
    if (p.kind !== undefined && !kinds.includes(p.kind)) {
      ctx.addIssue({
        code: 'custom',
        path: ['kind'],
        message: `kind of a${p.type === 'event' ? 'n event' : 'n ' + p.type} pattern must be one of ${kinds.join(', ') || '(none)'}`,
      });
    }
  });

export const DictionaryWordSchema = z
  .object({
    ...base,
    /** Words jieba should keep whole (工业互联网, 5G基站); the tag is a jieba POS tag. */
    words,
    tag: z
      .string()
      .regex(/^[a-z]{1,4}$/)
      .default('n'),
  })
  .strict();

export const RuleFileSchema = z
  .object({
    description: z.string().optional(),
    numerals: z.array(NumeralsSchema).optional(),
    approx: z.array(ApproxSchema).optional(),
    units: z.array(UnitSchema).optional(),
    metrics: z.array(MetricSchema).optional(),
    periods: z.array(PeriodSchema).optional(),
    triggers: z.array(TriggerSchema).optional(),
    orgSuffixes: z.array(OrgSuffixSchema).optional(),
    orgAliases: z.array(OrgAliasSchema).optional(),
    orgFilters: z.array(OrgFilterSchema).optional(),
    regions: z.array(RegionSchema).optional(),
    titles: z.array(TitleSchema).optional(),
    status: z.array(StatusSchema).optional(),
    changes: z.array(ChangeSchema).optional(),
    directions: z.array(DirectionSchema).optional(),
    labelWords: z.array(LabelWordsSchema).optional(),
    markers: z.array(MarkerSchema).optional(),
    patterns: z.array(PatternSchema).optional(),
    dictionary: z.array(DictionaryWordSchema).optional(),
  })
  .strict();

export type Example = z.infer<typeof ExampleSchema>;
export type ExpectedFact = z.infer<typeof ExpectedFactSchema>;
export type NumeralsRule = z.infer<typeof NumeralsSchema>;
export type ApproxRule = z.infer<typeof ApproxSchema>;
export type UnitRule = z.infer<typeof UnitSchema>;
export type MetricRule = z.infer<typeof MetricSchema>;
export type PeriodRule = z.infer<typeof PeriodSchema>;
export type TriggerRule = z.infer<typeof TriggerSchema>;
export type OrgSuffixRule = z.infer<typeof OrgSuffixSchema>;
export type OrgAliasRule = z.infer<typeof OrgAliasSchema>;
export type OrgFilterRule = z.infer<typeof OrgFilterSchema>;
export type RegionRule = z.infer<typeof RegionSchema>;
export type TitleRule = z.infer<typeof TitleSchema>;
export type StatusRule = z.infer<typeof StatusSchema>;
export type ChangeRule = z.infer<typeof ChangeSchema>;
export type DirectionRule = z.infer<typeof DirectionSchema>;
export type PatternRule = z.infer<typeof PatternSchema>;
export type MarkerRule = z.infer<typeof MarkerSchema>;
export type LabelWordsRule = z.infer<typeof LabelWordsSchema>;
export type DictionaryRule = z.infer<typeof DictionaryWordSchema>;
export type RuleFile = z.infer<typeof RuleFileSchema>;
// The section names are listed without zod in sections.ts; these two lines make the
// compiler check that list against the schema, both ways.
type SchemaSections = Exclude<keyof RuleFile, 'description'>;
const sectionsAgree: [SchemaSections, SectionName] extends [SectionName, SchemaSections] ? true : never = true;
void sectionsAgree;
export { SECTION_NAMES, type SectionName };
