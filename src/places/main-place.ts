// Of the places a heading names, the one it is about: 海南：万洋高速今起正式通车 → 海南;
// a chain of places written together (新疆乌鲁木齐, 河北廊坊) is its last, the finer one;
// a province named with its own cities (广东GDP十强进阶：广深稳守2万亿，东莞有望冲刺万亿)
// is the province. Places of no one place name none.
import { within } from './divisions-table.js';

export interface PlaceAt {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

export function mainPlace(places: readonly PlaceAt[]): PlaceAt | null {
  const chains: PlaceAt[] = [];
  for (const p of places) {
    const last = chains[chains.length - 1];
    if (last && last.end === p.start) chains[chains.length - 1] = { name: p.name, start: last.start, end: p.end };
    else chains.push(p);
  }
  const names = new Set(chains.map((c) => c.name));
  if (names.size === 1) return chains[0]!;
  const outer = chains.find((c) => [...names].every((n) => n === c.name || within(n, c.name)));
  return outer ?? null;
}
