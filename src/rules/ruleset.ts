// The loaded rules, compiled into the lookup structures the extractors use.
// Extractors never read YAML: they receive a RuleSet.
import { Lexicon } from './lexicon.js';
import { loadRules, type LoadedRules, type Sourced } from './load.js';
import type {
  MarkerRole,
  PatternRule,
  ApproxRule,
  ChangeRule,
  DirectionRule,
  MetricRule,
  OrgAliasRule,
  OrgSuffixRule,
  PeriodRule,
  RegionRule,
  StatusRule,
  TriggerRule,
  UnitRule,
} from './schema.js';

/** `<rule file>#<rule id>`, the value of a fact's `rule` field. */
export type RuleRef = string;

export interface Ref<T> {
  readonly rule: T;
  readonly ref: RuleRef;
}

export interface NumeralTables {
  readonly digits: ReadonlyMap<string, number>;
  readonly multipliers: ReadonlyMap<string, number>;
  readonly sections: ReadonlyMap<string, number>;
  /** Decimal points (点): 二点五 → 2.5. */
  readonly points: ReadonlySet<string>;
  /** Digits that never follow a decimal point (两). */
  readonly notAfterPoint: ReadonlySet<string>;
  /** Characters that are not a number on their own (the financial forms: 陆, 拾, 伍). */
  readonly notAlone: ReadonlySet<string>;
}

export interface RuleSet {
  readonly hash: string;
  readonly files: readonly string[];
  readonly loaded: LoadedRules;
  readonly numerals: NumeralTables;
  /** Signs that make a number negative (负, -). */
  readonly minus: Lexicon<true>;
  /** Words ending in a sign that are no sign (减负, 担负). */
  readonly notMinus: Lexicon<true>;
  /** Words that start with a numeral but are not numbers (一切, 四川). */
  readonly notNumbers: Lexicon<true>;
  /** Fraction words (分之) and mixed-number words (又), as written in numbers.yaml. */
  readonly fractionWords: readonly string[];
  readonly mixedWords: readonly string[];
  readonly approxBefore: Lexicon<Ref<ApproxRule>>;
  readonly approxInside: Lexicon<Ref<ApproxRule>>;
  readonly approxAfter: Lexicon<Ref<ApproxRule>>;
  /** Words before a scale word without a digit (上千, 数百, 超过万亿). */
  readonly approxBare: Lexicon<Ref<ApproxRule>>;
  readonly units: Lexicon<Ref<UnitRule>>;
  readonly prefixUnits: Lexicon<Ref<UnitRule>>;
  readonly metrics: Lexicon<Ref<MetricRule>>;
  /** Metrics named by a verb anywhere in a label (拉动): kept apart, since they name no noun. */
  readonly metricVerbs: Lexicon<Ref<MetricRule>>;
  readonly periods: Lexicon<Ref<PeriodRule>>;
  readonly triggers: Lexicon<Ref<TriggerRule>>;
  readonly orgSuffixes: Lexicon<Ref<OrgSuffixRule>>;
  /** Suffixes that end a name only right after a known body (工信部装备工业司). */
  readonly orgSubBodies: Lexicon<Ref<OrgSuffixRule>>;
  readonly orgAliases: Lexicon<Ref<OrgAliasRule>>;
  /** Alias names that are also common words: an organization only next to another in a list (大众, 现代). */
  readonly orgContextOnly: Lexicon<Ref<OrgAliasRule>>;
  readonly orgGenericNames: ReadonlySet<string>;
  readonly orgModifiers: ReadonlySet<string>;
  readonly orgBadStarts: Lexicon<true>;
  readonly orgIndustryWords: Lexicon<true>;
  readonly orgSuffixNotFollowedBy: Lexicon<true>;
  readonly orgNotInName: Lexicon<true>;
  /** Endings of an idea's name (命运共同体): no body, whatever stands before them. */
  readonly orgIdeaEndings: Lexicon<true>;
  readonly orgCategoryStarts: Lexicon<true>;
  readonly orgShortNotFollowedBy: Lexicon<true>;
  readonly orgBrandLines: Lexicon<true>;
  readonly orgFacilityWords: Lexicon<true>;
  readonly orgAppositionHeads: Lexicon<true>;
  /** [long, short] spellings of one suffix (人民政府 / 政府). */
  readonly orgSuffixVariants: readonly (readonly [string, string])[];
  readonly regions: Lexicon<Ref<RegionRule>>;
  readonly regionSuffixes: Lexicon<true>;
  readonly titles: Lexicon<true>;
  readonly status: Lexicon<Ref<StatusRule>>;
  readonly changes: Lexicon<Ref<ChangeRule>>;
  readonly directions: Lexicon<Ref<DirectionRule>>;
  readonly labelLead: Lexicon<true>;
  readonly labelTrail: Lexicon<true>;
  readonly labelVague: Lexicon<true>;
  readonly labelQualifier: Lexicon<true>;
  readonly labelQualifierAfter: Lexicon<true>;
  /** Whole patterns (rules' `patterns` sections), compiled. */
  readonly patterns: readonly (Ref<PatternRule> & { readonly regex: RegExp })[];
  /** Marker words by role (rules/markers.yaml); an empty lexicon for a role no file fills. */
  marker(role: MarkerRole): Lexicon<true>;
  /** A role's words as a regex alternation, longest first, for patterns built from rules. */
  markerPattern(role: MarkerRole): string;
  /** Words (and tags) added to jieba's dictionary. */
  readonly dictionary: readonly (readonly [string, string])[];
}

