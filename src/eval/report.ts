// An evaluation as a table for a reader, or as JSON for a script. The table has
// the layout of ../shared/tools/score.mjs, so the two can be compared by eye.
import { FIELD_NAMES } from './match.js';
import { SCORED_TYPES, type EvalReport } from './score.js';

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const count = (n: number) => String(n).padStart(4);

export function formatTable(r: EvalReport, opts: { verbose?: boolean } = {}): string {
  const lines = [`documents ${r.documents}, predicted facts ${r.facts}, contract errors ${r.contractErrors}`];
  for (const s of r.contractSamples) lines.push(`  contract: ${s}`);
  lines.push('type          precision recall  F1     tp   fp   fn');
  for (const t of SCORED_TYPES) {
    const s = r[t];
    lines.push(
      `${t.padEnd(13)} ${pct(s.precision)}    ${pct(s.recall)}  ${pct(s.f1)}  ${count(s.tp)} ${count(s.fp)} ${count(s.fn)}`,
    );
  }
  for (const name of FIELD_NAMES) {
    const f = r.fields[name];
    if (f) lines.push(`  ${name.padEnd(20)} ${pct(f.accuracy)}% of ${f.n}`);
  }
  if (opts.verbose) {
    const tag = { missed: 'MISSED', extra: 'EXTRA ', wrong: 'WRONG ' } as const;
    for (const d of r.discrepancies) lines.push(`${tag[d.kind]} ${d.type} ${d.doc}: ${d.what}`);
  }
  const exact = r.fields['indicator.exact'];
  const found = r.indicator.tp;
  lines.push(
    `indicator rows with every field right: F1 ${(100 * r.indicatorRowsF1).toFixed(1)} (${Math.round((exact?.accuracy ?? 0) * found)} of ${found} found, ${found + r.indicator.fn} expected)`,
  );
  lines.push(`overall F1 ${(100 * r.overallF1).toFixed(1)}`);
  return lines.join('\n') + '\n';
}

/**
 * The fields of score.mjs's `--json` (documents, facts, contractErrors, one
 * object per type, fields, overallF1, indicatorRowsF1), plus the misses and extras with --verbose.
 */
export function formatJson(r: EvalReport, opts: { verbose?: boolean } = {}): string {
  const { contractSamples, discrepancies, ...summary } = r;
  const out = opts.verbose ? { ...summary, contractSamples, discrepancies } : summary;
  return JSON.stringify(out, null, 2) + '\n';
}
