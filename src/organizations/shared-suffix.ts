// Names that share one suffix written once after their list: 紫金山、太湖、钟山等实验室 names
// 紫金山实验室, 太湖实验室 and 钟山实验室; 鹏城、广州等国家实验室 names 鹏城实验室 and 广州实验室;
// 香港、澳门特别行政区政府 names both governments.
// Each item is a mention as written (太湖) whose name carries the suffix (太湖实验室). Items must
// read as proper names: 化学、物理等实验室 lists fields, 江苏、浙江等省实验室 places.
import type { Context } from '../context/context.js';
import type { Token } from '../segment/tokens.js';
import { occupancyOf, type OrgMention } from './mentions.js';
import { CJK, properish } from './name-words.js';
import { TAG } from '../segment/tags.js';
import { ADMIN_SUFFIXES } from '../rules/vocabulary.js';
import { noteOrg } from './note.js';

export const SHARED_SUFFIX_REF = 'organizations#shared-suffix';

/** A count between 等 and the shared suffix (等10家国家实验室). */
const COUNT = /^[\d一二两三四五六七八九十]+[家个所]/;
/** Most items read back from 等, and the shortest and longest item. */
const MAX_ITEMS = 8;
const MIN_ITEM = 2;
const MAX_ITEM = 6;
/** Regions an item may not be: a province or a country names where, not which (江苏、浙江等省实验室). */
const WHERE_REGIONS = new Set(['country', 'provinces', 'foreign-countries', 'world', 'areas']);

interface Span {
  start: number;
  end: number;
}

export function sharedSuffixNames(ctx: Context, known: readonly OrgMention[]): OrgMention[] {
  const text = ctx.doc.match;
  const out: OrgMention[] = [];
  for (let at = text.indexOf('等'); at >= 0; at = text.indexOf('等', at + 1)) {
    const suffix = sharedSuffixAfter(ctx, at + 1);
    if (!suffix) continue;
    const items = itemsBefore(ctx, at);
    if (items.length < 2 || !items.every((item) => readsAsName(ctx, item))) continue;
    const taken = occupancyOf([...known, ...out], text.length);
    for (const item of items) {
      if (!taken.free(item.start, item.end)) continue;
      const name = ctx.doc.text.slice(item.start, item.end) + suffix.word;
      out.push({ ...item, name, kind: suffix.kind, ref: SHARED_SUFFIX_REF, canonical: null });
      if (ctx.tracing)
        noteOrg(ctx, item, SHARED_SUFFIX_REF, 'kept', `${name}: an item of a list sharing ${suffix.word}`);
    }
  }
  return out;
}

/**
 * The suffix a list shares when the words at `pos` (after 等) are a shared-suffix word (实验室, 国家实验室),
 * maybe after a count: the organization suffix it ends in (实验室) and that suffix's kind; else null.
 */
function sharedSuffixAfter(ctx: Context, pos: number): { word: string; kind: OrgMention['kind'] } | null {
  const text = ctx.doc.match;
  const from = pos + (COUNT.exec(text.slice(pos, pos + 6))?.[0].length ?? 0);
  const tail = ctx.rules.marker('shared-suffix').matchAt(text, from);
  if (!tail) return null;
  const suffix = ctx.rules.orgSuffixes.matchEndingAt(text, tail.end, tail.start);
  return suffix ? { word: suffix.word, kind: suffix.value.rule.kind } : null;
}

/**
 * The items of the 、 list ending at `pos` (where 等 is), read back: each a stretch between 、 marks,
 * the first the proper names before the first mark (建设|紫金山、太湖等实验室).
 */
function itemsBefore(ctx: Context, pos: number): Span[] {
  const text = ctx.doc.match;
  const items: Span[] = [];
  for (let end = pos; items.length < MAX_ITEMS;) {
    const mark = text.lastIndexOf('、', end - 1);
    const plain = mark >= 0 && end - mark - 1 <= MAX_ITEM && CJK.test(text.slice(mark + 1, end));
    if (!plain) {
      if (items.length) items.push(firstItem(ctx, end));
      break;
    }
    items.push({ start: mark + 1, end });
    end = mark;
  }
  return items.reverse();
}

