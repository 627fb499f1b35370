// A run comparison as text for people (a summary line, then one `+`/`-`/`~` line
// per difference) or as JSON for programs. Pure: strings in, strings out.
import type { Run } from './load.js';
import type { Entry, KeyPart } from './key.js';
import { ENTRY_TYPES, isEqual, type Difference, type RunDiff } from './compare.js';
import type { FieldChange } from './fields.js';

export interface RenderOptions {
  /** Only the summary: no rule-set line and no difference lines (text), no `differences` (json). */
  readonly quiet: boolean;
}

/** The two runs as named on the command line, for the JSON report. */
export interface ComparedFiles {
  readonly old: { readonly file: string; readonly run: Run };
  readonly new: { readonly file: string; readonly run: Run };
}

const MARK = { added: '+', removed: '-', changed: '~' } as const;

export function renderText(diff: RunDiff, opts: RenderOptions): string {
  const summary = summaryLine(diff);
  if (opts.quiet) return `${summary}\n`;
  const lines = [
    ...(diff.rules ? [`rule set changed: ${diff.rules.old} → ${diff.rules.new}`] : []),
    summary,
    ...diff.renamed.map((r) => `> ${r.old} → ${r.new}: renamed (the same bytes)`),
    ...diff.differences.map(differenceLine),
  ];
  return lines.join('\n') + '\n';
}

/**
 * `indicator: 1 added, 0 removed, 2 changed; event: …` — every type, always, so scripts
 * can match it; then `; documents: 1 renamed` when some were.
 */
export function summaryLine(diff: RunDiff): string {
  const types = ENTRY_TYPES.map((t) => {
    const c = diff.counts[t];
    return `${t}: ${c.added} added, ${c.removed} removed, ${c.changed} changed`;
  });
  return [...types, ...(diff.renamed.length > 0 ? [`documents: ${diff.renamed.length} renamed`] : [])].join('; ');
}

function differenceLine(d: Difference): string {
  const head = `${MARK[d.change]} ${describeEntry(d.entry)}`;
  switch (d.change) {
    case 'added':
    case 'removed':
      return `${head}: ${whatItSays(d.entry)}`;
    case 'changed':
      return `${head}: ${d.fields.map(fieldChangeText).join('; ')}`;
  }
}

/** `doc type name=value … #n`; the occurrence only when there is more than one. */
function describeEntry(e: Entry): string {
  const key = e.key.map(keyPartText);
  const occurrence = e.occurrence > 1 ? [`#${e.occurrence}`] : [];
  return [e.doc, e.type, ...key, ...occurrence].join(' ');
}

function keyPartText([name, value]: KeyPart): string {
  return `${name}=${value ?? 'null'}`;
}

/** For a fact the evidence it quotes, for a failure its message. */
function whatItSays(e: Entry): string {
  return e.record.type === 'error' ? e.record.message : JSON.stringify(e.record.text);
}

/** `value 938560000000 → 938570000000`: values as JSON, so strings show their quotes and null is null. */
function fieldChangeText(c: FieldChange): string {
  return `${c.field} ${valueText(c.old)} → ${valueText(c.new)}`;
}

function valueText(value: unknown): string {
  return value === undefined ? '(absent)' : JSON.stringify(value);
}

export function renderJson(diff: RunDiff, files: ComparedFiles, opts: RenderOptions): string {
  const side = (s: ComparedFiles['old']) => ({ file: s.file, format: s.run.format, rules: s.run.rules });
  const report = {
    equal: isEqual(diff),
    old: side(files.old),
    new: side(files.new),
    rules: diff.rules,
    renamed: diff.renamed,
    summary: diff.counts,
    ...(opts.quiet ? {} : { differences: diff.differences.map(differenceJson) }),
  };
  return JSON.stringify(report, null, 2) + '\n';
}

function differenceJson(d: Difference): Record<string, unknown> {
  const place = {
    change: d.change,
    doc: d.entry.doc,
    type: d.entry.type,
    key: Object.fromEntries(d.entry.key),
    occurrence: d.entry.occurrence,
  };
  switch (d.change) {
    case 'added':
    case 'removed':
      return { ...place, record: d.entry.record };
    case 'changed':
      return { ...place, fields: d.fields, old: d.old.record, new: d.entry.record };
  }
}
