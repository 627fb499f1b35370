// The place each frame sets: whose figures the frame's are when their own words name no
// place. Read from the frame's heading (a page's title, an item's headline) and its lead:
//   the one place the heading names           2025年天津市政府工作报告 → 天津; 海南：万洋高速今起通车 → 海南
//   the country, named in the heading         前8个月我国对外非金融类直接投资同比增长7.2% → 全国
//   the country as a lead clause's subject    国家统计局今天公布…, 六部门联合印发…, …，我国… → 全国
//   an item's venue                           博览会今天在新疆乌鲁木齐闭幕 → 乌鲁木齐
// A frame whose place this leaves null passes its parent's on. Places that head a
// company's name (宁德时代), rank (领跑全国, 全国第一) or sit in a quoted name (“中国光谷”)
// set none. Paragraphs set none here: a sentence's own place, or one carried from the
// sentence before, is read by attribution (src/indicators/attribution/region.ts).
import type { RuleSet } from '../rules/ruleset.js';
import type { SpanIndex } from '../segment/spans.js';
import { countryName, type RegionMention } from '../places/regions.js';
import type { ResolvedDate } from '../dates/resolve.js';
import type { Evidence } from '../document/metadata.js';
import { mainPlace } from '../places/main-place.js';
import type { DocumentKind, FrameLevel, FramePlace } from './frame.js';

/** What the place rules see of a frame while the tree is built (its parent is built first). */
export interface FramePlaceInput {
  readonly level: FrameLevel;
  readonly start: number;
  readonly end: number;
  /** The heading line that opens a section or an item (the title, for the page). */
  readonly heading: Evidence | null;
  /** The first paragraph under the heading, within the frame (a page's or an item's lead); null for a paragraph. */
  readonly lead: Evidence | null;
  readonly kind: DocumentKind;
  readonly text: string;
  readonly places: SpanIndex<RegionMention>;
  readonly dates: SpanIndex<ResolvedDate>;
  readonly rules: RuleSet;
}

/** Only a frame opened by a heading (the page, a section, an item) can set a place; a paragraph does not. */
export const canSetPlace = <F extends Pick<FramePlaceInput, 'level' | 'heading'>>(
  f: F,
): f is F & { readonly heading: Evidence } => f.level !== 'paragraph' && Boolean(f.heading);

/** The place a frame sets of its own; null leaves it to the frames around it. */
export function framePlace(input: FramePlaceInput): FramePlace | null {
  if (!canSetPlace(input)) return null;
  // (the heading's owners are read once, for its place and for the country as its subject)
  const owners = ownerMentions(input, input.heading.start, input.heading.end);
  return (
    headingPlace(input, owners) ??
    (input.level === 'item' && input.lead ? venue(input, input.lead.start, input.lead.end) : null) ??
    nationalHeading(input, input.heading, owners) ??
    leadPlace(input)
  );
}

const evidence = (text: string, start: number, end: number): Evidence => ({ start, end, text: text.slice(start, end) });

/** How the heading of this frame is called in `explain`. */
const headingName = (input: FramePlaceInput) => (input.level === 'page' ? 'title' : 'headline');

/**
 * The one place a heading names, as an owner: not the head of a known company's name
 * (宁德时代海外大扩产), nor a ranking's scope (山东GDP增速位列全国第三). A chain of places
 * (新疆乌鲁木齐) is its last; a province named with its own city (广东GDP十强进阶：…东莞有望
 * 冲刺万亿) is the province.
 */
function headingPlace(input: FramePlaceInput, mentions: readonly RegionMention[]): FramePlace | null {
  const owners = mentions.filter((g) => !g.scope && g.name !== null);
  const main = mainPlace(owners.map((g) => ({ name: g.name!, start: g.start, end: g.end })));
  if (!main) return null;
  return { region: main.name, from: headingName(input), evidence: evidence(input.text, main.start, main.end) };
}

/**
 * 前8个月我国对外非金融类直接投资…, 农发行备足1700亿元信贷资金: the country, or a national
 * body, as the subject of a clause of the heading (not 助中国工业制造业高质量发展, where
 * it is an object).
 */
function nationalHeading(
  input: FramePlaceInput,
  heading: Evidence,
  mentions: readonly RegionMention[],
): FramePlace | null {
  if (mentions.some((g) => !g.scope)) return null;
  const { text, rules } = input;
  const from = `${headingName(input)} (the country)`;
  for (let p = heading.start; p < heading.end; p = clauseAfter(text, p, heading.end)) {
    const at = openingEnd(input, p, heading.end);
    const scope = mentions.find((g) => g.start === at && g.scope && g.name !== null);
    if (scope) return { region: scope.name!, from, evidence: evidence(text, scope.start, scope.end) };
    const body = rules.marker('national-body').matchAt(text, at, heading.end);
    if (body) return { region: countryName(rules), from, evidence: evidence(text, body.start, body.end) };
  }
  return null;
}

