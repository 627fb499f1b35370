// What `extract explain` shows: every rule match, what it resolved to, and why a
// candidate was dropped. Extractors report here; outside `explain` nothing listens.

export type TraceStage = 'frame' | 'quantity' | 'date' | 'region' | 'organization' | 'indicator' | 'event' | 'pattern';

export interface TraceEntry {
  readonly stage: TraceStage;
  readonly start: number;
  readonly end: number;
  /** The rule that matched (`units.yaml#count`), or null for a mechanism. */
  readonly rule: string | null;
  /** kept: became (part of) a fact; dropped: why not; info: what it resolved to. */
  readonly verdict: 'kept' | 'dropped' | 'info';
  readonly message: string;
}

export type Trace = (entry: TraceEntry) => void;
