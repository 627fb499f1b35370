// An organization as found (a mention) and as reported (an entity: one body, all its
// mentions and spellings), and how overlapping mentions are chosen between.
import type { OrgKind } from '../facts.js';

export interface OrgMention {
  readonly start: number;
  readonly end: number;
  /** The name as written (from the source text). */
  readonly name: string;
  readonly kind: OrgKind;
  /** The rule that found it: `organizations.yaml#company`, `metadata#source` … */
  readonly ref: string;
  /** Canonical name from an alias table, when the name is in one. */
  readonly canonical: string | null;
  /** For a short form: the full name it abbreviates. */
  readonly fullName?: string;
  /** A company's site or project named as the company (特变电工智慧产业园): the company's name as written (特变电工). */
  readonly projectOf?: string;
}

export interface OrgEntity {
  readonly canonical: string;
  /** The fullest form seen. */
  readonly name: string;
  readonly kind: OrgKind;
  readonly ref: string;
  readonly mentions: readonly OrgMention[];
  /** Every distinct form seen, in order of first appearance. */
  readonly forms: readonly string[];
}

/** The rule of a name found listed next to a known organization (organizations/coordination.ts). */
export const COORDINATION_REF = 'organizations#coordination';

const SOURCE_RANK: Record<string, number> = { alias: 0, suffix: 1, source: 2, nt: 3 };
const rankOf = (m: OrgMention) =>
  m.ref === 'metadata#source'
    ? SOURCE_RANK.source!
    : m.ref === 'jieba#nt'
      ? SOURCE_RANK.nt!
      : m.canonical
        ? SOURCE_RANK.alias!
        : SOURCE_RANK.suffix!;

/** Characters already claimed by a mention: overlap checks cost the mention's length, not the number of mentions. */
export class Occupancy {
  private readonly used: Uint8Array;
  constructor(length: number) {
    this.used = new Uint8Array(length + 1);
  }
  free(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.used[i]) return false;
    return true;
  }
  claim(start: number, end: number): void {
    this.used.fill(1, start, end);
  }
}

/** The characters `mentions` claim, of a page of `length`. */
export function occupancyOf(mentions: readonly OrgMention[], length: number): Occupancy {
  const used = new Occupancy(length);
  for (const m of mentions) used.claim(m.start, m.end);
  return used;
}

/**
 * Bytes of a page's characters, reused by every selection and zero between them: a page runs
 * up to six selections, and a new array each time cost more than the choosing.
 */
let scratch = new Uint8Array(0);

/**
 * Longest first; on equal spans, the alias table wins (it knows the canonical name). `all` is
 * sorted in place: its callers build it for the call (a page runs up to six selections, and
 * copied it each time for nothing).
 */
export function selectNonOverlapping(all: OrgMention[], length: number): OrgMention[] {
  const sorted = all.sort((a, b) => b.end - b.start - (a.end - a.start) || rankOf(a) - rankOf(b) || a.start - b.start);
  if (scratch.length < length + 1) scratch = new Uint8Array(Math.max(length + 1, 2 * scratch.length));
  const used = scratch;
  // as an Occupancy of length + 1 characters: nothing past them is claimed
  const limit = length + 1;
  const taken: OrgMention[] = [];
  for (const m of sorted) {
    const end = Math.min(m.end, limit);
    let free = true;
    for (let i = m.start; i < end && free; i++) free = used[i] === 0;
    if (!free) continue;
    used.fill(1, m.start, end);
    taken.push(m);
  }
  for (const m of taken) used.fill(0, m.start, Math.min(m.end, limit));
  return taken.sort((a, b) => a.start - b.start);
}
