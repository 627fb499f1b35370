// WHERE A FIGURE'S REGION IS DECIDED. Its own words first: the other side of a
// comparison (高于重庆的18.1%), the nearest place before it in its sentence, one in what
// it counts (服务3000家苏州企业), 全省/我市 for the text's own place. Else a subject carried
// from the sentences just before, within its frame (a digest's item, a section: one
// item's place does not leak into the next). Else its frame's place (the title's, the
// item's headline, the country for a national page: src/frames/place.ts).
// A government work report is read apart (reportRegion): a place owns a figure only
// when it opens the figure's clause, else the report's own place; nothing is carried.
// Places listed with 分别 go to the figures listed after them, in order (zipRegions).
import type { Context } from '../../context/context.js';
import type { Clause, Sentence } from '../../segment/sentences.js';
import type { RegionMention } from '../../places/regions.js';
import { foldedText } from '../folded.js';
import type { Candidate } from '../candidate.js';
import { LIST_JOINER, LIST_SEPARATOR, listed } from '../lists.js';
import { comparedPlace } from './compared.js';
import { divisionLevel, provinceOf } from '../../places/divisions-table.js';
import { inList, isSubject, opensClause, type OwnerPlaces } from './places.js';
import { APPROX_COUNT, SMALL_NUMERAL } from '../../rules/vocabulary.js';
import { TAG } from '../../segment/tags.js';
import { PrefixScan } from '../prefix-scan.js';
import type { LexiconMatch } from '../../rules/lexicon.js';
import { holdsDigit } from '../char-class.js';

/** 蒙阴县等87个地方: right after the place, 等 and a count of what it is an example of. */
const EXAMPLE_OF_COUNT = new RegExp(`^[县市区省州]?等\\s*[\\d${SMALL_NUMERAL}${APPROX_COUNT}]`);

/** Is the place, or the chain it heads (山东|蒙阴县), right before 等 and a count (等87个地方)? */
function chainBeforeCount(ctx: Context, places: OwnerPlaces, g: RegionMention): boolean {
  let last = g;
  for (let i = 0, next = chainedAfter(places, last); next && i < 3; i++, next = chainedAfter(places, last)) last = next;
  return EXAMPLE_OF_COUNT.test(ctx.doc.match.slice(last.end, last.end + 4));
}

const chainedAfter = (places: OwnerPlaces, g: RegionMention) =>
  places.usable.overlapping(g.end, g.end + 1).find((x) => x.start === g.end);

/** 这两个…, 这3个…: what follows describes the places just named. */
const THESE_N = new RegExp(`这[${SMALL_NUMERAL}\\d]+个[^，。,;；]{0,4}$`);
/** …等30项, 等十余个: the items before are examples of what is counted. */
const AND_SO_ON_COUNT = new RegExp(`^[^，,。；;]*?等\\s*[\\d${SMALL_NUMERAL}${APPROX_COUNT}]`);

/** The figure whose region is asked: where it is written, its unit, its label as written. */
export interface FigureRef {
  readonly start: number;
  readonly end: number;
  readonly unit: string | null;
  readonly label: string | null;
}

/** A figure's region and where it was read, for `explain`. */
export interface RegionReading {
  readonly region: string | null;
  readonly from: string;
}

export function regionFor(
  ctx: Context,
  places: OwnerPlaces,
  sentence: Sentence,
  clause: Clause,
  figure: FigureRef,
): string | null {
  return readRegion(ctx, places, sentence, clause, figure).region;
}

