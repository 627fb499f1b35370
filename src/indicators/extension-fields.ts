// The fields an indicator carries beyond the contract's core (docs/output.md), all
// read from the finished fact: what kind of figure it is, the days its period covers,
// and its region's official name and code. The country has one spelling: 我国 and 中国
// are written 全国, the first name of the rule files' scope region.
import type { RuleSet } from '../rules/ruleset.js';
import type { Indicator } from '../facts.js';
import { periodSpan } from '../dates/period-span.js';
import { resolveDivision } from '../places/divisions.js';
import { valueKind } from './value-kind.js';

export type IndicatorCore = Omit<
  Indicator,
  'valueKind' | 'periodStart' | 'periodEnd' | 'regionCanonical' | 'regionCode'
>;

const countryNames = new WeakMap<RuleSet, ReadonlyMap<string, string>>();

/** Each spelling of a scope region (全国, 中国, 我国) to its rule's first name (全国). */
function scopeSpellings(rules: RuleSet): ReadonlyMap<string, string> {
  let names = countryNames.get(rules);
  if (!names) {
    names = new Map(
      rules.loaded.sections.regions
        .filter((r) => r.entry.scope)
        .flatMap((r) => r.entry.names.map((n) => [n, r.entry.names[0]!] as const)),
    );
    countryNames.set(rules, names);
  }
  return names;
}

/** A joined region (广州、深圳) gets a name only when every part resolves, and no code. */
function canonicalRegion(region: string, scope: ReadonlyMap<string, string>) {
  const parts = region.split('、').map((p) => scope.get(p) ?? resolveDivision(p)?.name ?? null);
  if (parts.some((p) => p === null)) return { regionCanonical: null, regionCode: null };
  const one = parts.length === 1 && !scope.has(region) ? resolveDivision(region) : null;
  return { regionCanonical: parts.join('、'), regionCode: one?.code ?? null };
}

export function withExtensionFields(fact: IndicatorCore, rules: RuleSet): Indicator {
  const scope = scopeSpellings(rules);
  const region = fact.region === null ? null : (scope.get(fact.region) ?? fact.region);
  const span = periodSpan(fact.period);
  return {
    ...fact,
    region,
    valueKind: valueKind(fact),
    periodStart: span?.start ?? null,
    periodEnd: span?.end ?? null,
    ...(region === null ? { regionCanonical: null, regionCode: null } : canonicalRegion(region, scope)),
  };
}
