// The fields an indicator carries beyond the contract's core (docs/output.md), all
// read from the finished fact: what kind of figure it is, the days its period covers,
// and its region's official name and code. The country has one spelling, the one
// rules/regions.yaml gives (places/regions.ts regionSpellings): 我国 and 中国 are written
// 全国, here too for a region a pattern's group took as written.
import type { RuleSet } from '../rules/ruleset.js';
import { perRuleSet } from '../rules/compiled.js';
import type { Indicator } from '../facts.js';
import { periodSpan, type PeriodSpan } from '../dates/period-span.js';
import { resolveDivision } from '../places/divisions.js';
import { regionSpellings } from '../places/regions.js';
import { valueKind } from './value-kind.js';

export type IndicatorCore = Omit<
  Indicator,
  'valueKind' | 'periodStart' | 'periodEnd' | 'regionCanonical' | 'regionCode'
>;

interface RegionFields {
  readonly region: string | null;
  readonly regionCanonical: string | null;
  readonly regionCode: string | null;
}

const NO_REGION: RegionFields = { region: null, regionCanonical: null, regionCode: null };

/** A joined region (广州、深圳) gets a name only when every part resolves, and no code. */
function canonicalRegion(region: string, spelled: ReadonlyMap<string, string | null>): RegionFields {
  const parts = region.split('、').map((p) => spelled.get(p) ?? resolveDivision(p)?.name ?? null);
  if (parts.some((p) => p === null)) return { region, regionCanonical: null, regionCode: null };
  const one = parts.length === 1 && !spelled.has(region) ? resolveDivision(region) : null;
  return { region, regionCanonical: parts.join('、'), regionCode: one?.code ?? null };
}

/**
 * How many regions and periods each memo below holds before it starts again: a run of any
 * length keeps its memory flat (a page repeats few of either; a corpus has some thousands).
 */
const KNOWN_MAX = 4096;

/** A fact's region as written out, with its name and code: the same few regions recur on every page, so each is read once. */
const regionFields = perRuleSet((rules) => {
  const spelled = regionSpellings(rules);
  const known = new Map<string, RegionFields>();
  return (written: string): RegionFields => {
    let fields = known.get(written);
    if (fields === undefined) {
      // 全球 from a pattern's group: a scope whose figures are no place's (writtenAs: null).
      const region = spelled.has(written) ? (spelled.get(written) ?? null) : written;
      fields = region === null ? NO_REGION : canonicalRegion(region, spelled);
      if (known.size >= KNOWN_MAX) known.clear();
      known.set(written, fields);
    }
    return fields;
  };
});

/** The days of each period seen, read once (periods repeat across a run's documents). */
const periodSpans = new Map<string, PeriodSpan | null>();
function spanOf(period: string | null): PeriodSpan | null {
  if (period === null) return null;
  let span = periodSpans.get(period);
  if (span === undefined) {
    if (periodSpans.size >= KNOWN_MAX) periodSpans.clear();
    periodSpans.set(period, (span = periodSpan(period)));
  }
  return span;
}

/** The fact with its added fields, written out field by field in the contract's order (no spread copies: one per fact). */
export function withExtensionFields(fact: IndicatorCore, rules: RuleSet): Indicator {
  const where = fact.region === null ? NO_REGION : regionFields(rules)(fact.region);
  const span = spanOf(fact.period);
  return {
    id: fact.id,
    type: fact.type,
    doc: fact.doc,
    start: fact.start,
    end: fact.end,
    text: fact.text,
    rule: fact.rule,
    metric: fact.metric,
    label: fact.label,
    region: where.region,
    period: fact.period,
    value: fact.value,
    unit: fact.unit,
    measure: fact.measure,
    raw: fact.raw,
    approx: fact.approx,
    change: fact.change,
    status: fact.status,
    valueKind: valueKind(fact),
    periodStart: span?.start ?? null,
    periodEnd: span?.end ?? null,
    regionCanonical: where.regionCanonical,
    regionCode: where.regionCode,
  };
}