export function readRegion(
  ctx: Context,
  places: OwnerPlaces,
  sentence: Sentence,
  clause: Clause,
  figure: FigureRef,
): RegionReading {
  const compared = comparedPlace(ctx, places, clause, figure);
  if (compared !== undefined) return { region: compared, from: 'the other side of its comparison' };
  if (ctx.frames.kind === 'work-report') return reportRegion(ctx, places, clause, figure.start);
  const text = ctx.doc.match;
  const own = ownRegion(ctx, places, sentence, clause, figure.start);
  if (own !== undefined) return { region: own, from: 'its sentence' };
  // 全省, 我市: the text's own place (its frame's), not one it named before.
  const home = places.frameRegion(figure.start);
  // (one may open the figure's own words: 各地累计出台30多项)
  const opening = ctx.rules.marker('home-scope').matchAt(text, figure.start, sentence.end);
  const scope = ownScopes(ctx, sentence.start, opening?.end ?? figure.start, sentence.end).at(-1);
  if (scope) {
    const own = scopedRegion(scope.word, home, () => carriedRegion(ctx, places, sentence));
    if (own !== undefined) return { region: own, from: `«${scope.word}» in its sentence` };
  }
  const company = companysOwn(ctx, places, sentence, clause, figure.start);
  if (company) return { region: null, from: `a company’s own figure («${company.canonical}»)` };
  // 在工业和信息化部累计发布的40个典型应用场景中: a national body's figure is the country's.
  if (ctx.rules.marker('national-body').firstIn(text, clause.start, figure.start) !== null)
    return { region: places.country(), from: 'a national body in its clause' };
  // 国内生产总值: a figure of the whole country is no place's named before, nor the title's.
  const label = figure.label;
  if (label !== null && ctx.rules.marker('national-scope').firstIn(foldedText(label)) !== null)
    return { region: places.country(), from: 'its label (the whole country)' };
  const carried = carriedRegion(ctx, places, sentence);
  if (carried !== undefined) return { region: carried, from: 'carried from a sentence before' };
  return { region: home, from: home ? 'its frame' : 'no place' };
}

/**
 * 柳工海外市场销量同比增长70%; 全国股转公司…将门槛由150万元调整为100万元: the company that opens
 * a figure's clause or sentence (and names no place) owns it, and no place does: not the
 * country of a national page, nor a place carried from before. Not a national body that is
 * also a company (中国农业发展银行…筹备1700亿元信贷资金: national-body in regions.yaml acts
 * for the country), nor a company as the source of the news (source-frame: 数据显示, 报道).
 */
function companysOwn(ctx: Context, places: OwnerPlaces, sentence: Sentence, clause: Clause, pos: number) {
  const company = places.companyOpening(clause.start, pos) ?? places.companyOpeningSentence(sentence, pos);
  if (!company) return null;
  const national = ctx.rules.marker('national-body');
  if (national.has(company.canonical) || national.has(ctx.doc.match.slice(company.start, company.end))) return null;
  return ctx.rules.marker('source-frame').firstIn(ctx.doc.match, company.end, pos) === null ? company : null;
}

const NO_SCOPES: readonly LexiconMatch<true>[] = [];

/** The words for the text's own place in a sentence, up to each figure in turn. */
const scopeScan = new PrefixScan<true>();

/** 全省, 我市 between `from` and `to` that stand for a place: not a ranking's scope (位居全省首位) or a share's whole (占全省的). */
function ownScopes(ctx: Context, from: number, to: number, limit = to) {
  const text = ctx.doc.match;
  const scopes = ctx.rules.marker('home-scope');
  // (a stretch is asked whether it holds one before its list is made: most hold none)
  if (limit <= to && scopes.firstIn(text, from, to) === null) return NO_SCOPES;
  const found = limit > to ? scopeScan.findAll(scopes, text, from, to, limit) : scopes.findAll(text, from, to);
  // (most stretches hold none: no copy of an empty list)
  if (found.length === 0) return found;
  return found.filter(
    (m) =>
      !ctx.rules.marker('ranking').matchEndingAt(text, m.start, from) &&
      !ctx.rules.marker('ranking-after').matchAt(text, m.end, to),
  );
}

/**
 * The place 全省, 全市, 我区 stand for: the frame's place when it is of that level (全省 in
 * a text about 广东), the province holding it for 全省 in a text about one of its cities
 * (青岛 → 山东), and for 全市 in a text about a province the city it is speaking of, the
 * one carried from the sentences before (广东…前三季度，深圳…。全市37个工业行业大类中，32个…
 * is 深圳's). Undefined when none of these is known.
 */
