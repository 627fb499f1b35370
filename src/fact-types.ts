// The fact types, without zod: the command line needs them at start-up, the schemas
// (facts.ts) only when output is validated.

export const FACT_TYPES = ['indicator', 'event', 'organization'] as const;
export type FactType = (typeof FACT_TYPES)[number];
