// One gold document against the facts predicted for it, and the totals over all
// documents: precision, recall, F1 per fact type, field accuracy, contract errors.
import type { FactType } from '../facts.js';
import type { GoldFile } from './gold.js';
import type { ScoredFact } from './predictions.js';
import { locateQuote } from './compare.js';
import {
  FIELD_NAMES,
  matchEvents,
  matchIndicators,
  matchOrganizations,
  type FieldCheck,
  type FieldName,
  type LocatedFact,
  type TypeMatch,
} from './match.js';

export const SCORED_TYPES = ['organization', 'indicator', 'event'] as const satisfies readonly FactType[];
export type ScoredType = (typeof SCORED_TYPES)[number];

/** A document to score: its gold annotations, the source text, the facts predicted on it. */
export interface DocumentCase {
  /** How the document is named in messages (its basename). */
  readonly name: string;
  readonly gold: GoldFile;
  readonly source: string;
  readonly facts: readonly ScoredFact[];
}

export interface DocumentScore {
  readonly matches: Record<ScoredType, TypeMatch>;
  /** Facts that break `text === source.slice(start, end)`, described. */
  readonly contractErrors: string[];
  /** Gold quotes that are not in the source: an annotation error, never matchable. */
  readonly unlocatedQuotes: string[];
}

/**
 * The span a fact claims, and whether it keeps the offset contract. A fact
 * without offsets breaks it too, but is still placed by its text, so that one
 * broken field does not also cost the match.
 */
export function locateFact(f: ScoredFact, source: string): { fact: LocatedFact; error: string | null } {
  if (typeof f.start === 'number' && typeof f.end === 'number') {
    const actual = source.slice(f.start, f.end);
    const error =
      typeof f.text === 'string' && actual !== f.text
        ? `[${f.start},${f.end}) text ${JSON.stringify(f.text)} != source ${JSON.stringify(actual)}`
        : null;
    return { fact: { ...f, span: [f.start, f.end] }, error };
  }
  return {
    fact: { ...f, span: locateQuote(source, f.text) },
    error: `no integer start/end (text ${JSON.stringify(f.text ?? null)})`,
  };
}

export function scoreDocument(c: DocumentCase): DocumentScore {
  const contractErrors: string[] = [];
  const located: LocatedFact[] = [];
  for (const f of c.facts) {
    const { fact, error } = locateFact(f, c.source);
    if (error) contractErrors.push(error);
    located.push(fact);
  }
  const ofType = (t: ScoredType) => located.filter((f) => f.type === t);
  const quotes = [...c.gold.indicators, ...c.gold.events].map((g) => g.quote);
  return {
    matches: {
      organization: matchOrganizations(c.gold.organizations, ofType('organization')),
      indicator: matchIndicators(c.gold.indicators, ofType('indicator'), c.source),
      event: matchEvents(c.gold.events, ofType('event'), c.source),
    },
    contractErrors,
    unlocatedQuotes: quotes.filter((q) => locateQuote(c.source, q) === null),
  };
}

export interface TypeScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

export function typeScore(tp: number, fp: number, fn: number): TypeScore {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, fp, fn };
}

/** One line of the verbose listing: a gold entry missed, a fact in excess, or a matched fact's wrong field. */
export interface Discrepancy {
  readonly kind: 'missed' | 'extra' | 'wrong';
  readonly type: ScoredType;
  readonly doc: string;
  readonly what: string;
}

export interface EvalReport {
  readonly documents: number;
  /** Predicted facts read (in-process: extracted from the gold documents). */
  readonly facts: number;
  readonly contractErrors: number;
  readonly organization: TypeScore;
  readonly indicator: TypeScore;
  readonly event: TypeScore;
  readonly fields: Partial<Record<FieldName, { readonly accuracy: number; readonly n: number }>>;
  /** The mean of the three types' F1: each type counts the same, however many facts it has. */
  readonly overallF1: number;
  /** Indicators found with every row field right, as an F1 over all found and all expected. */
  readonly indicatorRowsF1: number;
  /** First few contract errors, named by document. */
  readonly contractSamples: readonly string[];
  readonly discrepancies: readonly Discrepancy[];
}

const CONTRACT_SAMPLES = 5;

function fieldAccuracy(checks: readonly FieldCheck[]): EvalReport['fields'] {
  const fields: EvalReport['fields'] = {};
  for (const name of FIELD_NAMES) {
    const mine = checks.filter((c) => c.field === name);
    if (mine.length) fields[name] = { accuracy: mine.filter((c) => c.ok).length / mine.length, n: mine.length };
  }
  return fields;
}

export function summarize(scored: readonly { name: string; score: DocumentScore }[], facts: number): EvalReport {
  const totals = (t: ScoredType) => {
    const ms = scored.map((d) => d.score.matches[t]);
    return typeScore(
      ms.reduce((n, m) => n + m.tp, 0),
      ms.reduce((n, m) => n + m.fp, 0),
      ms.reduce((n, m) => n + m.fn, 0),
    );
  };
  const [organization, indicator, event] = SCORED_TYPES.map(totals) as [TypeScore, TypeScore, TypeScore];
  // Listed type by type, all misses before all extras, as the external scorer does.
  const discrepancies: Discrepancy[] = SCORED_TYPES.flatMap((type) => [
    ...scored.flatMap((d) =>
      d.score.matches[type].missed.map((what): Discrepancy => ({ kind: 'missed', type, doc: d.name, what })),
    ),
    ...scored.flatMap((d) =>
      d.score.matches[type].extra.map((what): Discrepancy => ({ kind: 'extra', type, doc: d.name, what })),
    ),
    ...scored.flatMap((d) =>
      d.score.matches[type].fields
        .filter((c) => !c.ok && c.field !== 'indicator.exact')
        .map((c): Discrepancy => ({
          kind: 'wrong',
          type,
          doc: d.name,
          what: `${c.field} ${c.got} (gold: ${c.expected}) «${c.quote}»`,
        })),
    ),
  ]);
  const contract = scored.flatMap((d) => d.score.contractErrors.map((e) => `${d.name} ${e}`));
  const exact = scored
    .flatMap((d) => d.score.matches.indicator.fields)
    .filter((c) => c.field === 'indicator.exact' && c.ok);
  const rows = typeScore(
    exact.length,
    indicator.tp + indicator.fp - exact.length,
    indicator.tp + indicator.fn - exact.length,
  );
  return {
    documents: scored.length,
    facts,
    contractErrors: contract.length,
    organization,
    indicator,
    event,
    fields: fieldAccuracy(scored.flatMap((d) => SCORED_TYPES.flatMap((t) => d.score.matches[t].fields))),
    overallF1: (organization.f1 + indicator.f1 + event.f1) / 3,
    indicatorRowsF1: rows.f1,
    contractSamples: contract.slice(0, CONTRACT_SAMPLES),
    discrepancies,
  };
}