/** Where the clause after the one at `p` starts (past a comma, colon, bracket or space), or `end`. */
function clauseAfter(text: string, p: number, end: number): number {
  const m = /[，,：:！!？?】\]\s]+/.exec(text.slice(p, end));
  return m ? p + m.index + m[0].length : end;
}

/** What ends the run of words a name's suffix is looked for in. */
const NAME_BREAK = /[\s,，。:：;；、“”《》()（）]/;
/** What the opening words of a lead are skipped past (spaces, brackets, commas). */
const OPENING_GAP = /[\s（(）)，,【[]/;

/**
 * Is the character at `p` one of a class of spaces and punctuation? A Chinese character (most
 * of a page) is none: answered by its code, without the one-character string a regex test needs.
 */
const inClass = (re: RegExp, text: string, p: number): boolean => {
  const c = text.charCodeAt(p);
  return (c < 0x4e00 || c > 0x9fff) && re.test(text[p]!);
};

/** Places of [start, end) that can say whose a frame's figures are. */
function ownerMentions(input: FramePlaceInput, start: number, end: number): RegionMention[] {
  const { text, rules } = input;
  return input.places
    .within(start, end)
    .filter(
      (g) =>
        !rules.marker('ranking').matchEndingAt(text, g.start, start) &&
        !rules.marker('ranking-after').matchAt(text, g.end, end) &&
        !inCompanyName(input, g, start, end) &&
        !headsName(input, g, end) &&
        !inQuotedName(text, g),
    );
}

/**
 * 中国邮政集团有限公司在京揭牌成立, 上海证券报, 中国—东盟博览会: a place that heads the name
 * of a body other than a government (its suffix follows within the same run of words),
 * or of a pair (中国—东盟), names that body, not whose figures these are.
 */
function headsName(input: FramePlaceInput, g: RegionMention, end: number): boolean {
  const { text, rules } = input;
  const next = text.charCodeAt(g.end);
  if (next === 0x2014 || next === 0x2d) return true; // — or -
  const limit = Math.min(end, g.end + 10);
  for (let p = g.end; p < limit && !inClass(NAME_BREAK, text, p); p++) {
    // (a suffix's first character is looked up before the suffix: most characters begin none)
    if (!rules.orgSuffixes.couldStart(text.charCodeAt(p))) continue;
    const m = rules.orgSuffixes.matchAt(text, p, limit);
    if (m && m.value.rule.kind !== 'government') return true;
  }
  return false;
}

/** 宁德时代 (a company of the gazetteer) holds 宁德. */
function inCompanyName(input: FramePlaceInput, g: RegionMention, start: number, end: number): boolean {
  const aliases = input.rules.orgAliases;
  for (let p = Math.max(start, g.start - 6); p <= g.start; p++) {
    // (a name's first character is looked up before the name: most characters begin none)
    if (!aliases.couldStart(input.text.charCodeAt(p))) continue;
    const m = aliases.matchAt(input.text, p, end);
    if (m && m.value.rule.kind === 'company' && m.end >= g.end) return true;
  }
  return false;
}

/** “中国光谷”: a place inside a short quoted name is part of that name. */
function inQuotedName(text: string, g: RegionMention): boolean {
  // (looked for near the place only: a page without quotes costs no scan of the page)
  const from = Math.max(0, g.start - 30);
  const before = text.slice(from, g.start).lastIndexOf('“');
  const open = before < 0 ? -1 : from + before;
  if (open < 0 || g.start - open > 6) return false;
  const after = text.slice(g.end, g.end + 30).indexOf('”');
  const close = after < 0 ? -1 : g.end + after;
  return close >= 0 && close - open <= 10 && !/[，。,;；\n]/.test(text.slice(open, close));
}

/**
 * Who the lead is about, past its dateline (央视网消息（新闻联播）：) and dates: the country
 * as the subject of one of its clauses (我国…, 国家统计局今天公布…, 六部门联合印发…;
 * 上半年经济数据显示，我国经济逐步克服…; 邮政快递业是…产业。“十三五”期间，我国邮政快递业…),
 * unless a place of its own comes first (浙江宁波这家企业…，我国…: the item is about 宁波's).
 */
function leadPlace(input: FramePlaceInput): FramePlace | null {
  const lead = input.lead;
  if (!lead) return null;
  const { text } = input;
  // (a digest's page lead is its first item, whose other clauses are that item's, not the page's)
  const clauses = input.level === 'page' && input.kind === 'digest' ? 1 : Infinity;
  for (let from = lead.start, first = true, n = 0; from < lead.end && n < clauses; first = false, n++) {
    const clauseEnd = first ? firstClauseEnd(text, lead) : nextClauseEnd(text, from, lead.end);
    const at = openingEnd(input, from, clauseEnd, first);
    const national = nationalSubject(input, at, clauseEnd);
    if (national) return national;
    const owners = ownerMentions(input, from, clauseEnd).filter((g) => !g.scope && g.name !== null);
    if (owners.length > 0) return reportedPlace(input, owners, at);
    from = clauseEnd + 1;
  }
  return null;
}

/**
 * 央视网消息（新闻联播）：…，四川阿坝州红原县创新扶贫扶志方式: a single report whose title names
 * no place is about the place (its chain's last, the finest) that opens a clause of its
 * lead as the subject. A digest's page, or a place further in the clause, sets none.
 */
function reportedPlace(input: FramePlaceInput, owners: readonly RegionMention[], at: number): FramePlace | null {
  if (input.level !== 'page' || input.kind !== 'transcript' || owners[0]!.start !== at) return null;
  let last = owners[0]!;
  for (const g of owners.slice(1)) if (g.start === last.end) last = g;
  return { region: last.name!, from: 'lead (its subject)', evidence: evidence(input.text, at, last.end) };
}

/** The country (我国, 全国) or a national body (国家统计局) opening a lead's clause at `at`. */
function nationalSubject(input: FramePlaceInput, at: number, clauseEnd: number): FramePlace | null {
  const { text, rules } = input;
  const scope = input.places.startingAt(at);
  if (scope?.scope && scope.name !== null && ownerMentions(input, at, clauseEnd).includes(scope))
    return { region: scope.name, from: 'lead (the country)', evidence: evidence(text, scope.start, scope.end) };
  const body = rules.marker('national-body').matchAt(text, at, clauseEnd);
  if (!body) return null;
  return { region: countryName(rules), from: 'lead (a national body)', evidence: evidence(text, body.start, body.end) };
}

/** The end of the clause starting at `from`: up to the next comma or full stop, or `end`. */
function nextClauseEnd(text: string, from: number, end: number): number {
  const m = /[，,。；;！!？?]/.exec(text.slice(from, end));
  return m ? from + m.index : end;
}

/** The end of the lead's first clause past its dateline: up to the first comma or full stop. */
function firstClauseEnd(text: string, lead: Evidence): number {
  const start = lead.start + datelineLength(lead.text);
  const m = /[，,。；;！!？?]/.exec(text.slice(start, lead.end));
  return m ? start + m.index : lead.end;
}

/** 央视网消息（新闻联播）：, 新华社北京9月22日电: the source before a lead's own words. */
function datelineLength(lead: string): number {
  const m = /^[^，。,]{0,24}?(?:消息|讯|电)\s*(?:[（(][^）)]{0,12}[）)])?\s*[:：]?/.exec(lead);
  return m ? m[0].length : 0;
}

