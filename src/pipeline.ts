// One document through the pipeline: document → segment → extract → resolve →
// facts. Pure apart from the segmenter (jieba), which is passed in.
import crypto from 'node:crypto';
import type { Document } from './document/document.js';
import type { RuleSet } from './rules/ruleset.js';
import type { Segmenter } from './segment/tokens.js';
import { createContext, withOrgSpans, type Context } from './context/context.js';
import { extractOrganizations, orgSpansOf, type OrgEntity } from './organizations/organizations.js';
import { extractIndicators, type IndicatorDraft } from './indicators/indicators.js';
import { extractEvents, type EventDraft } from './events/events.js';
import { learnPeople } from './organizations/people.js';
import type { Fact, FactType, Indicator, Event, Organization } from './facts.js';
import type { Trace } from './context/trace.js';
import { withExtensionFields } from './indicators/extension-fields.js';
import { perRuleSet } from './rules/compiled.js';
import { readingOf } from './document/reading.js';

export interface ExtractOptions {
  /** Stands in for the publication date of documents that state none. */
  readonly refDate?: string | null;
  /** Fact types to produce (all when absent). */
  readonly types?: ReadonlySet<FactType>;
  /** Listens to every rule match and drop (extract explain). */
  readonly trace?: Trace;
}

const TYPE_ORDER: Record<FactType, number> = { organization: 0, indicator: 1, event: 2 };

/**
 * Stable across runs: the document's content, the fact's type, span, rule and what it says.
 * The type's letter in front (`i-c00aab484946ce4d`) keeps a spreadsheet from reading a
 * hash of digits as a number (1260329305324223 → 1.26E+15, 24257758409412e4 → 2.4E+17).
 */
function factId(doc: Document, type: FactType, start: number, end: number, rule: string, what: string): string {
  return `${type[0]}-${sha256Hex(`${doc.sha256}\n${type}\n${start}\n${end}\n${rule}\n${what}`).slice(0, 16)}`;
}

/** One-shot hashing (crypto.hash, Node 20.12+) where there is one: a fact id is hashed per fact. */
const sha256Hex: (s: string) => string =
  typeof (crypto as { hash?: unknown }).hash === 'function'
    ? (s) => (crypto as unknown as { hash: (alg: string, data: string) => string }).hash('sha256', s)
    : (s) => crypto.createHash('sha256').update(s).digest('hex');

/** The fact's `rule`: the rule that produced it, stamped with the rule set's hash (one string per rule, not per fact). */
const ruleIds = perRuleSet(() => new Map<string, string>());
function ruleId(ref: string, rules: RuleSet): string {
  const ids = ruleIds(rules);
  let id = ids.get(ref);
  if (id === undefined) ids.set(ref, (id = `${ref}@${rules.hash}`));
  return id;
}

function organizationFact(doc: Document, rules: RuleSet, o: OrgEntity): Organization {
  const first = o.mentions[0]!;
  const rule = ruleId(o.ref, rules);
  return {
    id: factId(doc, 'organization', first.start, first.end, rule, o.canonical),
    type: 'organization',
    doc: doc.doc,
    start: first.start,
    end: first.end,
    text: doc.text.slice(first.start, first.end),
    rule,
    name: o.name,
    canonical: o.canonical,
    aliases: o.forms.filter((f) => f !== o.name),
    kind: o.kind,
    mentions: o.mentions.length,
  };
}

function indicatorFact(doc: Document, rules: RuleSet, d: IndicatorDraft): Indicator {
  const rule = ruleId(d.rule, rules);
  return withExtensionFields(
    {
      id: factId(doc, 'indicator', d.start, d.end, rule, `${d.value} ${d.quantity.unit}`),
      type: 'indicator',
      doc: doc.doc,
      start: d.start,
      end: d.end,
      text: doc.text.slice(d.start, d.end),
      rule,
      metric: d.metric,
      label: d.label,
      region: d.region,
      period: d.period,
      value: d.value,
      unit: d.quantity.unit,
      measure: d.quantity.measure,
      raw: d.quantity.raw,
      approx: d.quantity.approx,
      change: d.change,
      status: d.status,
    },
    rules,
  );
}

function eventFact(doc: Document, rules: RuleSet, d: EventDraft): Event {
  const rule = ruleId(d.rule, rules);
  const text = doc.text.slice(d.start, d.end);
  return {
    id: factId(doc, 'event', d.start, d.end, rule, `${d.date} ${d.dateText}`),
    type: 'event',
    doc: doc.doc,
    start: d.start,
    end: d.end,
    text,
    rule,
    date: d.date,
    dateText: d.dateText,
    dateBasis: d.dateBasis,
    yearFrom: d.yearFrom,
    kind: d.kind,
    orgs: d.orgs,
    people: d.people,
    summary: text.trim().replace(/[。！？!?;；,，、:：]+$/, ''),
  };
}

/** Everything the extractors found, before facts are made: for `explain`. */
export interface Extraction {
  /** Read as the document under its declared title (document/reading.ts): offsets are the reading's. */
  readonly context: Context;
  /** Where the document's own text starts in the reading: 0, or past the title line read above it. */
  readonly bodyStart: number;
  readonly organizations: OrgEntity[];
  readonly indicators: IndicatorDraft[];
  readonly events: EventDraft[];
}

