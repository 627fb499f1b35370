// Figures from the rules' indicator patterns. A pattern's figure replaces the one the
// built-in rules read from the same number (the user's rule is the more specific),
// keeping its change when the pattern says nothing of one.
import type { Context } from '../context/context.js';
import { findQuantities } from '../numbers/quantities.js';
import { resolveQuantity } from '../numbers/resolve.js';
import { mergePatternDrafts, type PatternMatch, type PatternReading } from '../context/patterns.js';
import { describeDraft, type IndicatorDraft } from './draft.js';
import { periodFor } from './attribution/period.js';
import { regionFor } from './attribution/region.js';
import { statusFor } from './attribution/status.js';
import type { OwnerPlaces } from './attribution/places.js';

export function mergePatternIndicators(ctx: Context, places: OwnerPlaces, builtin: IndicatorDraft[]): IndicatorDraft[] {
  return mergePatternDrafts(ctx, 'indicator', builtin, (m, current) => patternFigure(ctx, places, m, current));
}

function patternFigure(
  ctx: Context,
  places: OwnerPlaces,
  m: PatternMatch,
  current: readonly IndicatorDraft[],
): PatternReading<IndicatorDraft> | string {
  const v = m.groups.value!;
  const q = findQuantities(ctx.doc.match, ctx.rules, v.start, v.end).find((x) => x.unit);
  const sentence = ctx.sentenceAt(m.start);
  if (!q || !sentence) return 'the value group holds no number with a unit';
  const clause = ctx.clauseAt(q.start) ?? sentence;
  const quantity = resolveQuantity(q, ctx.doc.text);
  const replaced = current.find((d) => d.valueStart < q.end && q.start < d.valueEnd);
  const period = periodFor(ctx, sentence, clause, q.start);
  const group = (name: string) =>
    m.groups[name] ? ctx.doc.text.slice(m.groups[name]!.start, m.groups[name]!.end) : null;
  const metricName = m.rule.metric
    ? ctx.rules.loaded.sections.metrics.find((x) => x.entry.id === m.rule.metric)?.entry.names[0]
    : undefined;
  const draft: IndicatorDraft = {
    start: m.start,
    end: Math.max(m.end, replaced?.end ?? 0),
    rule: m.ref,
    metric: m.rule.metric ?? null,
    label: group('label') ?? m.rule.label ?? metricName ?? replaced?.label ?? null,
    region:
      group('region') ??
      regionFor(ctx, places, sentence, clause, {
        start: q.start,
        end: q.end,
        unit: quantity.unit,
        label: null,
      }),
    period: period?.period ?? replaced?.period ?? null,
    quantity,
    valueStart: q.start,
    valueEnd: q.end,
    value: quantity.value,
    change: replaced?.change ?? null,
    status: m.rule.status ?? statusFor(ctx, sentence, clause, q, period.date),
  };
  return {
    draft,
    replaces: replaced ? [replaced] : [],
    message: `${describeDraft(draft)}${replaced ? ' (replaces the built-in reading of the same number)' : ''}`,
  };
}