/** Past the dateline (at a lead's start), dates (今天（9月22日）) and opening words (近日, 记者从…获悉 is not one). */
function openingEnd(input: FramePlaceInput, leadStart: number, end: number, dateline = true): number {
  const { text, rules } = input;
  let p = leadStart + (dateline ? datelineLength(text.slice(leadStart, end)) : 0);
  for (;;) {
    while (p < end && inClass(OPENING_GAP, text, p)) p++;
    // 自然资源部发布…: a body or a place starting here is the subject, whatever word it begins with (自).
    if (input.places.startingAt(p) || rules.marker('national-body').matchAt(text, p, end)) return p;
    const date = input.dates.startingAt(p);
    const word = rules.marker('news-opening').matchAt(text, p, end) ?? rules.labelLead.matchAt(text, p, end);
    const next = Math.max(date && date.expr.end <= end ? date.expr.end : p, word?.end ?? p);
    if (next === p) return p;
    p = next;
  }
}

/** 在新疆乌鲁木齐闭幕, 在青岛举行: the last place of the chain after 在, before a meeting's verb. */
function venue(input: FramePlaceInput, start: number, end: number): FramePlace | null {
  const { text, rules } = input;
  for (const g of input.places.within(start, end)) {
    if (g.scope || g.name === null || text[g.start - 1] !== '在') continue;
    let last = g;
    for (let next = input.places.startingAt(last.end); next && !next.scope; next = input.places.startingAt(last.end))
      last = next;
    if (rules.marker('venue-after').matchAt(text, last.end, Math.min(end, last.end + 4)))
      return { region: last.name!, from: 'venue', evidence: evidence(text, g.start, last.end) };
  }
  return null;
}
