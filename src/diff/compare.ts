// Two runs compared: which facts and document failures were added, removed or
// changed, and whether the rule set changed. Pure; rendering is in render.ts.
import { FACT_TYPES } from '../fact-types.js';
import type { Run } from './load.js';
import { compareEntries, entriesOf, entryIdentity, type Entry, type EntryType } from './key.js';
import { changedFields, contentOf, type FieldChange } from './fields.js';

export const ENTRY_TYPES: readonly EntryType[] = [...FACT_TYPES, 'error'];

export type Difference =
  | { readonly change: 'added'; readonly entry: Entry }
  | { readonly change: 'removed'; readonly entry: Entry }
  | { readonly change: 'changed'; readonly entry: Entry; readonly old: Entry; readonly fields: readonly FieldChange[] };

export interface Counts {
  added: number;
  removed: number;
  changed: number;
}

export interface RunDiff {
  /** Set when both runs name their rule set and the hashes differ; facts are compared without it. */
  readonly rules: { readonly old: string; readonly new: string } | null;
  /** Sorted by doc, type, key, occurrence; a changed entry sorts by its new place. */
  readonly differences: readonly Difference[];
  readonly counts: Readonly<Record<EntryType, Counts>>;
}

export function diffRuns(oldRun: Run, newRun: Run): RunDiff {
  const oldEntries = byIdentity(entriesOf(oldRun.facts, oldRun.errors));
  const newEntries = byIdentity(entriesOf(newRun.facts, newRun.errors));
  const differences: Difference[] = [];
  for (const [id, entry] of newEntries) {
    const old = oldEntries.get(id);
    if (!old) {
      differences.push({ change: 'added', entry });
      continue;
    }
    const fields = changedFields(contentOf(old.record), contentOf(entry.record));
    if (fields.length > 0) differences.push({ change: 'changed', entry, old, fields });
  }
  for (const [id, entry] of oldEntries) {
    if (!newEntries.has(id)) differences.push({ change: 'removed', entry });
  }
  differences.sort((a, b) => compareEntries(a.entry, b.entry));
  return { rules: ruleSetChange(oldRun, newRun), differences, counts: countByType(differences) };
}

export function isEqual(diff: RunDiff): boolean {
  return diff.differences.length === 0;
}

function byIdentity(entries: readonly Entry[]): Map<string, Entry> {
  return new Map(entries.map((e) => [entryIdentity(e), e]));
}

function ruleSetChange(oldRun: Run, newRun: Run): RunDiff['rules'] {
  if (oldRun.rules === null || newRun.rules === null || oldRun.rules === newRun.rules) return null;
  return { old: oldRun.rules, new: newRun.rules };
}

function countByType(differences: readonly Difference[]): Record<EntryType, Counts> {
  const counts = Object.fromEntries(ENTRY_TYPES.map((t) => [t, { added: 0, removed: 0, changed: 0 }])) as Record<
    EntryType,
    Counts
  >;
  for (const d of differences) counts[d.entry.type][d.change]++;
  return counts;
}
