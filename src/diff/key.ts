// What a record is about, so that the same fact is found again in another run.
// Keys use content, never ids or offsets: editing a document moves offsets and so
// changes ids, but the GDP of 苏州 in 2020 is still the GDP of 苏州 in 2020.
import type { ErrorRecord, Fact, FactType } from '../facts.js';
import { contentOf } from './fields.js';

export type EntryType = FactType | 'error';

/** One named part of a key; null where the fact has none (an indicator without a region). */
export type KeyPart = readonly [name: string, value: string | null];

/** A fact or a document failure, placed by doc, type and key. */
export interface Entry {
  readonly doc: string;
  readonly type: EntryType;
  readonly key: readonly KeyPart[];
  /** 1, 2 … among records with the same doc, type and key, in document order. */
  readonly occurrence: number;
  readonly record: Fact | ErrorRecord;
}

/**
 * indicator: metric (or its label when no metric is known), region, period;
 * event: date, summary; organization: canonical name; a failure: its doc alone.
 */
export function keyOf(record: Fact | ErrorRecord): KeyPart[] {
  switch (record.type) {
    case 'indicator': {
      const what: KeyPart = record.metric !== null ? ['metric', record.metric] : ['label', record.label];
      return [what, ['region', record.region], ['period', record.period]];
    }
    case 'event':
      return [
        ['date', record.date],
        ['summary', record.summary],
      ];
    case 'organization':
      return [['canonical', record.canonical]];
    case 'error':
      return [];
  }
}

/** Every fact and failure of a run as entries; records that share a key are numbered by position in the text. */
export function entriesOf(facts: readonly Fact[], errors: readonly ErrorRecord[]): Entry[] {
  const groups = new Map<string, (Fact | ErrorRecord)[]>();
  for (const record of [...facts, ...errors]) {
    const id = identity(record.doc, record.type, keyOf(record), 0);
    const group = groups.get(id);
    if (group) group.push(record);
    else groups.set(id, [record]);
  }
  const entries: Entry[] = [];
  for (const group of groups.values()) {
    // Records at the same place (two dates in one clause; failures have none) are put in
    // the order of their content, not the run's: the run orders facts by id, and ids
    // change with the rule set, which would pair each with the other's old self.
    const content = new Map(group.map((r) => [r, JSON.stringify(contentOf(r))]));
    const inText = [...group].sort(
      (a, b) => startOf(a) - startOf(b) || endOf(a) - endOf(b) || compareText(content.get(a)!, content.get(b)!),
    );
    inText.forEach((record, i) => {
      entries.push({ doc: record.doc, type: record.type, key: keyOf(record), occurrence: i + 1, record });
    });
  }
  return entries;
}

/** A string that is equal for two entries exactly when they have the same doc, type and key. */
export function groupOf(e: Entry): string {
  return identity(e.doc, e.type, e.key, 0);
}

function identity(doc: string, type: EntryType, key: readonly KeyPart[], occurrence: number): string {
  return JSON.stringify([doc, type, key, occurrence]);
}

/**
 * By doc, type, key, occurrence. Strings compare by code unit, not by locale, so the
 * order is the same on every machine; null sorts before any value.
 */
export function compareEntries(a: Entry, b: Entry): number {
  const byText = compareText(a.doc, b.doc) || compareText(a.type, b.type);
  if (byText !== 0) return byText;
  const parts = Math.max(a.key.length, b.key.length);
  for (let i = 0; i < parts; i++) {
    const [aName, aValue] = a.key[i] ?? ['', null];
    const [bName, bValue] = b.key[i] ?? ['', null];
    const byPart = compareText(aName, bName) || compareNullable(aValue, bValue);
    if (byPart !== 0) return byPart;
  }
  return a.occurrence - b.occurrence;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareNullable(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  return compareText(a, b);
}

const startOf = (r: Fact | ErrorRecord) => (r.type === 'error' ? 0 : r.start);
const endOf = (r: Fact | ErrorRecord) => (r.type === 'error' ? 0 : r.end);