function scopedRegion(
  word: string,
  home: string | null,
  carried: () => string | null | undefined,
): string | null | undefined {
  const level = word.slice(-1);
  const homeLevel = home ? divisionLevel(home) : null;
  if (!home || homeLevel === null || homeLevel === level) return home ?? undefined;
  if (level === '省') return provinceOf(home) ?? home;
  if (level === '市' && homeLevel === '省') {
    const city = carried();
    return city && divisionLevel(city) === '市' ? city : home;
  }
  return home;
}

/**
 * The place the figure's own sentence gives it: the nearest before it; else the first
 * after it in its clause (服务3000家苏州企业), not one in a later item of a list
 * (2家头部企业、2家深圳行业协会). Undefined when the sentence names none.
 */
function ownRegion(
  ctx: Context,
  places: OwnerPlaces,
  sentence: Sentence,
  clause: Clause,
  pos: number,
): string | null | undefined {
  const usable = places.usable;
  // The places within [sentence.start, pos), nearest first (read off the index: no list is made per figure).
  const first = usable.lowerBound(sentence.start);
  for (let i = usable.lowerBound(pos) - 1; i >= first; i--) {
    const g = usable.items[i]!;
    if (g.end > pos) continue;
    // (the cheap test first: isWord asks jieba, once per place)
    if ((g.name === null && !opensItsClause(ctx, g)) || !places.isWord(g)) continue;
    if (objectOfPreposition(ctx, places, g)) {
      const to = recipients(ctx, places, g, pos);
      if (to === undefined) continue;
      return to;
    }
    if (exampleOfCount(ctx, g, pos) || inApposition(ctx, g) || listedAfterOtherItems(ctx, places, g)) continue;
    // 山东蒙阴县等87个地方获得…，浙江淳安县等35个地区…: an example of an earlier clause's count owns no later figure.
    if (g.end <= clause.start && chainBeforeCount(ctx, places, g)) continue;
    // 吉林在白城、松原启动建设新能源产业项目，项目总投资1850亿元: the clause's subject, not its setting.
    const subject = placeSetting(ctx, places, g)
      ? usable
          .within(sentence.start, pos)
          .find((x) => x.start < g.start && opensItsClause(ctx, x) && ctx.clauseAt(x.start) === ctx.clauseAt(g.start))
      : undefined;
    return listHead(ctx, places, subject ?? g) ?? openingList(ctx, places, subject ?? g) ?? (subject ?? g).name;
  }
  const after = usable
    .within(pos, clause.end)
    .find((g) => !LIST_SEPARATOR.test(ctx.doc.match.slice(pos, g.start)) && places.isWord(g));
  return after ? after.name : undefined;
}

/** 济南和西安这两个黄河流域的中心城市: a place describing the places just named (这两个…) is not theirs to own. */
function inApposition(ctx: Context, g: RegionMention): boolean {
  const clause = ctx.clauseAt(g.start);
  const before = ctx.doc.match.slice(Math.max(clause?.start ?? 0, g.start - 8), g.start);
  return THESE_N.test(before);
}

/**
 * 济南和西安这两个黄河流域的中心城市去年全年GDP均首次超过万亿元: a list of places opening
 * its clause owns the figure together (README: one figure of several places joins
 * them). Undefined when the place is no item of such a list.
 */
function openingList(ctx: Context, places: OwnerPlaces, g: RegionMention): string | undefined {
  let first = g;
  for (let prev = listedBefore(ctx, places, first); prev; prev = listedBefore(ctx, places, first)) first = prev;
  if (first === g || !(opensItsClause(ctx, first) || closedAsPlaces(ctx, g))) return undefined;
  const run = places.usable.within(first.start, g.end).filter((x) => x.name !== null);
  return [...new Set(run.map((x) => x.name!))].join('、');
}

