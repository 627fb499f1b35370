// Which body each other form of a name names, in one document: the table of forms
// (short forms, introduced names, abbreviated places), the mentions found on their own
// that are such a form (檬豆公司 joins 青岛檬豆网络科技有限公司), and every further
// occurrence of a form in the text.
import type { Context } from '../context/context.js';
import { COORDINATION_REF, type OrgMention } from './mentions.js';
import { bodyKey, introducedName, occurrencesOf, placeAbbreviations, shortForms } from './short-forms.js';
import type { ShortNameCheck } from './short-name-check.js';
import { ADMIN_SUFFIX_START } from './name-words.js';
import { TAG, tags } from '../segment/tags.js';

/** A word that makes a form read as a name: a proper noun, or one jieba does not know. */
const NAME_LIKE = tags(
  ...[TAG.place, TAG.otherProper, TAG.person, TAG.personTransliterated, TAG.personFull],
  ...[TAG.organization, TAG.abbreviation, TAG.unknown, TAG.english],
);
import { BARE_BODY, homePlaceOf } from './home-place.js';

export interface FormTable {
  /** Each form, and the mention of the full name it stands for. */
  readonly fullOf: ReadonlyMap<string, OrgMention>;
  /** Forms read off a name (not introduced by 简称): where jieba takes one for a common word (旅游, 石化), it is that word. */
  readonly derived: ReadonlySet<string>;
  /** Short names the text introduces (以下简称“檬豆科技”). */
  readonly introduced: ReadonlySet<string>;
  /** An abbreviated place refers back: only after the fuller name has been read (市政府 before 莱西市政府 is another city's). */
  refersBack(form: string, m: OrgMention, at: number): boolean;
}

export function formTable(ctx: Context, primary: readonly OrgMention[]): FormTable {
  const fullOf = new Map<string, OrgMention>();
  const derived = new Set<string>();
  const introduced = new Set<string>();
  for (const m of primary) {
    const forms = m.canonical ? [] : m.kind === 'company' ? shortForms(ctx, m.name) : [];
    for (const f of forms) derived.add(f);
    const intro = introducedName(ctx, m.end);
    if (intro) forms.unshift(intro);
    for (const f of forms) if (!fullOf.has(f) && f !== m.name) fullOf.set(f, m);
    if (intro) derived.delete(intro);
    if (intro && fullOf.get(intro) === m) introduced.add(intro);
  }
  const abbreviated = abbreviatedPlaces(ctx, primary);
  for (const [f, m] of abbreviated) if (m && !fullOf.has(f)) fullOf.set(f, m);
  const firstFull = new Map<string, number>();
  for (const m of primary) {
    const k = bodyKey(ctx, m.name);
    if (!firstFull.has(k) || m.start < firstFull.get(k)!) firstFull.set(k, m.start);
  }
  return {
    fullOf,
    derived,
    introduced,
    refersBack: (f, m, at) =>
      !abbreviated.has(f) || at > (firstFull.get(bodyKey(ctx, m.name)) ?? 0) || ownsBareForm(ctx, f, m),
  };
}

/**
 * 市委 named before 中共重庆市委 in a text about 重庆 is that body: the place a bare form names
 * (the text's, by its title) is the fuller name's. 市政府 before 莱阳市政府 in a text about
 * another city is not.
 */
function ownsBareForm(ctx: Context, form: string, full: OrgMention): boolean {
  const place = BARE_BODY.test(form) ? homePlaceOf(ctx, form) : null;
  return !!place && full.name.includes(place);
}

/**
 * A local body's name with its place abbreviated (市科技局), or its suffix alone (国资委 for 国务院国资委),
 * is that body's when exactly one body in the document abbreviates so (青岛市科技局, not also 济南市科技局):
 * null marks a form two bodies share.
 */
function abbreviatedPlaces(ctx: Context, primary: readonly OrgMention[]): Map<string, OrgMention | null> {
  const abbreviated = new Map<string, OrgMention | null>();
  for (const m of primary) {
    // a firm is not named by its place abbreviated; a hospital is (贵州省人民医院 / 省人民医院)
    if (m.kind === 'company') continue;
    const forms = m.canonical ? [] : placeAbbreviations(ctx, m.name);
    // 国务院国资委 → 国资委: a government body's own suffix, named alone (not 理事会, 融媒体中心)
    const suffix = m.kind === 'government' && ctx.rules.orgSuffixes.matchEndingAt(m.name, m.name.length, 1);
    if (suffix && suffix.word.length >= 3 && !ctx.rules.orgGenericNames.has(suffix.word)) forms.push(suffix.word);
    for (const f of forms) {
      if (f === m.name) continue;
      const prev = abbreviated.get(f);
      if (prev === undefined) abbreviated.set(f, m);
      else if (prev && bodyKey(ctx, prev.name) !== bodyKey(ctx, m.name)) abbreviated.set(f, null);
    }
  }
  return abbreviated;
}

