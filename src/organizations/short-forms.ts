// The other ways a text names a body it has named in full: short forms of a company's
// name (青岛檬豆网络科技有限公司 → 青岛檬豆, 檬豆), a short name it introduces (以下简称
// “檬豆科技”), a local body's name with its place abbreviated (青岛市科技局 → 市科技局),
// and the other spelling of a suffix (省人民政府 / 省政府).
import type { Context } from '../context/context.js';
import { perRuleSet } from '../rules/compiled.js';
import { ADMIN_CHAR, CJK } from './name-words.js';
import { ordinals } from './suffix-names.js';
import { hasCode } from '../segment/code-table.js';

/** Short forms of a company name: 青岛檬豆网络科技有限公司 → 青岛檬豆, 檬豆. */
export function shortForms(ctx: Context, name: string): string[] {
  const r = ctx.rules;
  let core = name;
  for (let guard = 0; guard < 6; guard++) {
    const m = r.orgIndustryWords.matchEndingAt(core, core.length, 2);
    if (!m) break;
    core = core.slice(0, m.start);
  }
  const forms: string[] = [];
  if (core.length >= 2 && core !== name) forms.push(core);
  const place = r.regions.matchAt(core, 0);
  if (place) {
    let rest = core.slice(place.end);
    const suffix = r.regionSuffixes.matchAt(rest, 0);
    if (suffix && rest.length - suffix.end >= 2) rest = rest.slice(suffix.end);
    if (rest.length >= 2) forms.push(rest);
  }
  return forms.filter((f) => CJK.test(f) && !r.orgGenericNames.has(f) && !r.regions.has(f) && !r.orgModifiers.has(f));
}

const introduction = perRuleSet(
  // (以下简称“宁海国投”、“乙方”): a second quoted form, the party's role, names the same body
  (rules) =>
    new RegExp(
      `^[(（]${rules.markerPattern('short-name-intro')}[“"「]?([^”"」)）,，]{2,12})[”"」]?(?:[、,，或及和][“"「][^”"」)）]{1,8}[”"」])*[)）]`,
    ),
);

/** (以下简称“檬豆科技”) right after a name: the short name it introduces. */
export function introducedName(ctx: Context, end: number): string | null {
  // the introduction opens with a parenthesis: most names are followed by none
  const open = ctx.doc.match[end];
  if (open !== '(' && open !== '（') return null;
  return introduction(ctx.rules).exec(ctx.doc.match.slice(end, end + 40))?.[1] ?? null;
}

/** The head of a place level written in several characters (自治|区, 特别行政|区, and 特|区 short for the latter). */
const UNIT_HEAD = /(?:自治|特别行政|特)$/;

/**
 * Forms of a local body's name with its place abbreviated: 青岛市科技局 → 市科技局, 江苏省人民政府 →
 * 省人民政府 and 省政府, 青岛市市南区政府 → 区政府. Found again in the text, they name that body.
 */
export function placeAbbreviations(ctx: Context, name: string): string[] {
  const out: string[] = [];
  let rest = name;
  for (let guard = 0; guard < 3; guard++) {
    let cut = -1;
    for (let p = 2; p < rest.length - 1 && p <= 8; p++) {
      // 贵州|省, 广州|市: a place whose name ends in a level's character is still one place
      if (ADMIN_CHAR.test(rest[p]!) && (!ADMIN_CHAR.test(rest[p - 1]!) || ctx.rules.regions.has(rest.slice(0, p)))) {
        // 广西壮族自治区人民政府 → 自治区人民政府: 自治区, 自治州, 特别行政区 are one word
        cut = p - (UNIT_HEAD.exec(rest.slice(0, p))?.[0].length ?? 0);
        break;
      }
    }
    if (cut < 0) break;
    rest = rest.slice(cut);
    out.push(rest);
    rest = rest.slice(1);
  }
  const forms = out.length ? [out[out.length - 1]!] : [];
  // 省第十四届人民代表大会 is also written 省人民代表大会, 省人大
  const ordinal = ordinals(ctx.rules).inside;
  for (const f of [...forms]) if (ordinal.test(f)) forms.push(f.replace(ordinal, ''));
  for (const f of [...forms]) forms.push(...suffixVariants(ctx, f));
  return forms.filter((f) => !ctx.rules.regions.has(f));
}

/** The other spellings of a name's suffix (省人民政府 → 省政府; 省政府 → 省人民政府). */
function suffixVariants(ctx: Context, name: string): string[] {
  const out: string[] = [];
  for (const [long, short] of ctx.rules.orgSuffixVariants) {
    if (name.endsWith(long)) out.push(name.slice(0, -long.length) + short);
    else if (name.endsWith(short) && name.length > short.length) out.push(name.slice(0, -short.length) + long);
  }
  return out;
}

/** One key for the spellings of one body: 江苏省人民政府 and 江苏省政府. */
export function bodyKey(ctx: Context, name: string): string {
  for (const [long, short] of ctx.rules.orgSuffixVariants)
    if (name.endsWith(long)) return name.slice(0, -long.length) + short;
  return name;
}

/**
 * A bit set at the first character of each form of the page being read, clear elsewhere between
 * calls: one array for every page (a new one per page was most of the pass's cost). A bit left
 * over would cost a map look-up, never an occurrence. Bits, not bytes: 8 KiB where bytes took 64,
 * read at every character of a page after jieba has churned the caches (segment/code-table.ts).
 */
const firsts = new Int32Array(65536 >>> 5);
const setFirst = (c: number) => (firsts[c >>> 5]! |= 1 << (c & 31));
const clearFirst = (c: number) => (firsts[c >>> 5]! &= ~(1 << (c & 31)));
/** The key of a form's first two characters: one 32-bit integer (a small integer to V8, not a boxed number). */
const pairKey = (a: number, b: number) => (a << 16) | b;

/**
 * Every occurrence of each form, left to right without overlapping itself, in one pass over the
 * text. Forms are indexed by their first two characters: a long page finds thousands of names,
 * hundreds of them starting with 中, and a first-character index would try them all at every 中.
 */
export function occurrencesOf(text: string, forms: Iterable<string>): Map<string, number[]> {
  const byPair = new Map<number, string[]>();
  for (const f of forms) {
    if (f.length < 2) continue; // a name has two characters at least
    const key = pairKey(f.charCodeAt(0), f.charCodeAt(1));
    const list = byPair.get(key);
    if (list) list.push(f);
    else byPair.set(key, [f]);
    setFirst(f.charCodeAt(0));
  }
  const occurrences = new Map<string, number[]>();
  const freeFrom = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!hasCode(firsts, c)) continue;
    const list = byPair.get(pairKey(c, text.charCodeAt(i + 1)));
    if (!list) continue;
    for (let k = 0; k < list.length; k++) {
      const f = list[k]!;
      if (!text.startsWith(f, i) || i < (freeFrom.get(f) ?? 0)) continue;
      freeFrom.set(f, i + f.length);
      const at = occurrences.get(f);
      if (at) at.push(i);
      else occurrences.set(f, [i]);
    }
  }
  for (const list of byPair.values()) clearFirst(list[0]!.charCodeAt(0));
  return occurrences;
}
