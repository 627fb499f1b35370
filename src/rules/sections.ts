// The sections a rule file may hold, without zod: the loader needs the names at every
// start-up, the schema (schema.ts) only when a file is parsed. schema.ts checks the two agree.

export const SECTION_NAMES = [
  'numerals',
  'approx',
  'units',
  'metrics',
  'periods',
  'triggers',
  'orgSuffixes',
  'orgAliases',
  'orgFilters',
  'regions',
  'titles',
  'status',
  'changes',
  'directions',
  'labelWords',
  'markers',
  'patterns',
  'dictionary',
] as const;

export type SectionName = (typeof SECTION_NAMES)[number];