/** A mention found on its own that is a short form (檬豆公司) joins its full name. */
export function joinShortForms(ctx: Context, primary: readonly OrgMention[], table: FormTable): OrgMention[] {
  const companyBegun = companyBegunBy(ctx, primary);
  return primary.map((p) => {
    if (p.canonical) return p;
    const placed = placedKnownCompany(ctx, p);
    if (placed) return placed;
    if (p.ref === COORDINATION_REF && p.name.length >= 3) {
      const owner = companyBegun(p.name);
      if (owner) return { ...p, fullName: owner.name, kind: owner.kind };
    }
    const tail = ctx.rules.marker('short-name-tail').matchEndingAt(p.name, p.name.length);
    const core = tail ? p.name.slice(0, tail.start) : p.name;
    const form = table.fullOf.has(p.name) ? p.name : core;
    const full = table.fullOf.get(form);
    if (full && !table.refersBack(form, full, p.start)) return p;
    return full && full.name !== p.name
      ? { ...p, fullName: full.name, kind: full.kind, canonical: full.canonical ?? p.canonical }
      : p;
  });
}

/**
 * 山东潍柴集团, 青岛海尔集团: a place before a known company's whole name (潍柴集团) names that company;
 * its mentions with and without the place are one body.
 */
function placedKnownCompany(ctx: Context, p: OrgMention): OrgMention | null {
  if (p.kind !== 'company') return null;
  const place = ctx.rules.regions.matchAt(p.name, 0);
  if (!place) return null;
  const rest = p.name.slice(place.end).replace(ADMIN_SUFFIX_START, '');
  const known = rest.length >= 3 ? ctx.rules.orgAliases.get(rest)?.rule : undefined;
  return known && known.kind === 'company' && known.canonical ? { ...p, canonical: known.canonical } : null;
}

/**
 * A listed name that begins exactly one company name of the document, after its place, is
 * that company's (无车承运 for 青岛无车承运服务中心有限公司).
 */
function companyBegunBy(ctx: Context, primary: readonly OrgMention[]): (name: string) => OrgMention | undefined {
  const companies = primary.filter((m) => m.kind === 'company' && !m.canonical && m.ref !== COORDINATION_REF);
  return (name) => {
    const owners = companies.filter((c) => {
      const place = ctx.rules.regions.matchAt(c.name, 0);
      const core = place ? c.name.slice(place.end).replace(ADMIN_SUFFIX_START, '') : c.name;
      return c.name !== name && core.length > name.length && core.startsWith(name);
    });
    return owners.length === 1 ? owners[0] : undefined;
  };
}

export interface FormMentions {
  readonly extra: OrgMention[];
  /** Those found as a short form of another name (not a name named again). */
  readonly fromShortForm: ReadonlySet<OrgMention>;
  /** Those of a short name the text introduces (以下简称“宁海国投”): they outrank a known name inside them (国投). */
  readonly introduced: ReadonlySet<OrgMention>;
}

/**
 * Every form's occurrences: the short forms, and a found name named again where no rule
 * finds it (来源：央视网 … 央视网消息).
 */
export function formMentions(
  ctx: Context,
  joined: readonly OrgMention[],
  table: FormTable,
  check: ShortNameCheck,
): FormMentions {
  const { doc } = ctx;
  const target = new Map<string, { readonly mention: OrgMention; readonly fullName: string }>();
  for (const [f, m] of table.fullOf) target.set(f, { mention: m, fullName: m.name });
  for (const p of joined)
    if (!p.canonical && !target.has(p.name)) target.set(p.name, { mention: p, fullName: p.fullName ?? p.name });
  const occurrences = occurrencesOf(doc.match, target.keys());
  const commonWordAt = commonWords(ctx);
  const extra: OrgMention[] = [];
  const fromShortForm = new Set<OrgMention>();
  const introduced = new Set<OrgMention>();
  for (const [f, { mention: m, fullName }] of target) {
    for (const at of occurrences.get(f) ?? []) {
      const tail = ctx.rules.marker('short-name-tail').matchAt(doc.match, at + f.length);
      const end = tail ? tail.end : at + f.length;
      if (ctx.isQuoted(at, end) || check.misfit(at, at + f.length) || !table.refersBack(f, m, at)) continue;
      if (table.derived.has(f) && !tail && commonWordAt(at, f)) continue;
      const { kind, ref, canonical } = m;
      const mention: OrgMention = { start: at, end, name: doc.text.slice(at, end), kind, ref, canonical, fullName };
      extra.push(mention);
      if (table.fullOf.has(f)) fromShortForm.add(mention);
      if (table.introduced.has(f)) introduced.add(mention);
    }
  }
  return { extra, fromShortForm, introduced };
}

/**
 * A derived form names the body only where it reads as a name: some word of it is a proper
 * noun, or one jieba does not know (檬豆, 华夏|基石); 旅游, 文化|旅游 and a lone place (江淮) are not.
 * Judged once per form, on its own words (a form may occur thousands of times).
 */
function commonWords(ctx: Context): (at: number, form: string) => boolean {
  const common = new Map<string, boolean>();
  return (at, f) => {
    let verdict = common.get(f);
    if (verdict === undefined) {
      const own = ctx.tokensIn(at, at + f.length);
      verdict = (own.length === 1 && own[0]!.tag === TAG.place) || !own.some((t) => NAME_LIKE.has(t.tag));
      common.set(f, verdict);
    }
    return verdict;
  };
}
