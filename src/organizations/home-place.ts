// The place a text is about, as its title names it (2025年重庆市政府工作报告, 大庆市经济运行开局良好):
// the owner of the bodies it names bare (市委, 省政府). A title naming two places of a level names none.
import type { Context } from '../context/context.js';
import { toMatchText } from '../document/normalize.js';

/** A local body's suffix that holds its place's level (市委, 省政府, 县委): named bare, the body of the text's place. */
export const BARE_BODY = /^[省市县区州](?:委|政府|人民政府)$/;

/** Provinces written with 市: a 市委 of theirs is the province's. */
const MUNICIPALITIES = new Set(['北京', '天津', '上海', '重庆']);

export interface HomePlaces {
  /** 重庆市, 大庆市. */
  readonly city: string | null;
  /** 黑龙江省. */
  readonly province: string | null;
}

const cache = new WeakMap<object, HomePlaces>();

function homes(ctx: Context): HomePlaces {
  let home = cache.get(ctx.doc);
  if (!home) cache.set(ctx.doc, (home = homesOf(ctx)));
  return home;
}

function homesOf(ctx: Context): HomePlaces {
  const title = ctx.doc.title ? toMatchText(ctx.doc.title) : '';
  const cities = new Set<string>();
  const provinces = new Set<string>();
  for (const r of ctx.rules.regions.findAll(title)) {
    const id = r.value.ref.split('#')[1];
    if (id === 'cities' || (id === 'provinces' && MUNICIPALITIES.has(r.word))) cities.add(`${r.word}市`);
    else if (id === 'provinces' && title[r.end] !== '自') provinces.add(`${r.word}省`);
  }
  return {
    city: cities.size === 1 ? [...cities][0]! : null,
    province: provinces.size === 1 ? [...provinces][0]! : null,
  };
}

/** The place whose body a bare form names (市委 → 重庆市, 省政府 → 黑龙江省), or null. */
export function homePlaceOf(ctx: Context, bare: string): string | null {
  if (!BARE_BODY.test(bare)) return null;
  const home = homes(ctx);
  return bare[0] === '市' ? home.city : bare[0] === '省' ? home.province : null;
}

/** 市委 → 重庆市委: a bare body's name with its place, or null when the title names none. */
export function placedName(ctx: Context, bare: string): string | null {
  const place = homePlaceOf(ctx, bare);
  return place ? place + bare.slice(1) : null;
}
