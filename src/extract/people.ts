// Person names: learned where a job title introduces them (市长赵豪志,
// 执行总裁秦军), then recognized wherever they recur in the document.
import type { Context } from './context.js';
import { Lexicon } from '../rules/lexicon.js';

export interface PersonMention {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

const NAME = /^[\u4e00-\u9fff]{2,3}$/;
/** Tags jieba gives names it knows (nr) or does not know at all (x). */
const NAME_TAG = /^(nr|nrfg|nrt|x)$/;

/** Names introduced by a title, as a lexicon for finding every mention. */
export function learnPeople(ctx: Context): Lexicon<true> {
  const { doc, rules } = ctx;
  const names = new Set<string>();
  for (const sentence of ctx.sentences) {
    const titles = rules.titles.findAll(doc.match, sentence.start, sentence.end);
    if (titles.length === 0) continue;
    const tokens = ctx.tokens(sentence);
    for (const t of titles) {
      const next = tokens.find((k) => k.start === t.end);
      if (!next || !NAME_TAG.test(next.tag) || !NAME.test(next.word)) continue;
      if (rules.regions.has(next.word) || rules.orgAliases.has(next.word) || rules.titles.has(next.word)) continue;
      names.add(doc.text.slice(next.start, next.end));
    }
  }
  return new Lexicon([...names].map((n) => [n, true] as const));
}

export function findPeople(ctx: Context, known: Lexicon<true>, start: number, end: number): PersonMention[] {
  if (known.size === 0) return [];
  return known.findAll(ctx.doc.match, start, end).map((m) => ({ start: m.start, end: m.end, name: m.word }));
}