function refOf<T>(s: Sourced<T> & { entry: { id: string } }): Ref<T> {
  return { rule: s.entry, ref: `${s.file}#${s.entry.id}` };
}

/** The words under `key` of a section's entries (those `keep` holds for), each with its rule. */
function lexicon<T extends { id: string }, K extends keyof T>(
  list: readonly Sourced<T>[],
  key: K,
  keep: (entry: T) => boolean = () => true,
): Lexicon<Ref<T>> {
  return new Lexicon(
    list
      .filter((s) => keep(s.entry))
      .flatMap((s) => (s.entry[key] as unknown as string[]).map((w) => [w, refOf(s)] as const)),
  );
}

type Sections = LoadedRules['sections'];
const words = (list: readonly string[]) => new Lexicon(list.map((w) => [w, true] as const));

export function compileRules(loaded: LoadedRules): RuleSet {
  const s = loaded.sections;
  const marker = markerLookup(s);
  const regionSuffixes = new Set(s.regions.flatMap((r) => r.entry.suffixes));
  return {
    hash: loaded.hash,
    files: loaded.files,
    loaded,
    ...numberRules(s),
    metrics: lexicon(s.metrics, 'names', (m) => !m.verb),
    metricVerbs: lexicon(s.metrics, 'names', (m) => !!m.verb),
    periods: lexicon(s.periods, 'words'),
    triggers: lexicon(s.triggers, 'words'),
    ...organizationRules(s),
    regions: lexicon(s.regions, 'names'),
    regionSuffixes: words([...regionSuffixes]),
    titles: words(s.titles.flatMap((t) => t.entry.words)),
    status: lexicon(s.status, 'words'),
    changes: lexicon(s.changes, 'words'),
    directions: lexicon(s.directions, 'words'),
    ...labelRules(s),
    dictionary: s.dictionary.flatMap((d) => d.entry.words.map((w) => [w, d.entry.tag] as const)),
    marker,
    markerPattern: (role) => alternation(marker(role).words()),
    // validated at load: every regex compiles
    patterns: s.patterns.map((p) => ({ ...refOf(p), regex: new RegExp(p.entry.regex, 'gd') })),
  };
}

/** Numerals, signs, fractions, approximation words and units (numbers.yaml, units.yaml). */
function numberRules(
  s: Sections,
): Pick<
  RuleSet,
  | 'numerals'
  | 'minus'
  | 'notMinus'
  | 'notNumbers'
  | 'fractionWords'
  | 'mixedWords'
  | 'approxBefore'
  | 'approxInside'
  | 'approxAfter'
  | 'approxBare'
  | 'units'
  | 'prefixUnits'
> {
  const numeralRules = s.numerals.map((x) => x.entry);
  const approx = (pos: ApproxRule['position']) => lexicon(s.approx, 'words', (a) => a.position === pos);
  return {
    numerals: numeralTables(numeralRules),
    minus: words(numeralRules.flatMap((n) => n.minus)),
    notMinus: words(numeralRules.flatMap((n) => n.notMinus)),
    notNumbers: words(numeralRules.flatMap((n) => n.notNumbers)),
    fractionWords: numeralRules.flatMap((n) => n.fraction),
    mixedWords: numeralRules.flatMap((n) => n.mixed),
    approxBefore: approx('before'),
    approxInside: approx('inside'),
    approxAfter: approx('after'),
    approxBare: approx('bare'),
    units: lexicon(s.units, 'words', (u) => !u.prefix),
    prefixUnits: lexicon(s.units, 'words', (u) => !!u.prefix),
  };
}