/** 贫困人口较多的四川、贵州、广西等地: a list closed as places (places-closed in markers.yaml) is the subject wherever it stands. */
const closedAsPlaces = (ctx: Context, g: RegionMention) =>
  ctx.rules.marker('places-closed').matchAt(ctx.doc.match, g.end) !== null;

/**
 * 在安顺市关岭县、普定县、西秀区获得规模项目21个: places listed under one written just before
 * the list (安顺市 + 关岭县) are its parts; the figure is that place's. Undefined otherwise.
 */
function listHead(ctx: Context, places: OwnerPlaces, g: RegionMention): string | null | undefined {
  let first = g;
  for (let prev = listedBefore(ctx, places, first); prev; prev = listedBefore(ctx, places, first)) first = prev;
  if (first === g) return undefined;
  const head = places.usable.overlapping(first.start - 1, first.start).find((x) => x.end === first.start);
  return head && !head.scope ? head.name : undefined;
}

/** The word before the place, as jieba reads it. */
function wordBefore(ctx: Context, g: { readonly start: number; readonly end: number }) {
  const tokens = ctx.tokensAround(g.start, g.end);
  const i = tokens.findIndex((t) => t.start === g.start);
  return i > 0 ? tokens[i - 1]! : undefined;
}

/**
 * 与四川凉山等16个市（州）政府集中签约, 对美国出口增长5%: a place after a preposition is who
 * the subject deals with, not whose figures follow (在 sets a scene: placeSetting); so is
 * each place of a list the preposition opens (对东盟、欧盟、美国进出口分别为…).
 */
function objectOfPreposition(ctx: Context, places: OwnerPlaces, g: RegionMention): boolean {
  const w = wordBefore(ctx, g);
  // 江苏与广东之间的差距, 天津与北京、河北的高速公路接口: 与 joins owners of one thing.
  if (w !== undefined && JOINING.has(w.word) && jointOwner(ctx, places, g, w.start)) return false;
  if (w !== undefined && w.tag === TAG.preposition && !SETTING_WORDS.has(w.word)) return true;
  const start = listStart(ctx, places, g);
  if (start === g.start) return false;
  // (天津与北京、河北的高速公路接口: 与 may join the places as well as open an object)
  const first = wordBefore(ctx, { start, end: g.end });
  if (first === undefined || first.tag !== TAG.preposition || SETTING_WORDS.has(first.word)) return false;
  // 我国与东盟、欧盟和美国进出口: a list 与 opens is who the subject deals with, unless
  // what follows the list is theirs together (天津与北京、河北的高速公路接口).
  return !JOINING.has(first.word) || !jointOwner(ctx, places, g, first.start);
}

/** Prepositions naming who receives (向, 给, 为). */
const TO_WORDS = new Set(['向', '给', '为']);

/**
 * 向四川省预拨救灾资金1.2亿元, 向河北、山西等7省（区）下拨资金: the places money is handed
 * out to (allotted-to in regions.yaml) own it, together; so do the places whose things a
 * figure right after them counts (向青海、西藏、新疆等地100所乡村学校捐赠). Undefined when
 * `g` is no such recipient.
 */
function recipients(ctx: Context, places: OwnerPlaces, g: RegionMention, pos: number): string | undefined {
  const start = listStart(ctx, places, g);
  const w = wordBefore(ctx, { start, end: g.end });
  if (w === undefined || !TO_WORDS.has(w.word)) return undefined;
  const text = ctx.doc.match;
  const after = g.end + (RECIPIENTS_CLOSE.exec(text.slice(g.end, pos))?.[0].length ?? 0);
  if (after !== pos && ctx.rules.marker('allotted-to').matchAt(text, after) === null) return undefined;
  const named = places.usable.within(start, g.end).filter((x) => x.name !== null && !x.scope);
  return [...new Set(named.map((x) => x.name!))].join('、') || undefined;
}

