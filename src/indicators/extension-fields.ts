// The fields an indicator carries beyond the contract's core (docs/output.md), all
// read from the finished fact: what kind of figure it is, the days its period covers,
// and its region's official name and code. The country has one spelling, the one
// rules/regions.yaml gives (places/regions.ts regionSpellings): 我国 and 中国 are written
// 全国, here too for a region a pattern's group took as written.
import type { RuleSet } from '../rules/ruleset.js';
import type { Indicator } from '../facts.js';
import { periodSpan } from '../dates/period-span.js';
import { resolveDivision } from '../places/divisions.js';
import { regionSpellings } from '../places/regions.js';
import { valueKind } from './value-kind.js';

export type IndicatorCore = Omit<
  Indicator,
  'valueKind' | 'periodStart' | 'periodEnd' | 'regionCanonical' | 'regionCode'
>;

/** A joined region (广州、深圳) gets a name only when every part resolves, and no code. */
function canonicalRegion(region: string, spelled: ReadonlyMap<string, string | null>) {
  const parts = region.split('、').map((p) => spelled.get(p) ?? resolveDivision(p)?.name ?? null);
  if (parts.some((p) => p === null)) return { regionCanonical: null, regionCode: null };
  const one = parts.length === 1 && !spelled.has(region) ? resolveDivision(region) : null;
  return { regionCanonical: parts.join('、'), regionCode: one?.code ?? null };
}

export function withExtensionFields(fact: IndicatorCore, rules: RuleSet): Indicator {
  const spelled = regionSpellings(rules);
  // 全球 from a pattern's group: a scope whose figures are no place's (writtenAs: null).
  const region = fact.region === null || !spelled.has(fact.region) ? fact.region : (spelled.get(fact.region) ?? null);
  const span = periodSpan(fact.period);
  return {
    ...fact,
    region,
    valueKind: valueKind(fact),
    periodStart: span?.start ?? null,
    periodEnd: span?.end ?? null,
    ...(region === null ? { regionCanonical: null, regionCode: null } : canonicalRegion(region, spelled)),
  };
}
