// Resolving date expressions to normalized dates and periods. The year is read
// where it is written (explicit); else taken from the nearest year the text set
// just before (context: 当年9月1日 after 2017年); else from the publication date,
// resolved toward the past (news reports what happened); else from --ref-date
// (reference); else from the latest full date the text states (context, with the
// evidence). Never a silent guess: every resolved date says where its year came from.
import type { DateExpr } from './find.js';
import type { DateReference, ResolvedDate, TextLayout } from './types.js';
import { YearContext } from './years.js';
import { entered } from './entered.js';

export type { DateBasis, DateReference, ResolvedDate, TextLayout } from './types.js';

/**
 * Resolves every expression of a document, in text order. `sentenceOf` maps an offset
 * to its sentence. A year set in the text carries to the same and the next paragraph
 * (当年/同年 carry further, since they point back explicitly); one named relative to
 * now (去年) only within its sentence. A heading's period (一、2020年工作回顾, a title
 * 2012年…统计公报) is the year of its section, for dates that no nearer year completes.
 * Baselines (比上年, 与一季度持平), asides in brackets and titles (《…》) set no year.
 */
export function resolveDates(
  exprs: readonly DateExpr[],
  text: string,
  ref: DateReference,
  layout: TextLayout,
): ResolvedDate[] {
  const years = new YearContext(exprs, text, ref, layout);
  return entered(
    exprs.map((e) => years.resolve(e)),
    text,
    layout,
  );
}