/** What closes a list of recipient places: 等地, 等7省（区）, 等16个市（州）. */
const RECIPIENTS_CLOSE = new RegExp(
  `^等\\s*(?:[\\d${SMALL_NUMERAL}${APPROX_COUNT}]+\\s*个?)?(?:地区|地|省份|城市|省|市|区|县|州|国)?(?:[（(][^）)]{1,6}[）)])?`,
);

/** Prepositions that also join two of a kind (天津与北京): a list after them may be owners together. */
const JOINING = new Set(['与', '和', '同', '跟', '及']);
const OWNED_AFTER = /^(?:的|之间|两地|两省|两市)/;

/** 江苏与广东之间: a place, 与, the place, then what they own together (not ，与深圳的差距: the subject is elsewhere). */
function jointOwner(ctx: Context, places: OwnerPlaces, g: RegionMention, joiner: number): boolean {
  if (!OWNED_AFTER.test(ctx.doc.match.slice(g.end, g.end + 2))) return false;
  return places.usable.overlapping(joiner - 1, joiner).some((x) => x.end === joiner);
}

/** Where the list of places `g` ends starts: 对东盟、欧盟、美国 (a group of countries, 欧盟, counts as a place here). */
function listStart(ctx: Context, places: OwnerPlaces, g: RegionMention): number {
  const text = ctx.doc.match;
  let start = g.start;
  // (、, and 和/及 closing a list begun with 、 (东盟、欧盟和美国): a lone 与 or 和 may be a
  // preposition itself, 韩国与美国就…达成协议)
  for (let closing = true; ; closing = false) {
    const mark = text[start - 1];
    if (mark !== '、' && !(closing && CLOSING_JOINERS.has(mark ?? ''))) break;
    const prev =
      places.usable.overlapping(start - 2, start - 1).find((x) => x.end === start - 1) ??
      ctx.rules.regions.matchEndingAt(text, start - 1);
    if (!prev || (mark !== '、' && text[prev.start - 1] !== '、')) break;
    start = prev.start;
  }
  return start;
}

/** Words that join the last item of a list to the others (东盟、欧盟和美国). */
const CLOSING_JOINERS = new Set(['和', '及']);

const SETTING_WORDS = new Set(['在', '于']);

/** 在白城、松原启动建设: a place (or a list of places) after 在, the scene of what the clause's subject does. */
function placeSetting(ctx: Context, places: OwnerPlaces, g: RegionMention): boolean {
  let first = g;
  for (let prev = listedBefore(ctx, places, first); prev; prev = listedBefore(ctx, places, first)) first = prev;
  const w = wordBefore(ctx, first);
  return w !== undefined && SETTING_WORDS.has(w.word);
}

/** The place listed right before `g` (白城 of 白城、松原). */
function listedBefore(ctx: Context, places: OwnerPlaces, g: RegionMention): RegionMention | undefined {
  if (!LIST_SEPARATOR.test(ctx.doc.match[g.start - 1] ?? '')) return undefined;
  return places.usable.overlapping(g.start - 2, g.start - 1).find((x) => x.end === g.start - 1);
}

/**
 * “一带一路”沿线国家、东盟、欧盟实际投资同比分别增长…: places listed after an item that is
 * no place are items of that list (where the money comes from, whom one trades with), not
 * the owners of its figures.
 */
function listedAfterOtherItems(ctx: Context, places: OwnerPlaces, g: RegionMention): boolean {
  let first = g;
  for (let prev = listedBefore(ctx, places, first); prev; prev = listedBefore(ctx, places, first)) first = prev;
  const clause = ctx.clauseAt(first.start);
  return (
    clause !== undefined &&
    first.start > clause.start &&
    ITEM_MARK_BEFORE.test(ctx.doc.match.slice(clause.start, first.start)) &&
    !/\d/.test(ctx.doc.match.slice(clause.start, g.start))
  );
}

/**
 * An item of words just closed by 、 before a place: the place is a later item of a list
 * (not 广东（3.3%）、江苏（4.6%）: places each with its figure; those have digits before).
 */
const ITEM_MARK_BEFORE = /[^\s、）)]、\s*$/;