/** The first item, ending at `end` (a 、): the proper names right before it (建设|紫金山). */
function firstItem(ctx: Context, end: number): Span {
  const tokens = ctx.tokensAround(end - 1, end);
  let start = end;
  for (let i = tokens.findIndex((t) => t.end === end); i >= 0; i--) {
    const t = tokens[i]!;
    if (!isNameWord(ctx, t) || end - t.start > MAX_ITEM) break;
    start = t.start;
  }
  return { start, end };
}

const isNameWord = (ctx: Context, t: Token) => properish(t) || t.tag === TAG.place || ctx.rules.regions.has(t.word);

/** An item that is a proper name: Chinese, a proper word in it, not a province, a country or a generic word. */
function readsAsName(ctx: Context, item: Span): boolean {
  const text = ctx.doc.match;
  const word = text.slice(item.start, item.end);
  if (word.length < MIN_ITEM || word.length > MAX_ITEM || !CJK.test(word)) return false;
  const region = ctx.rules.regions.matchAt(text, item.start, item.end);
  if (region?.end === item.end && WHERE_REGIONS.has(region.value.ref.split('#')[1] ?? '')) return false;
  if (ctx.rules.orgGenericNames.has(word) || ctx.rules.orgBadStarts.matchAt(text, item.start, item.end)) return false;
  return ctx
    .tokensAround(item.start, item.end)
    .some((t) => t.start < item.end && t.end > item.start && isNameWord(ctx, t));
}

/** Regions that list with one another before a shared name: the country's places, or countries. */
const PLACE_GROUP: Record<string, string> = {
  provinces: 'home',
  cities: 'home',
  districts: 'home',
  country: 'countries',
  'foreign-countries': 'countries',
};

/**
 * 香港、澳门特别行政区政府, 上海、深圳证券交易所: places listed before a name that opens with a place of their
 * group share what follows that place; each is a mention named with it (香港特别行政区政府). Not when what
 * follows opens with a level (江苏、浙江省政府 may be a province and a city) or is a single character.
 */
export function sharedPlaceNames(ctx: Context, known: readonly OrgMention[]): OrgMention[] {
  const text = ctx.doc.match;
  const out: OrgMention[] = [];
  for (const m of known) {
    if (text[m.start - 1] !== '、') continue;
    const place = ctx.rules.regions.matchAt(text, m.start, m.end);
    const group = place && PLACE_GROUP[place.value.ref.split('#')[1] ?? ''];
    const rest = place ? ctx.doc.text.slice(place.end, m.end) : '';
    if (!group || rest.length < 2 || ADMIN_START.test(rest)) continue;
    for (let at = m.start - 1; text[at] === '、';) {
      const before = ctx.rules.regions.matchEndingAt(text, at, Math.max(0, at - 8));
      if (!before || PLACE_GROUP[before.value.ref.split('#')[1] ?? ''] !== group || !wordStartsAt(ctx, before.start))
        break;
      const name = ctx.doc.text.slice(before.start, at) + rest;
      const canonical = ctx.rules.orgAliases.get(name)?.rule.canonical ?? null;
      out.push({ start: before.start, end: at, name, kind: m.kind, ref: SHARED_SUFFIX_REF, canonical });
      if (ctx.tracing) noteOrg(ctx, before, SHARED_SUFFIX_REF, 'kept', `${name}: listed before ${m.name}`);
      at = before.start - 1;
    }
  }
  return out;
}

/** A level's character opening the words after a place (省政府, 市委). */
const ADMIN_START = new RegExp(`^[${ADMIN_SUFFIXES}]`);

/** Does a word of jieba's start at `pos` (not 支持香|港)? */
function wordStartsAt(ctx: Context, pos: number): boolean {
  return ctx.tokensAround(pos, pos + 1).some((t) => t.start === pos);
}
