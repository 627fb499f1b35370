// The figures of a sentence as drafts: each candidate not folded into another, with its
// region (attribution/region.ts), period (attribution/period.ts) and status
// (attribution/status.ts). The fact's span runs from its label to the end of its change.
import type { Context } from '../context/context.js';
import type { Sentence } from '../segment/sentences.js';
import type { Candidate } from './candidate.js';
import { describeDraft, type IndicatorDraft } from './draft.js';
import { labelName } from './label-text.js';
import { readRegion, zipRegions } from './attribution/region.js';
import { describePeriod, figurePeriod, forStatus } from './attribution/period.js';
import { reportYearStatus, statusFor } from './attribution/status.js';
import { ownChange, signedValue } from './rates.js';
import type { OwnerPlaces } from './attribution/places.js';

export function sentenceDrafts(
  ctx: Context,
  places: OwnerPlaces,
  sentence: Sentence,
  cands: readonly Candidate[],
): IndicatorDraft[] {
  const zipped = zipRegions(ctx, places, sentence, cands);
  const out: IndicatorDraft[] = [];
  for (const c of cands) {
    if (c.consumed) continue;
    const read = figurePeriod(ctx, sentence, c.clause, c.q);
    const status = reportYearStatus(ctx, read, statusFor(ctx, sentence, c.clause, c.q, read.date));
    const found = forStatus(ctx, read, status, c.q.start);
    const { period } = found;
    const start = c.label && c.label.start < c.q.start && c.label.start >= c.clause.start ? c.label.start : c.q.start;
    const end = Math.max(c.q.end, c.changeEnd);
    const value = signedValue(ctx, c);
    const change = c.change ?? ownChange(c);
    const listed = zipped.get(c);
    const region =
      listed !== undefined
        ? { region: listed, from: 'its place in a 分别 list' }
        : readRegion(ctx, places, sentence, c.clause, {
            start: c.q.start,
            end: c.q.end,
            unit: c.quantity.unit,
            label: c.label?.text ?? null,
          });
    const draft: IndicatorDraft = {
      start,
      end,
      rule: c.metricRef ?? c.quantity.ref,
      metric: c.metric,
      label: c.label ? labelName(ctx, c.label, c.metric) : null,
      region: region.region,
      period,
      quantity: c.quantity,
      valueStart: c.q.start,
      valueEnd: c.q.end,
      value,
      change,
      status,
    };
    out.push(draft);
    if (ctx.tracing)
      ctx.note({
        stage: 'indicator',
        start,
        end,
        rule: draft.rule,
        verdict: 'kept',
        message: `${describeDraft(draft)}; region from ${region.from}; ${describePeriod(ctx, found, c.q.start)}`,
      });
  }
  return out;
}