/** 上海南京路豫园、成都春熙路等11条: a place in an example of a count, whatever figure follows. */
function exampleAfter(ctx: Context, g: RegionMention): boolean {
  const clause = ctx.clauseAt(g.start);
  return clause !== undefined && AND_SO_ON_COUNT.test(ctx.doc.match.slice(g.end, clause.end));
}

/** 河南河口村水库等30项水利工程: a place in an example of what the figure counts (…等30项). */
function exampleOfCount(ctx: Context, g: RegionMention, pos: number): boolean {
  const between = ctx.doc.match.slice(g.end, pos);
  return /等\s*$/.test(between) && !/[，,。；;]/.test(between);
}

/**
 * A work report speaks for its own place (2025年天津市政府工作报告: 天津): a figure is
 * another place's only when that place, or a list of places, opens the figure's clause
 * (武汉港集装箱吞吐量达到350万标箱; 襄阳、宜昌经济总量突破6000亿元). A place named earlier in
 * the sentence is a setting or an example (崇左至凭祥铁路建成通车，新增高铁运营里程81公里 is
 * 广西's), a scope a name's or a ranking's (全国重点实验室达到17家): neither owns it.
 */
function reportRegion(ctx: Context, places: OwnerPlaces, clause: Clause, pos: number): RegionReading {
  const home = places.frameRegion(pos);
  const report = { region: home, from: "the report's own place" };
  if (ctx.rules.marker('home-scope').firstIn(ctx.doc.match, clause.start, pos) !== null) return report;
  const country = places.country();
  const opening = places.usable
    .within(clause.start, pos)
    .filter((g) => g.name !== null && (!g.scope || home === country) && places.isWord(g));
  const first = opening[0];
  if (!first || !opensClause(ctx, clause.start, first.start)) return report;
  // 孝感、黄冈继荆州后跨越3000亿元规模: the places listed at the opening, together.
  const run = [first];
  for (const g of opening.slice(1))
    if (LIST_JOINER.test(ctx.doc.match.slice(run[run.length - 1]!.end, g.start))) run.push(g);
    else break;
  return { region: [...new Set(run.map((g) => g.name!))].join('、'), from: 'the place opening its clause' };
}

/**
 * Carried from the sentences before: the subject of the last one that names a place
 * near its start (上半年,青岛全市… / 如苏州启动…), in this or the previous paragraph and
 * the same frame (a digest's item, a section); a place as a word of its own, not the
 * head of a longer name (临沂机场, 青岛港), nor the object of a preposition (在合肥的这家
 * 工厂, 从淄博起步): there it is a setting. Undefined when nothing is carried.
 */
function carriedRegion(ctx: Context, places: OwnerPlaces, sentence: Sentence): string | null | undefined {
  // (asked by every figure of a sentence that names no place of its own: read once)
  const known = places.carried;
  if (known.has(sentence.index)) return known.get(sentence.index);
  const carried = readCarriedRegion(ctx, places, sentence);
  known.set(sentence.index, carried);
  return carried;
}

