// Of the places a heading names, the one it is about: 海南：万洋高速今起正式通车 → 海南;
// a chain of places written together (新疆乌鲁木齐, 河北廊坊) is its last, the finer one.
// Several places that are not one chain name no single place.

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
  return names.size === 1 ? chains[0]! : null;
}