export function runExtractors(
  doc: Document,
  rules: RuleSet,
  segmenter: Segmenter,
  opts: ExtractOptions = {},
): Extraction {
  const reading = readingOf(doc);
  const context = createContext(reading.doc, rules, segmenter, {
    refDate: opts.refDate ?? null,
    ...(opts.trace ? { trace: opts.trace } : {}),
  });
  const want = (t: FactType) => !opts.types || opts.types.has(t);
  // Organizations are needed by the other two (event orgs; numbers inside names are not figures).
  const people = learnPeople(context);
  const organizations = extractOrganizations(context, people);
  const named = withOrgSpans(context, orgSpansOf(organizations));
  const indicators = want('indicator') ? extractIndicators(named) : [];
  const events = want('event') ? extractEvents(named, people) : [];
  return {
    context: named,
    bodyStart: reading.bodyStart,
    organizations: want('organization') ? organizations : [],
    indicators,
    events,
  };
}

export function extractFacts(doc: Document, rules: RuleSet, segmenter: Segmenter, opts: ExtractOptions = {}): Fact[] {
  return factsOf(doc, rules, runExtractors(doc, rules, segmenter, opts));
}

/** The facts of an extraction, in document order, each once; offsets the document's own (none in a title read above it). */
export function factsOf(doc: Document, rules: RuleSet, x: Extraction): Fact[] {
  const facts: Fact[] = [];
  const own = ownText(x.bodyStart);
  for (const o of x.organizations) {
    const entity = own.entity(o);
    if (entity) facts.push(organizationFact(doc, rules, entity));
  }
  for (const d of x.indicators) if (own.holds(d)) facts.push(indicatorFact(doc, rules, own.draft(d)));
  for (const d of x.events) if (own.holds(d)) facts.push(eventFact(doc, rules, own.event(d)));
  facts.sort(
    (a, b) => a.start - b.start || a.end - b.end || TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || (a.id < b.id ? -1 : 1),
  );
  return withoutDuplicates(facts);
}

/**
 * What the extractors found, in the document's own offsets: a title read above the text
 * (document/reading.ts) frames its figures but states none of its facts. An event's year
 * read from that title quotes it at the text's start, an empty span (the title is no part of the text).
 */
function ownText(bodyStart: number) {
  const at = (p: number) => p - bodyStart;
  const holds = (d: { readonly start: number }) => d.start >= bodyStart;
  return {
    holds,
    /** A body named in the text, with its names as organizations/entities.ts reads them, from the text's mentions alone. */
    entity: (o: OrgEntity): OrgEntity | null => {
      if (!bodyStart) return o;
      const mentions = o.mentions.filter(holds).map((m) => ({ ...m, start: at(m.start), end: at(m.end) }));
      if (mentions.length === 0) return null;
      const names = mentions.map((m) => m.projectOf ?? m.name);
      const forms = [...new Set([...names, ...mentions.map((m) => m.name)])];
      const name = names.reduce((a, b) => (b.length > a.length ? b : a));
      return { ...o, name, forms, mentions };
    },
    draft: (d: IndicatorDraft): IndicatorDraft =>
      bodyStart
        ? { ...d, start: at(d.start), end: at(d.end), valueStart: at(d.valueStart), valueEnd: at(d.valueEnd) }
        : d,
    event: (d: EventDraft): EventDraft => {
      if (!bodyStart) return d;
      const y = d.yearFrom;
      const yearFrom = y && (holds(y) ? { ...y, start: at(y.start), end: at(y.end) } : { ...y, start: 0, end: 0 });
      return { ...d, start: at(d.start), end: at(d.end), yearFrom };
    },
  };
}

/**
 * One fact per type, span and content. A clause an extractor reaches twice (2019年“诚信之星”
 * 今晚发布 2019年“诚信之星”发布实况: the year anchors both triggers, and both give the same
 * event) must not be two facts with the same id. What a fact says is its content; how it
 * was found is not: the rule that made it, and for an event the expression its year was
 * read from (4月10日 dated by 2020年3月 before it, or by 4月10日 in the headline: the
 * same day, the same event). The first of the same kind is kept.
 */
export function withoutDuplicates(sorted: readonly Fact[]): Fact[] {
  // Facts of one type and span lie side by side in the sorted list, and only they can say
  // the same: most spans hold one fact, kept without serializing what it says.
  const out: Fact[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i + 1;
    while (j < sorted.length && sameTypeAndSpan(sorted[i]!, sorted[j]!)) j++;
    if (j === i + 1) out.push(sorted[i]!);
    else {
      const seen = new Set<string>();
      for (const f of sorted.slice(i, j)) {
        const key = contentKey(f);
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(f);
      }
    }
    i = j;
  }
  return out;
}

const sameTypeAndSpan = (a: Fact, b: Fact) => a.start === b.start && a.end === b.end && a.type === b.type;

/** What a fact says, as a string: all but its id and rule (and an event's yearFrom). */
function contentKey(f: Fact): string {
  const { id: _id, rule: _rule, ...content } = f;
  if (content.type === 'event') content.yearFrom = null;
  return JSON.stringify(content);
}

/**
 * Dates no year could be had for (5月13日 in a text with no publication date, no year
 * before it, and no --ref-date): events on them are left out, which a run tells its user.
 */
export function yearlessDates(x: Extraction): number {
  return x.context.dates.items.filter((d) => d.date === null).length;
}
