// The gold annotation file (one JSON per document, ../shared/gold/README.md) as a
// zod schema. Enumerated fields reuse the output contract's enums, so a typo in a
// hand-written gold file (`kind: "goverment"`) is reported instead of scored as a miss.
import { z } from 'zod';
import { ChangeSchema, EventSchema, IndicatorSchema, OrganizationSchema } from '../facts.js';

/** Borderline entries: finding them neither helps nor hurts. */
const optional = z.boolean().optional();

export const GoldOrganizationSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  kind: OrganizationSchema.shape.kind.nullable().optional(),
  optional,
});

// A field left out of an indicator is not checked; a field given as null is
// checked against null. So these are `.optional()`, and absence is kept as absence.
export const GoldIndicatorSchema = z.object({
  quote: z.string().min(1),
  label: z.string().nullable().optional(),
  region: z.string().nullable().optional(),
  period: z.string().nullable().optional(),
  value: z.number(),
  unit: z.string(),
  measure: z.string().nullable().optional(),
  change: ChangeSchema.nullable().optional(),
  status: IndicatorSchema.shape.status.optional(),
  approx: IndicatorSchema.shape.approx.optional(),
  optional,
});

export const GoldEventSchema = z.object({
  quote: z.string().min(1),
  date: z.string(),
  kind: EventSchema.shape.kind.nullable().optional(),
  orgs: z.array(z.string()).default([]),
  optional,
});

export const GoldFileSchema = z.object({
  /** The document's file name; matched by basename. */
  doc: z.string().min(1),
  published: z.string().nullable().optional(),
  organizations: z.array(GoldOrganizationSchema).default([]),
  indicators: z.array(GoldIndicatorSchema).default([]),
  events: z.array(GoldEventSchema).default([]),
});

export type GoldOrganization = z.infer<typeof GoldOrganizationSchema>;
export type GoldIndicator = z.infer<typeof GoldIndicatorSchema>;
export type GoldEvent = z.infer<typeof GoldEventSchema>;
export type GoldFile = z.infer<typeof GoldFileSchema>;

/** A gold file's text to its annotations, or a message saying what is wrong with it. */
export function parseGold(text: string): { ok: true; gold: GoldFile } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, message: `not valid JSON: ${(e as Error).message}` };
  }
  const parsed = GoldFileSchema.safeParse(json);
  if (parsed.success) return { ok: true, gold: parsed.data };
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length ? issue.path.join('.') : '(top level)';
  return { ok: false, message: `${where}: ${issue.message}` };
}