function numeralTables(numeralRules: readonly Sections['numerals'][number]['entry'][]): NumeralTables {
  return {
    digits: new Map(numeralRules.flatMap((n) => Object.entries(n.digits))),
    multipliers: new Map(numeralRules.flatMap((n) => Object.entries(n.multipliers))),
    sections: new Map(numeralRules.flatMap((n) => Object.entries(n.sections))),
    points: new Set(numeralRules.flatMap((n) => n.points)),
    notAfterPoint: new Set(numeralRules.flatMap((n) => n.notAfterPoint)),
    notAlone: new Set(
      numeralRules
        .filter((n) => !n.alone)
        .flatMap((n) => [...Object.keys(n.digits), ...Object.keys(n.multipliers), ...Object.keys(n.sections)]),
    ),
  };
}

/** Organization suffixes, aliases and the filters on names (organizations.yaml). */
function organizationRules(
  s: Sections,
): Pick<
  RuleSet,
  | 'orgSuffixes'
  | 'orgAliases'
  | 'orgGenericNames'
  | 'orgModifiers'
  | 'orgBadStarts'
  | 'orgIndustryWords'
  | 'orgSuffixNotFollowedBy'
  | 'orgNotInName'
  | 'orgIdeaEndings'
  | 'orgCategoryStarts'
  | 'orgShortNotFollowedBy'
  | 'orgSuffixVariants'
  | 'orgContextOnly'
  | 'orgSubBodies'
  | 'orgBrandLines'
  | 'orgFacilityWords'
  | 'orgAppositionHeads'
> {
  const filters = s.orgFilters.map((f) => f.entry);
  return {
    orgSuffixes: lexicon(s.orgSuffixes, 'words', (x) => !x.subBody),
    orgSubBodies: lexicon(s.orgSuffixes, 'words', (x) => !!x.subBody),
    orgAliases: lexicon(s.orgAliases, 'names'),
    orgContextOnly: lexicon(s.orgAliases, 'contextOnly'),
    orgGenericNames: new Set(filters.flatMap((f) => f.names)),
    orgModifiers: new Set(filters.flatMap((f) => f.modifiers)),
    orgBadStarts: words(filters.flatMap((f) => f.badStarts)),
    orgIndustryWords: words(filters.flatMap((f) => f.industryWords)),
    orgSuffixNotFollowedBy: words(filters.flatMap((f) => f.suffixNotFollowedBy)),
    orgNotInName: words(filters.flatMap((f) => f.notInName)),
    orgIdeaEndings: words(filters.flatMap((f) => f.ideaEndings)),
    orgCategoryStarts: words(filters.flatMap((f) => f.categoryStarts)),
    orgShortNotFollowedBy: words(filters.flatMap((f) => f.shortNotFollowedBy)),
    orgSuffixVariants: filters.flatMap((f) => f.suffixVariants),
    orgBrandLines: words(filters.flatMap((f) => f.brandLines)),
    orgFacilityWords: words(filters.flatMap((f) => f.facilityWords)),
    orgAppositionHeads: words(filters.flatMap((f) => f.appositionHeads)),
  };
}

/** Label words by role (indicators.yaml labelWords). */
function labelRules(
  s: Sections,
): Pick<RuleSet, 'labelLead' | 'labelTrail' | 'labelVague' | 'labelQualifier' | 'labelQualifierAfter'> {
  const labelWords = (role: string) =>
    words(s.labelWords.filter((l) => l.entry.role === role).flatMap((l) => l.entry.words));
  return {
    labelLead: labelWords('lead'),
    labelTrail: labelWords('trail'),
    labelVague: labelWords('vague'),
    labelQualifier: labelWords('qualifier'),
    labelQualifierAfter: labelWords('qualifier-after'),
  };
}

/** Marker words by role (markers.yaml): files adding to a role add words to it. */
function markerLookup(s: Sections): (role: MarkerRole) => Lexicon<true> {
  const byRole = new Map<MarkerRole, string[]>();
  for (const m of s.markers) {
    const list = byRole.get(m.entry.role);
    if (list) list.push(...m.entry.words);
    else byRole.set(m.entry.role, [...m.entry.words]);
  }
  const markers = new Map([...byRole].map(([role, list]) => [role, words(list)] as const));
  const empty = new Lexicon<true>([]);
  return (role) => markers.get(role) ?? empty;
}

/** Loads and compiles in one step. */
export function loadRuleSet(opts: { dirs?: readonly string[]; builtins?: boolean } = {}): RuleSet {
  return compileRules(loadRules(opts));
}

/** A regex alternation of literal words, longest first; a never-matching group when empty. */
export function alternation(words: readonly string[]): string {
  if (words.length === 0) return '(?!)';
  const escaped = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));
  return `(?:${escaped.join('|')})`;
}
