// One entity per body: its mentions grouped by canonical name, the spellings of one
// suffix taken as one (省政府 / 省人民政府); its name the fullest form seen.
import type { Context, OrgSpan } from '../context/context.js';
import type { OrgEntity, OrgMention } from './mentions.js';
import { bodyKey } from './short-forms.js';
import { placedName } from './home-place.js';
import { noteOrg } from './note.js';
import { ADMIN_CHAR } from './name-words.js';

export function entitiesOf(ctx: Context, mentions: readonly OrgMention[]): OrgEntity[] {
  const keyOf = (m: OrgMention) => m.canonical ?? bodyKey(ctx, m.fullName ?? m.name);
  const placed = placeQualified(ctx, new Set(mentions.map(keyOf)));
  const byKey = new Map<string, OrgMention[]>();
  for (const m of mentions) {
    const k = placed.get(keyOf(m)) ?? keyOf(m);
    const list = byKey.get(k);
    if (list) list.push(m);
    else byKey.set(k, [m]);
  }
  const entities: OrgEntity[] = [];
  for (const list of byKey.values()) {
    // a site named as its company (特变电工智慧产业园) is an alias; the company's own name is the name
    const names = list.map((m) => m.projectOf ?? m.name);
    const seen = new Set(names);
    for (const m of list) seen.add(m.name);
    const forms = [...seen];
    const name = names.reduce((a, b) => (b.length > a.length ? b : a));
    const lead = list.find((m) => m.canonical) ?? list.find((m) => !m.fullName) ?? list[0]!;
    // 市委 in a text about 重庆: 重庆市委
    const canonical = lead.canonical ?? (forms.length === 1 ? placedName(ctx, name) : null) ?? name;
    entities.push({ canonical, name, kind: lead.kind, ref: lead.ref, mentions: list, forms });
    if (ctx.tracing)
      noteOrg(
        ctx,
        list[0]!,
        lead.ref,
        'kept',
        `${name} (${lead.kind}), canonical ${canonical}, ${list.length} mention(s): ${forms.join(' / ')}`,
      );
  }
  return entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/**
 * 九江市消防救援支队 after 江西省九江市消防救援支队, 协和医院 after 北京协和医院: a name that is another name of the
 * text with only places cut from its front is that body. Maps each such key to the longer one.
 */
function placeQualified(ctx: Context, keys: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const short of keys) {
    // 市政府 after 青岛市政府 is the text's own body, which placedName resolves; not cut from another
    if (short.length < 3 || ADMIN_CHAR.test(short[0]!)) continue;
    for (const long of keys)
      if (long.length > short.length && long.endsWith(short) && placesOnly(ctx, long.slice(0, -short.length)))
        out.set(short, long);
  }
  return out;
}

/** Is the text places only, each maybe with its level (江西省, 江西省九江市)? */
function placesOnly(ctx: Context, text: string): boolean {
  let at = 0;
  while (at < text.length) {
    const place = ctx.rules.regions.matchAt(text, at);
    if (!place) return false;
    at = ctx.rules.regionSuffixes.matchAt(text, place.end)?.end ?? place.end;
  }
  return true;
}

/** For explain: the candidates a longer name overlapped. */
export function noteOverlapped(ctx: Context, found: readonly OrgMention[], kept: readonly OrgMention[]): void {
  const spans = new Set(kept.map((x) => `${x.start}:${x.end}`));
  for (const m of found) {
    if (spans.has(`${m.start}:${m.end}`)) continue;
    noteOrg(ctx, m, m.ref, 'dropped', `${m.name}: overlapped by a longer name`);
  }
}

/** Where each entity is named, for the extractors that read organizations (a number inside a name is no figure). */
export function orgSpansOf(entities: readonly OrgEntity[]): OrgSpan[] {
  // one array, not one per entity flattened after
  const spans: OrgSpan[] = [];
  for (const o of entities)
    for (const m of o.mentions) spans.push({ start: m.start, end: m.end, canonical: o.canonical, kind: o.kind });
  return spans;
}
