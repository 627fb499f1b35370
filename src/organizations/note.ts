// What `extract explain` is told of an organization candidate: kept or dropped, and why.
import type { Context } from '../context/context.js';

/**
 * One trace line of the organization stage. Callers ask `ctx.tracing` first, so that a
 * message built from a name costs nothing when no one listens.
 */
export function noteOrg(
  ctx: Context,
  span: { readonly start: number; readonly end: number },
  rule: string,
  verdict: 'kept' | 'dropped',
  message: string,
): void {
  ctx.note({ stage: 'organization', start: span.start, end: span.end, rule, verdict, message });
}
