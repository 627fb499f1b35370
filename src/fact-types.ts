// The fact types, without zod: the command line needs them at start-up, the schemas
// (facts.ts) only when output is validated.

export const FACT_TYPES = ['indicator', 'event', 'organization'] as const;
export type FactType = (typeof FACT_TYPES)[number];

/** What kind of figure an indicator's value is (added field `valueKind`; see src/indicators/value-kind.ts). */
export const VALUE_KINDS = ['level', 'growth', 'share', 'difference', 'ratio', 'price', 'index', 'rank'] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];
