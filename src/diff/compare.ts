// Two runs compared: which facts and document failures were added, removed or
// changed, which documents were renamed, and whether the rule set changed. Pure;
// rendering is in render.ts.
import { FACT_TYPES } from '../fact-types.js';
import type { ErrorRecord, Fact } from '../facts.js';
import type { Run } from './load.js';
import { compareEntries, entriesOf, groupOf, type Entry, type EntryType } from './key.js';
import { changedFields, contentOf, type FieldChange } from './fields.js';
import { pairEntries } from './pair.js';
import type { DiffKind } from './kinds.js';

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

/** A document that is in the new run under another name, with the same bytes (the same sha256). */
export interface Rename {
  readonly old: string;
  readonly new: string;
}

export interface RunDiff {
  /** Set when both runs name their rule set and the hashes differ; facts are compared without it. */
  readonly rules: { readonly old: string; readonly new: string } | null;
  /** Its facts are compared as the same document's: a rename alone changes no fact. */
  readonly renamed: readonly Rename[];
  /** Sorted by doc, type, key, occurrence; a changed entry sorts by its new place. */
  readonly differences: readonly Difference[];
  readonly counts: Readonly<Record<EntryType, Counts>>;
}

export function diffRuns(oldRun: Run, newRun: Run): RunDiff {
  const renamed = findRenames(oldRun, newRun);
  const newName = new Map(renamed.map((r) => [r.old, r.new]));
  const moved = <T extends Fact | ErrorRecord>(r: T): T =>
    newName.has(r.doc) ? { ...r, doc: newName.get(r.doc)! } : r;
  const oldGroups = byGroup(entriesOf(oldRun.facts.map(moved), oldRun.errors.map(moved)));
  const newGroups = byGroup(entriesOf(newRun.facts, newRun.errors));
  const differences: Difference[] = [];
  for (const group of new Set([...oldGroups.keys(), ...newGroups.keys()])) {
    differences.push(...differencesIn(oldGroups.get(group) ?? [], newGroups.get(group) ?? []));
  }
  differences.sort((a, b) => compareEntries(a.entry, b.entry));
  return { rules: ruleSetChange(oldRun, newRun), renamed, differences, counts: countByType(differences) };
}

function differencesIn(olds: readonly Entry[], news: readonly Entry[]): Difference[] {
  const { pairs, removed, added } = pairEntries(olds, news);
  const out: Difference[] = [];
  for (const [old, entry] of pairs) {
    const fields = changedFields(contentOf(old.record), contentOf(entry.record));
    if (fields.length > 0) out.push({ change: 'changed', entry, old, fields });
  }
  for (const entry of removed) out.push({ change: 'removed', entry });
  for (const entry of added) out.push({ change: 'added', entry });
  return out;
}

export function isEqual(diff: RunDiff): boolean {
  return diff.differences.length === 0 && diff.renamed.length === 0;
}

/** Whether the comparison found differences of the kinds a caller fails on (extract diff --fail-on). */
export function failsOn(diff: RunDiff, kinds: readonly DiffKind[]): boolean {
  if (kinds.includes('renamed') && diff.renamed.length > 0) return true;
  return diff.differences.some((d) => kinds.includes(d.change));
}

/**
 * Documents gone from the old run whose bytes arrive under a new name: paired in name
 * order, each new name taken once. Needs both runs to list their documents (json, or
 * jsonl with --documents); a renamed and edited document is removed and added.
 */
export function findRenames(oldRun: Run, newRun: Run): Rename[] {
  if (!oldRun.documents || !newRun.documents) return [];
  const oldNames = new Set(oldRun.documents.map((d) => d.doc));
  const newNames = new Set(newRun.documents.map((d) => d.doc));
  const arrived = new Map<string, string[]>();
  for (const d of [...newRun.documents].sort(byDoc)) {
    if (d.sha256 === null || oldNames.has(d.doc)) continue;
    arrived.set(d.sha256, [...(arrived.get(d.sha256) ?? []), d.doc]);
  }
  const renames: Rename[] = [];
  for (const d of [...oldRun.documents].sort(byDoc)) {
    if (d.sha256 === null || newNames.has(d.doc)) continue;
    const to = arrived.get(d.sha256)?.shift();
    if (to !== undefined) renames.push({ old: d.doc, new: to });
  }
  return renames;
}

const byDoc = (a: { doc: string }, b: { doc: string }) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0);

function byGroup(entries: readonly Entry[]): Map<string, Entry[]> {
  const groups = new Map<string, Entry[]>();
  for (const e of entries) {
    const key = groupOf(e);
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  }
  // In text order (entriesOf numbers them so): pairing goes by it.
  for (const group of groups.values()) group.sort((a, b) => a.occurrence - b.occurrence);
  return groups;
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
