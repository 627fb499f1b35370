// The place each frame sets: a digest item's subject, a heading's region, a national
// scope. This is the hook the place rules (src/indicators/attribution/region.ts,
// src/places/) fill; a frame whose place this leaves null passes its parent's on.
import type { RuleSet } from '../rules/ruleset.js';
import type { SpanIndex } from '../segment/spans.js';
import type { RegionMention } from '../places/regions.js';
import type { Evidence } from '../document/metadata.js';
import type { DocumentKind, FrameLevel, FramePlace } from './frame.js';

/** What the place rules see of a frame while the tree is built (its parent is built first). */
export interface FramePlaceInput {
  readonly level: FrameLevel;
  readonly start: number;
  readonly end: number;
  /** The heading line that opens a section or an item (the title, for the page). */
  readonly heading: Evidence | null;
  readonly kind: DocumentKind;
  /** The place of the enclosing frame, if any. */
  readonly parentPlace: FramePlace | null;
  readonly text: string;
  readonly places: SpanIndex<RegionMention>;
  readonly rules: RuleSet;
}

/** The place a frame sets of its own; null leaves it to the frames around it. */
export function framePlace(input: FramePlaceInput): FramePlace | null {
  void input;
  return null;
}
