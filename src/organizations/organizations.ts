// Organizations: found by suffix (…有限公司, …管委), by name (the alias tables),
// by jieba's `nt` tag and as the page's source (candidates.ts); names listed beside
// them (coordination.ts); then the other forms a text names them by (forms.ts) and one
// entity per organization per document (entities.ts), with its short forms
// (青岛檬豆网络科技有限公司 / 青岛檬豆 / 檬豆 / 檬豆公司) and the short names the text introduces (简称X).
import type { Context } from '../context/context.js';
import { selectNonOverlapping, Occupancy, type OrgEntity, type OrgMention } from './mentions.js';
import { candidates } from './candidates.js';
import { contextOnlyNames } from './context-only.js';
import { BARE_BODY } from './home-place.js';
import { listHeadNames } from './list-heads.js';
import { sharedPlaceNames, sharedSuffixNames } from './shared-suffix.js';
import { coordinated, listKinds } from './coordination.js';
import { formMentions, formTable, joinShortForms } from './forms.js';
import { entitiesOf, noteOverlapped } from './entities.js';
export { orgSpansOf } from './entities.js';
import { ShortNameCheck } from './short-name-check.js';
import type { PersonNames } from './people.js';
import { perRuleSet } from '../rules/compiled.js';
import { twoListScanner } from '../places/pair-scan.js';

export type { OrgEntity, OrgMention } from './mentions.js';

export function extractOrganizations(ctx: Context, people: PersonNames = NO_PEOPLE): OrgEntity[] {
  const length = ctx.doc.match.length;
  const check = new ShortNameCheck(ctx);
  const [named, commonWords] = nameScan(ctx.rules)(ctx.doc.match, 0, length);
  const found0 = selectNonOverlapping(candidates(ctx, check, named), length);
  // 大众, 现代, 理想: names that are common words count only listed next to a body found so far
  const listed = withAdded(found0, contextOnlyNames(ctx, found0, check, commonWords), length);
  // 思哲睿等5户企业: items of a list its head says are companies
  const headed = withAdded(listed, listHeadNames(ctx, listed), length);
  // 紫金山、太湖等实验室: items of a list sharing the suffix written after it
  const shared = withAdded(headed, sharedSuffixNames(ctx, headed), length);
  // 香港、澳门特别行政区政府: places listed before a name share what follows its place
  const first = withAdded(shared, sharedPlaceNames(ctx, shared), length);
  // Lists beside an international body or a party are of countries and ideas: they seed no names.
  // Nor does a bare 市委: 市第八次党代会、市委八届二次全会 lists meetings.
  const seeds = first.filter((m) => !(m.canonical && m.kind === 'other') && !BARE_BODY.test(m.name));
  const primary = withAdded(first, coordinated(ctx, first, people, seeds), length);

  const table = formTable(ctx, primary);
  const joined = joinShortForms(ctx, primary, table);
  const { extra, fromShortForm, introduced } = formMentions(ctx, joined, table, check);
  const kept = withoutInside(joined, introduced);
  const found = withAdded(kept, unclaimed(kept, extra, length), length);
  // Names listed next to a short form found only now (华夏基石、远望谷): one more round, seeded by those alone.
  const shortFound = found.filter((m) => fromShortForm.has(m) && m.end - m.start >= 3);
  const more = shortFound.length ? coordinated(ctx, found, people, shortFound) : [];
  const mentions = listKinds(ctx, withAdded(found, more, length));

  if (ctx.tracing) noteOverlapped(ctx, [...first, ...extra], mentions);
  return entitiesOf(ctx, mentions);
}

/** The alias tables' names and the context-only ones (大众, 理想), found in one pass over the page. */
const nameScan = perRuleSet((rules) => twoListScanner(rules.orgAliases, rules.orgContextOnly));

/** A text whose people are not known names none. */
const NO_PEOPLE: PersonNames = { has: () => false };

/**
 * The mentions chosen from `chosen` (already chosen: none overlaps another, in order of start)
 * and `added`. Chosen again alone they come back as they are: most pages add none.
 */
function withAdded(chosen: OrgMention[], added: readonly OrgMention[], length: number): OrgMention[] {
  return added.length ? selectNonOverlapping([...chosen, ...added], length) : chosen;
}

/** 宁海国投 introduced by 简称 for 宁海县国有资产投资开发有限公司: the known name inside it (国投) is not named there. */
function withoutInside(named: OrgMention[], introduced: ReadonlySet<OrgMention>): OrgMention[] {
  if (introduced.size === 0) return named;
  const outer = [...introduced];
  const inside = (m: OrgMention) =>
    m.canonical !== null &&
    outer.some((o) => o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start);
  return named.some(inside) ? named.filter((m) => !inside(m)) : named;
}

/** The mentions of `extra` that overlap no name of `named`. */
function unclaimed(named: readonly OrgMention[], extra: readonly OrgMention[], length: number): OrgMention[] {
  if (extra.length === 0) return [];
  const claimed = new Occupancy(length);
  for (const p of named) claimed.claim(p.start, p.end);
  return extra.filter((e) => claimed.free(e.start, e.end));
}
