// Matches of the rules' whole patterns (`patterns:` sections): a regex with named
// groups, for what vocabulary alone cannot say. Each extractor turns the matches of
// its type into facts the same way it treats its own candidates.
import type { Context } from './context.js';
import type { PatternRule } from '../rules/schema.js';

export interface GroupSpan {
  readonly start: number;
  readonly end: number;
}

export interface PatternMatch {
  readonly rule: PatternRule;
  readonly ref: string;
  readonly start: number;
  readonly end: number;
  /** Named groups that took part in the match, as spans of the text. */
  readonly groups: Readonly<Record<string, GroupSpan>>;
}

export function findPatternMatches(ctx: Context, type: PatternRule['type']): PatternMatch[] {
  const out: PatternMatch[] = [];
  for (const p of ctx.rules.patterns) {
    if (p.rule.type !== type) continue;
    const re = p.regex;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(ctx.doc.match))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const groups: Record<string, GroupSpan> = {};
      for (const [name, span] of Object.entries(m.indices?.groups ?? {})) {
        if (span) groups[name] = { start: span[0], end: span[1] };
      }
      const start = m.index;
      const end = start + m[0].length;
      if (ctx.isQuoted(start, end)) continue;
      out.push({ rule: p.rule, ref: p.ref, start, end, groups });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A pattern match read as a fact of its type, with the built-in ones it replaces. */
export interface PatternReading<D> {
  readonly draft: D;
  /** Built-in drafts the pattern's reading replaces (the user's rule is the more specific). */
  readonly replaces: readonly D[];
  /** What `explain` says of the reading. */
  readonly message: string;
}

/**
 * Merges the facts of a type's patterns into an extractor's own: each match is read by
 * `read` (or dropped with why, as a string), replaces the drafts it says, and the whole
 * comes back in text order. Without a pattern of the type, the drafts come back as they are.
 */
export function mergePatternDrafts<D extends { readonly start: number }>(
  ctx: Context,
  type: PatternRule['type'],
  builtin: D[],
  read: (m: PatternMatch, current: readonly D[]) => PatternReading<D> | string,
): D[] {
  const matches = findPatternMatches(ctx, type);
  if (matches.length === 0) return builtin;
  let out = builtin;
  for (const m of matches) {
    const reading = read(m, out);
    const kept = typeof reading !== 'string';
    if (kept) out = [...out.filter((d) => !reading.replaces.includes(d)), reading.draft];
    if (ctx.tracing)
      ctx.note({
        stage: 'pattern',
        start: m.start,
        end: m.end,
        rule: m.ref,
        verdict: kept ? 'kept' : 'dropped',
        message: kept ? reading.message : reading,
      });
  }
  return out.sort((a, b) => a.start - b.start);
}