function readCarriedRegion(ctx: Context, places: OwnerPlaces, sentence: Sentence): string | null | undefined {
  const usable = places.usable;
  const floor = sentence.paragraph - 1;
  const frameStart = places.frameStart(sentence.start);
  const home = places.frameRegion(sentence.start);
  // 青岛获批国家级新区。全省新增高新技术企业5000家。新改造村卫生室2.1万个: a sentence since
  // that opens with 全省 (the text's own place, of its level) speaks of that place again.
  const since = home !== null ? homeSince(ctx, places, sentence, home) : -1;
  for (let i = usable.lowerBound(sentence.start) - 1; i >= 0; i--) {
    const g = usable.items[i]!;
    if (ctx.paragraphOf(g.start) < floor || g.start < frameStart) break;
    if (since > g.start) return home;
    // (a scene set in the paragraph before owns nothing here: 在成都市郊三河村，… then 一季度消费平稳复苏…)
    if (opensScene(ctx, places, g)) return ctx.paragraphOf(g.start) === sentence.paragraph ? g.name : undefined;
    // 济南、青岛都市圈: a place in a list owns none of what follows alone.
    // (The tests that read no words come first: most places open no clause, and for
    // those jieba is not asked whether they read as a word.)
    if (inList(ctx, usable, g) || !opensItsClause(ctx, g)) continue;
    if (!places.isWord(g)) continue;
    const s = ctx.sentenceAt(g.start);
    if (!s || !subjectOfItsClause(ctx, places, g)) continue;
    // 南水北调…；广西大藤峡一期工程已于2020年通水运行；云南…。/ 截至“十三五”末，国家确定的172项…:
    // a place opening one of a sentence's parts after a semicolon is one example among
    // several; it owns nothing in the next paragraph.
    if (ctx.paragraphOf(g.start) < sentence.paragraph && inSemicolonList(ctx.doc.match, s)) continue;
    // 在上海南京路豫园、成都春熙路等11条步行街: a scene, an object, an example owns nothing after its sentence.
    if (placeSetting(ctx, places, g) || objectOfPreposition(ctx, places, g) || exampleAfter(ctx, g)) continue;
    // A scope (我国, 全国) owns figures only in its own sentence; as the subject of an earlier
    // sentence of this paragraph it still says the figures are not of a place named before.
    // (In a page of no place of its own, 如今的中国，… owns the paragraph's figures: no other could.)
    if (g.scope) {
      if (ctx.paragraphOf(g.start) === sentence.paragraph)
        return s.index === sentence.index - 1 || home === null ? g.name : home;
      continue;
    }
    return g.name;
  }
  return undefined;
}

/**
 * 在内蒙古乌兰察布市凉城县，环岱海…项目正进入冲刺阶段。这个项目覆盖…81个自然村: a place
 * after 在 opening a sentence, alone before its comma, sets the scene for what the
 * paragraph tells next; its last, finest place owns the figures after it (a village or a
 * town under it, 阿尔山白狼镇鹿村, is that place's).
 */
function opensScene(ctx: Context, places: OwnerPlaces, g: RegionMention): boolean {
  const text = ctx.doc.match;
  if (g.name === null || g.scope || !SCENE_TAIL.test(text.slice(g.end, g.end + 8))) return false;
  let first = g;
  for (let prev = chainedBefore(places, first); prev; prev = chainedBefore(places, first)) first = prev;
  if (text[first.start - 1] !== '在') return false;
  const sentence = ctx.sentenceAt(first.start);
  return sentence !== undefined && opensClause(ctx, sentence.start, first.start - 1);
}

/** After a scene's place: its comma, maybe past a finer unnamed place (白狼镇鹿村). */
const SCENE_TAIL = /^(?:[\u4e00-\u9fff]{0,5}(?:镇|乡|村|街道|社区))?[，,]/;

/** The place written right before `g` with nothing between (内蒙古|乌兰察布市|凉城县). */
const chainedBefore = (places: OwnerPlaces, g: RegionMention) =>
  places.usable.overlapping(g.start - 1, g.start).find((x) => x.end === g.start && x !== g);

/** A sentence that ends at a semicolon or follows one (…；广西…；云南…。): an item of a list told in parts. */
function inSemicolonList(text: string, s: Sentence): boolean {
  return (
    SEMICOLON_END.test(text.slice(Math.max(0, s.start - 2), s.start)) || SEMICOLON_END.test(text.slice(s.start, s.end))
  );
}

const SEMICOLON_END = /[；;]\s*$/;

/** How many sentences back a 全省 opening a sentence is looked for. */
const SINCE_SENTENCES = 12;

/**
 * Where the last of the sentences just before `sentence` starts that opens with a word
 * for the text's own place at its level (全省 in a text about 山东), or -1. Only each
 * sentence's first words are read: the cost does not grow with the paragraph.
 */
