// Person names: learned where a job title introduces them (市长赵豪志,
// 执行总裁秦军), then recognized wherever they recur in the document.
import type { Context } from '../context/context.js';
import { Lexicon } from '../rules/lexicon.js';
import { TAG, tags } from '../segment/tags.js';

export interface PersonMention {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

const NAME = /^[\u4e00-\u9fff]{2,3}$/;
const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;
/** Tags jieba gives names it knows (nr) or does not know at all (x). */
const NAME_TAG = tags(TAG.person, TAG.personFull, TAG.personTransliterated, TAG.unknown);

/** Names introduced by a title, as a lexicon for finding every mention. */
export function learnPeople(ctx: Context): Lexicon<true> {
  const { doc, rules } = ctx;
  const names = new Set<string>();
  for (const sentence of ctx.sentences) {
    const titles = rules.titles.findAll(doc.match, sentence.start, sentence.end);
    for (const t of titles) {
      // A name is 2–3 Chinese characters right after the title: without two, there is
      // none to find, and jieba need not be asked.
      if (!isHan(doc.match.charCodeAt(t.end)) || !isHan(doc.match.charCodeAt(t.end + 1))) continue;
      const tokens = ctx.tokensAround(t.start, t.end);
      // jieba may glue a title's last character to the name (安徽省|长王|清宪): the name is the
      // 2–3 characters after the title, ending where a token ends and a non-name token follows.
      const i = tokens.findIndex((k) => k.end > t.end);
      if (i < 0 || !NAME_TAG.has(tokens[i]!.tag)) continue;
      for (let j = i; j < tokens.length && tokens[j]!.end - t.end <= 3; j++) {
        const len = tokens[j]!.end - t.end;
        const after = tokens[j + 1];
        if (len >= 2 && (!after || !NAME_TAG.has(after.tag) || !/^[\u4e00-\u9fff]/.test(after.word))) {
          const name = doc.match.slice(t.end, tokens[j]!.end);
          if (NAME.test(name) && !rules.regions.has(name) && !rules.orgAliases.has(name) && !rules.titles.has(name))
            names.add(doc.text.slice(t.end, tokens[j]!.end));
          break;
        }
      }
    }
  }
  return names.size ? new Lexicon([...names].map((n) => [n, true] as const)) : NO_PEOPLE;
}

/** Most pages introduce no one: they share one empty word list (a Lexicon is never changed). */
const NO_PEOPLE = new Lexicon<true>([]);

export function findPeople(ctx: Context, known: Lexicon<true>, start: number, end: number): PersonMention[] {
  if (known.size === 0) return [];
  return known.findAll(ctx.doc.match, start, end).map((m) => ({ start: m.start, end: m.end, name: m.word }));
}
