// Gold entries against predicted facts, one type and one document at a time.
// Each gold entry is matched to at most one fact and each fact to at most one
// entry; what is left over is missed (gold) or extra (predicted). Entries marked
// `optional` may absorb a fact but are never counted, either way.
import type { GoldEvent, GoldIndicator, GoldOrganization } from './gold.js';
import type { ScoredFact } from './predictions.js';
import { locateQuote, namesContain, normalizeName, spanOverlap, unitClass, valuesClose, type Span } from './compare.js';

/** The fields whose accuracy is reported, over matched (true positive) pairs only. */
export const FIELD_NAMES = [
  'organization.kind',
  'indicator.period',
  'indicator.region',
  'indicator.label',
  'indicator.status',
  'indicator.change',
  'indicator.approx',
  // A row an analyst can use as it is: period, region, label, status and change all right.
  'indicator.exact',
  'event.kind',
  'event.orgs',
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** The fields that make an indicator row right as a whole (approx is not one of them). */
const ROW_FIELDS = [
  'indicator.period',
  'indicator.region',
  'indicator.label',
  'indicator.status',
  'indicator.change',
] as const satisfies readonly FieldName[];

export interface FieldCheck {
  readonly field: FieldName;
  readonly ok: boolean;
  /** The gold value and the predicted one, for a reader (eval --verbose lists wrong fields). */
  readonly expected: string;
  readonly got: string;
  /** The gold entry's quote: which figure or event the field belongs to. */
  readonly quote: string;
}

const shown = (v: unknown): string =>
  v === undefined || v === null ? 'null' : typeof v === 'string' ? v : JSON.stringify(v);
const check = (field: FieldName, ok: boolean, expected: unknown, got: unknown, quote: string): FieldCheck => ({
  field,
  ok,
  expected: shown(expected),
  got: shown(got),
  quote,
});

export interface TypeMatch {
  tp: number;
  fp: number;
  fn: number;
  /** Gold entries no fact matched, described for a reader. */
  readonly missed: string[];
  /** Facts no gold entry matched. */
  readonly extra: string[];
  readonly fields: FieldCheck[];
}

/** A predicted fact with the source span it claims (null when it gives none that can be found). */
export type LocatedFact = ScoredFact & { readonly span: Span | null };

const emptyMatch = (): TypeMatch => ({ tp: 0, fp: 0, fn: 0, missed: [], extra: [], fields: [] });

/**
 * Organizations match by any of their names. An organization is one fact per
 * document, so a second fact for an entity already matched is a false positive
 * (the tool split one body in two) — unless an optional entry takes it.
 */
export function matchOrganizations(gold: readonly GoldOrganization[], predicted: readonly ScoredFact[]): TypeMatch {
  const m = emptyMatch();
  const entries = gold.map((g) => ({ gold: g, names: new Set([g.name, ...g.aliases].map(normalizeName)), hit: false }));
  for (const p of predicted) {
    const names = [p.name, p.canonical, ...(p.aliases ?? [])].map(normalizeName).filter(Boolean);
    const named = (e: (typeof entries)[number]) => names.some((n) => e.names.has(n));
    const entry = entries.find((e) => !e.hit && named(e));
    if (entry) entry.hit = true;
    if (entry && !entry.gold.optional) {
      m.tp++;
      if (entry.gold.kind)
        m.fields.push(check('organization.kind', p.kind === entry.gold.kind, entry.gold.kind, p.kind, entry.gold.name));
    } else if (!entry && !entries.some((e) => e.gold.optional && named(e))) {
      m.fp++;
      m.extra.push(`${p.name ?? p.canonical}`);
    }
  }
  for (const e of entries) {
    if (!e.hit && !e.gold.optional) {
      m.fn++;
      m.missed.push(e.gold.name);
    }
  }
  return m;
}

/**
 * The unused candidate sharing the most characters with the gold quote; the
 * first one on a tie; none when no candidate overlaps it at all.
 */
function bestOverlap(
  candidates: readonly LocatedFact[],
  used: ReadonlySet<number>,
  quote: Span | null,
  eligible: (p: LocatedFact) => boolean,
): number | null {
  let best: number | null = null;
  let bestChars = 0;
  candidates.forEach((p, i) => {
    if (used.has(i) || !eligible(p)) return;
    const chars = spanOverlap(p.span, quote);
    if (chars > bestChars) {
      best = i;
      bestChars = chars;
    }
  });
  return best;
}

function indicatorFields(g: GoldIndicator, p: LocatedFact): FieldCheck[] {
  const checks: FieldCheck[] = [];
  // A field absent from the gold entry is not checked; null is a value to check against.
  const q = g.quote;
  if (g.period !== undefined)
    checks.push(check('indicator.period', normalizeName(p.period) === normalizeName(g.period), g.period, p.period, q));
  if (g.region !== undefined) {
    const same = normalizeName(p.region) === normalizeName(g.region);
    checks.push(
      check(
        'indicator.region',
        same || (!!g.region && !!p.region && namesContain(p.region, g.region)),
        g.region,
        p.region,
        q,
      ),
    );
  }
  if (g.label) checks.push(check('indicator.label', !!p.label && namesContain(p.label, g.label), g.label, p.label, q));
  if (g.status !== undefined)
    checks.push(check('indicator.status', (p.status ?? 'actual') === g.status, g.status, p.status ?? 'actual', q));
  if (g.change !== undefined) {
    const ok = g.change ? !!p.change && valuesClose(p.change.value, g.change.value) : !p.change;
    checks.push(check('indicator.change', ok, g.change?.value, p.change?.value, q));
  }
  if (g.approx !== undefined)
    checks.push(check('indicator.approx', (p.approx ?? null) === g.approx, g.approx, p.approx, q));
  const rowFields = new Set<FieldName>(ROW_FIELDS);
  const wrong = checks.filter((c) => rowFields.has(c.field) && !c.ok).map((c) => c.field);
  checks.push(check('indicator.exact', wrong.length === 0, 'all right', wrong.join(',') || 'all right', q));
  return checks;
}

/** Indicators match by value (within 0.5%), unit class, and evidence overlapping the gold quote. */
export function matchIndicators(
  gold: readonly GoldIndicator[],
  predicted: readonly LocatedFact[],
  source: string,
): TypeMatch {
  const m = emptyMatch();
  const used = new Set<number>();
  for (const g of gold) {
    const sameFigure = (p: LocatedFact) => valuesClose(p.value, g.value) && unitClass(p.unit) === unitClass(g.unit);
    const best = bestOverlap(predicted, used, locateQuote(source, g.quote), sameFigure);
    if (best === null) {
      if (!g.optional) {
        m.fn++;
        m.missed.push(`${g.label ?? ''} ${g.value} ${g.unit} «${g.quote}»`);
      }
      continue;
    }
    used.add(best);
    if (g.optional) continue;
    m.tp++;
    m.fields.push(...indicatorFields(g, predicted[best]!));
  }
  predicted.forEach((p, i) => {
    if (used.has(i)) return;
    m.fp++;
    m.extra.push(`${p.label ?? ''} ${p.value} ${p.unit} «${p.text}»`);
  });
  return m;
}

function eventFields(g: GoldEvent, p: LocatedFact): FieldCheck[] {
  const checks: FieldCheck[] = [];
  if (g.kind) checks.push(check('event.kind', p.kind === g.kind, g.kind, p.kind, g.quote));
  // One check per gold organization: naming two of three is two thirds right.
  const named = new Set((p.orgs ?? []).map(normalizeName));
  for (const org of g.orgs)
    checks.push(check('event.orgs', named.has(normalizeName(org)), org, (p.orgs ?? []).join('、'), g.quote));
  return checks;
}

/** Events match by normalized date and evidence overlapping the gold quote. */
export function matchEvents(gold: readonly GoldEvent[], predicted: readonly LocatedFact[], source: string): TypeMatch {
  const m = emptyMatch();
  const used = new Set<number>();
  for (const g of gold) {
    const sameDate = (p: LocatedFact) => normalizeName(p.date) === normalizeName(g.date);
    const best = bestOverlap(predicted, used, locateQuote(source, g.quote), sameDate);
    if (best === null) {
      if (!g.optional) {
        m.fn++;
        m.missed.push(`${g.date} «${g.quote}»`);
      }
      continue;
    }
    used.add(best);
    if (g.optional) continue;
    m.tp++;
    m.fields.push(...eventFields(g, predicted[best]!));
  }
  predicted.forEach((p, i) => {
    if (used.has(i)) return;
    m.fp++;
    m.extra.push(`${p.date} «${p.text}»`);
  });
  return m;
}