function homeSince(ctx: Context, places: OwnerPlaces, sentence: Sentence, home: string): number {
  const level = divisionLevel(home);
  for (let i = sentence.index - 1; i >= 0 && i >= sentence.index - SINCE_SENTENCES; i--) {
    const s = ctx.sentences[i]!;
    const word = openingScope(ctx, places, s);
    if (word !== null && word.slice(-1) === level) return s.start;
  }
  return -1;
}

/**
 * The word for the text's own place that opens a sentence (全省新增…), or null: each
 * sentence is asked by the dozen after it, and read once.
 */
function openingScope(ctx: Context, places: OwnerPlaces, s: Sentence): string | null {
  const known = places.openingScopes;
  let word = known.get(s.index);
  if (word === undefined) {
    const m = ownScopes(ctx, s.start, Math.min(s.end, s.start + 16)).find((x) => opensClause(ctx, s.start, x.start));
    known.set(s.index, (word = m ? m.word : null));
  }
  return word;
}

/**
 * A scope whose figures have no region (全球) says so only for the clause it opens:
 * 全球电池生产基地数量上升至11个, not 通达全球100多个国家的200多个港口 nor
 * 建成全球规模最大的网络，行政村通光纤比例超98%, whose figures are the subject's.
 */
function opensItsClause(ctx: Context, g: RegionMention): boolean {
  const clause = ctx.clauseAt(g.start);
  return clause !== undefined && opensClause(ctx, clause.start, g.start);
}

/**
 * Does the place open its clause as what the clause is about? In a clause with a figure
 * the place owns it (我国工业互联网产业规模约为3.1万亿元); in one without, it must read as
 * the subject (临沂机场航站楼投用 says nothing of 临沂). The text's own place, the title's,
 * is never a mere modifier (江苏健儿…成绩优异 is about 江苏).
 */
function subjectOfItsClause(ctx: Context, places: OwnerPlaces, g: RegionMention): boolean {
  const clause = ctx.clauseAt(g.start);
  if (!clause || !opensClause(ctx, clause.start, g.start)) return false;
  return (
    holdsDigit(ctx.doc.match, clause.start, clause.end) || g.name === places.frameRegion(g.start) || isSubject(ctx, g)
  );
}

/**
 * 广东、江苏、山东和浙江的GDP增速分别是2%、1.6%、3.6%和2.5%: k rates listed with 分别
 * after a list of exactly k places belong to those places, in order.
 */
export function zipRegions(
  ctx: Context,
  places: OwnerPlaces,
  sentence: Sentence,
  cands: readonly Candidate[],
): ReadonlyMap<Candidate, string> {
  // (made for the first list only: most sentences have none)
  let out: Map<Candidate, string> | null = null;
  const text = ctx.doc.match;
  const each = ctx.rules.marker('respectively');
  for (let i = 0; i < cands.length; i++) {
    const first = cands[i]!;
    if (
      !first.rate?.respectively &&
      each.firstIn(text, Math.max(first.clause.start, first.q.start - 6), first.q.start) === null
    )
      continue;
    let k = 1;
    while (i + k < cands.length && listed(text, cands[i + k - 1]!, cands[i + k]!)) k++;
    // The last run of places before the rates, joined by list words only.
    const before = places.usable.within(sentence.start, first.q.start).filter((g) => !g.scope && g.name !== null);
    let run = before.length ? [before[before.length - 1]!] : [];
    for (let j = before.length - 2; j >= 0 && LIST_JOINER.test(text.slice(before[j]!.end, run[0]!.start)); j--)
      run = [before[j]!, ...run];
    // (对东盟、欧盟、日本进出口分别为…: partners a preposition lists own none of the figures)
    const partners = run.length > 0 && objectOfPreposition(ctx, places, run[0]!);
    if (run.length === k && !partners)
      for (let j = 0; j < k; j++) (out ??= new Map()).set(cands[i + j]!, run[j]!.name!);
    i += k - 1;
  }
  return out ?? NO_LISTED;
}

const NO_LISTED: ReadonlyMap<Candidate, string> = new Map();
