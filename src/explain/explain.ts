// `extract explain`: how a text was read. Sentences and their jieba tokens, every
// rule that matched and where, what each match resolved to, why candidates were
// dropped, and the facts that came out. This is how a user debugs a rule.
import { createDocument } from '../document/document.js';
import type { RuleSet } from '../rules/ruleset.js';
import type { Segmenter } from '../segment/tokens.js';
import { extractFacts } from '../pipeline.js';
import type { TraceEntry } from '../context/trace.js';
import type { Fact } from '../facts.js';
import { splitSentences } from '../segment/sentences.js';
import type { Document } from '../document/document.js';
import { readingOf } from '../document/reading.js';

export interface Explanation {
  readonly text: string;
  readonly facts: readonly Fact[];
  readonly report: string;
}

const STAGE_ORDER: Record<TraceEntry['stage'], number> = {
  frame: 0,
  date: 1,
  quantity: 2,
  region: 3,
  organization: 4,
  pattern: 5,
  indicator: 6,
  event: 7,
};

function factLine(f: Fact): string {
  const span = `[${f.start},${f.end})`;
  switch (f.type) {
    case 'indicator': {
      const change = f.change ? ` change=${f.change.basis ?? 'unstated'}:${f.change.value}${f.change.unit}` : '';
      return `indicator    ${span} ${f.value} ${f.unit}${f.measure ? `(${f.measure})` : ''} label=${f.label ?? '—'} metric=${f.metric ?? '—'} region=${f.region ?? '—'} period=${f.period ?? '—'} ${f.status}${f.approx ? ` approx=${f.approx}` : ''}${change}`;
    }
    case 'event':
      return `event        ${span} ${f.date} (${f.dateBasis}) ${f.kind} orgs=${f.orgs.join('|') || '—'} people=${f.people.join('|') || '—'} «${f.summary}»`;
    case 'organization':
      return `organization ${span} ${f.name} (${f.kind}) canonical=${f.canonical} aliases=${f.aliases.join('|') || '—'} mentions=${f.mentions}`;
  }
}

export function explain(
  text: string,
  rules: RuleSet,
  segmenter: Segmenter,
  opts: { refDate?: string | null } = {},
): Explanation {
  return explainDocument(createDocument('-', text), rules, segmenter, opts);
}

/** A document as `extract` reads it (a web page's visible text, any encoding decoded). */
export function explainDocument(
  doc: Document,
  rules: RuleSet,
  segmenter: Segmenter,
  opts: { refDate?: string | null } = {},
): Explanation {
  const text = doc.text;
  const notes: TraceEntry[] = [];
  const facts = extractFacts(doc, rules, segmenter, { refDate: opts.refDate ?? null, trace: (e) => notes.push(e) });
  const lines: string[] = [];
  // Sentences and matches are shown as read: under a title the input declares apart, if any.
  const { doc: read, bodyStart } = readingOf(doc);
  const ref = doc.published
    ? `publication date ${doc.published} (read from ${JSON.stringify(doc.publishedEvidence?.text)})`
    : opts.refDate
      ? `--ref-date ${opts.refDate}`
      : 'none (years come from the text, or stay unresolved)';
  lines.push(
    `Text: ${text.length} characters; reference date: ${ref}; rule set ${rules.hash} (${rules.files.length} files)`,
  );
  if (doc.match !== doc.text) lines.push('Full-width forms were folded for matching; offsets are unchanged.');
  if (bodyStart > 0)
    lines.push(
      `Title declared apart from the text, read as its first line: offsets of sentences and matches count it (the text starts at ${bodyStart}); facts' offsets are the text's own.`,
    );

  lines.push('', 'Sentences and tokens (jieba word/tag)');
  lines.push(...sentenceLines(read, segmenter));

  lines.push('', 'Rule matches (kept = became a fact or part of one; dropped = why not)');
  const sorted = [...notes].sort(
    (a, b) => a.start - b.start || STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage] || a.end - b.end,
  );
  if (sorted.length === 0) lines.push('  (nothing matched)');
  for (const n of sorted) {
    const quote = read.text.slice(n.start, n.end);
    const shown = quote.length > 24 ? `${quote.slice(0, 23)}…` : quote;
    lines.push(
      `  [${n.start},${n.end}) ${n.stage.padEnd(12)} ${n.verdict.padEnd(7)} ${JSON.stringify(shown)} ${n.rule ?? '(mechanism)'}: ${n.message}`,
    );
  }

  lines.push('', `Facts (${facts.length})`);
  for (const f of facts) lines.push(`  ${factLine(f)}`);
  return { text, facts, report: lines.join('\n') + '\n' };
}

/** Each sentence with its jieba tokens: the segmentation the extractors see (folded text). */
function sentenceLines(doc: Document, segmenter: Segmenter): string[] {
  return splitSentences(doc.match).flatMap((s, i) => [
    `  ${String(i + 1).padStart(2)} [${s.start},${s.end}) ${doc.text.slice(s.start, s.end)}`,
    `     ${segmenter
      .tag(doc.match.slice(s.start, s.end))
      .map((t) => `${t.word}/${t.tag}`)
      .join(' ')}`,
  ]);
}
