// Indicators: a quantity plus what it measures (label, metric), whose it is
// (region), when (period), how it changed (change) and whether it is an actual,
// a target or a plan. Each sentence's quantities go through named passes in order:
//   candidates.ts   which quantities may be figures
//   rates.ts        which are rates of change, and whose change each is
//   growth-links.ts  …and across a clause (…亿元，按不变价格计算，比上年增长5.0%)
//   lists.ts        分别: levels, rates and labels listed in the same order
//   labels.ts       what each measures (label-text.ts reads the words; metrics.ts the metric)
//   drafts.ts       region, period and status (attribution/), and the draft
// then tables' rows (table-figures.ts), figures told with no number (flat-statements.ts: 与上年
//持平) and the rules' patterns (patterns.ts).
import type { NamedContext } from '../context/context.js';
import { sentenceCandidates } from './candidates.js';
import { flatChanges, markRates, pairLevelRates } from './rates.js';
import { pairRespectively } from './lists.js';
import { pairAmountsAfterGrowth, pairRatesAcrossClauses } from './growth-links.js';
import { labelCandidates } from './labels.js';
import { LabelMemory } from './label-memory.js';
import { sentenceDrafts } from './drafts.js';
import { OwnerPlaces } from './attribution/places.js';
import { tableIndicators } from './table-figures.js';
import { flatStatements } from './flat-statements.js';
import { mergePatternIndicators } from './patterns.js';
import type { IndicatorDraft } from './draft.js';

export type { IndicatorDraft, Status } from './draft.js';

/** Pushes `more` onto `out`, by index: a spread into push goes through an iterator per call. */
function append(out: IndicatorDraft[], more: readonly IndicatorDraft[]): void {
  for (let i = 0; i < more.length; i++) out.push(more[i]!);
}

export function extractIndicators(ctx: NamedContext): IndicatorDraft[] {
  const places = new OwnerPlaces(ctx);
  const memory = new LabelMemory();
  const out: IndicatorDraft[] = [];
  const sentences = ctx.sentences;
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    const cands = sentenceCandidates(ctx, sentence);
    if (cands.length === 0) continue;
    markRates(ctx, cands);
    // 增值税12.8亿元、城镇土地使用税9.5亿元,同比分别增长210.8%、29.5%: the i-th rate is the i-th level's change.
    pairRespectively(ctx, cands);
    pairLevelRates(ctx, cands);
    pairRatesAcrossClauses(ctx, cands);
    pairAmountsAfterGrowth(ctx, cands);
    flatChanges(ctx, sentence, cands);
    labelCandidates(ctx, sentence, cands, memory);
    append(out, sentenceDrafts(ctx, places, sentence, cands));
  }
  append(out, tableIndicators(ctx, places, out));
  append(out, flatStatements(ctx, places));
  return mergePatternIndicators(ctx, places, inTextOrder(out));
}

const byPlace = (a: IndicatorDraft, b: IndicatorDraft) => a.start - b.start || a.end - b.end;

/** The drafts by place; the sentences' come in order, and a page without tables or flat statements needs no sort. */
function inTextOrder(drafts: IndicatorDraft[]): IndicatorDraft[] {
  for (let i = 1; i < drafts.length; i++) if (byPlace(drafts[i - 1]!, drafts[i]!) > 0) return drafts.sort(byPlace);
  return drafts;
}
