// Person names: learned where a job title introduces them (市长赵豪志,
// 执行总裁秦军), then recognized wherever they recur in the document.
import type { Context } from '../context/context.js';
import type { LexiconMatch } from '../rules/lexicon.js';
import { TAG, tags } from '../segment/tags.js';
import type { Token } from '../segment/tokens.js';

export interface PersonMention {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;
/** Tags jieba gives names it knows (nr) or does not know at all (x). */
const NAME_TAG = tags(TAG.person, TAG.personFull, TAG.personTransliterated, TAG.unknown);
const HAN_START = /^[\u4e00-\u9fff]/;

/** Whether a name is one a title introduced in the text (教授孙松林: 孙松林): what the organizations ask. */
export interface PersonNames {
  has(word: string): boolean;
}

/**
 * The names the page's titles introduce. Which 2–3 characters after a title are a name is
 * jieba's to say, and most titles introduce no name anyone asks about (a title is on every
 * other page, a name is asked about in a few events' clauses): so a title's name is read
 * only when a text asked about spells one of the names it could introduce. What is
 * answered is what reading every title first would answer: a name no title could
 * introduce is none, and every title that could introduce it has been read. Nor are the
 * titles looked for before a question: a page with no event asks none.
 */
export class People implements PersonNames {
  private found: Introductions | null = null;

  constructor(private readonly ctx: Context) {}

  /** The titles of the page, looked for at the first question. */
  private get introduced(): Introductions {
    return (this.found ??= introductions(this.ctx));
  }

  has(word: string): boolean {
    const { titlesBy, names } = this.introduced;
    const titles = titlesBy.get(word);
    if (!titles || !mayBeName(this.ctx, word)) return false;
    for (const t of titles) this.readTitle(t);
    return names.has(word);
  }

  /** The known names in [start, end), left to right, the longer one where two start together. */
  findIn(start: number, end: number): PersonMention[] {
    const out: PersonMention[] = [];
    if (this.introduced.titlesBy.size === 0) return out;
    const text = this.ctx.doc.match;
    for (let i = start; i < end;) {
      const length = i + 3 <= end && this.hasAt(text, i, 3) ? 3 : i + 2 <= end && this.hasAt(text, i, 2) ? 2 : 0;
      if (length) {
        out.push({ start: i, end: i + length, name: text.slice(i, i + length) });
        i += length;
      } else i++;
    }
    return out;
  }

  /** Is the name of `length` characters at `i` known? A substring only where a name could begin. */
  private hasAt(text: string, i: number, length: number): boolean {
    return (
      this.introduced.firsts.has(text.charCodeAt(i)) &&
      isHan(text.charCodeAt(i + 1)) &&
      this.has(text.slice(i, i + length))
    );
  }

  /**
   * The name title `t` introduces, if any, by jieba's words. jieba may glue a title's last
   * character to the name (安徽省|长王|清宪): the name is the 2–3 characters after the title,
   * ending where a token ends and a non-name token follows.
   */
  private readTitle(t: LexiconMatch<unknown>): void {
    const { titlesBy, read, names } = this.introduced;
    if (read.has(t)) return;
    read.add(t);
    const tokens = this.ctx.tokensAround(t.start, t.end);
    const i = tokens.findIndex((k) => k.end > t.end);
    if (i < 0 || !NAME_TAG.has(tokens[i]!.tag)) return;
    for (let j = i; j < tokens.length && tokens[j]!.end - t.end <= 3; j++) {
      const length = tokens[j]!.end - t.end;
      if (length >= 2 && !nameContinues(tokens[j + 1])) {
        const name = this.ctx.doc.match.slice(t.end, tokens[j]!.end);
        if (titlesBy.has(name)) names.add(name);
        return;
      }
    }
  }
}

/** The titles of a page by the names each could introduce, and the names read so far. */
interface Introductions {
  /** The titles by each name they could introduce (赵豪 and 赵豪志 after 市长). */
  readonly titlesBy: ReadonlyMap<string, readonly LexiconMatch<unknown>[]>;
  /** The first characters of those names. */
  readonly firsts: ReadonlySet<number>;
  /** The titles whose words jieba was asked for, and the names they introduced. */
  readonly read: Set<LexiconMatch<unknown>>;
  readonly names: Set<string>;
}

/** A page whose titles could introduce no name (most): nothing is ever added to it. */
const NONE: Introductions = { titlesBy: new Map(), firsts: new Set(), read: new Set(), names: new Set() };

/** A name may be no place, body or title (北京, 国务院, 书记). */
function mayBeName(ctx: Context, word: string): boolean {
  const { rules } = ctx;
  return !rules.regions.has(word) && !rules.orgAliases.has(word) && !rules.titles.has(word);
}

function introductions(ctx: Context): Introductions {
  const { doc, rules } = ctx;
  const titlesBy = new Map<string, LexiconMatch<unknown>[]>();
  const firsts = new Set<number>();
  // A name is 2–3 Chinese characters right after the title (and no place, body or title: asked of a name asked about).
  const couldIntroduce = (t: LexiconMatch<unknown>, length: number) => {
    const name = doc.match.slice(t.end, t.end + length);
    const titles = titlesBy.get(name);
    if (titles) titles.push(t);
    else titlesBy.set(name, [t]);
    firsts.add(name.charCodeAt(0));
  };
  for (const sentence of ctx.sentences)
    for (const t of rules.titles.findAll(doc.match, sentence.start, sentence.end)) {
      if (!isHan(doc.match.charCodeAt(t.end)) || !isHan(doc.match.charCodeAt(t.end + 1))) continue;
      couldIntroduce(t, 2);
      if (isHan(doc.match.charCodeAt(t.end + 2))) couldIntroduce(t, 3);
    }
  return titlesBy.size ? { titlesBy, firsts, read: new Set(), names: new Set() } : NONE;
}

/** Does the token after a name's last one carry it on (another name-tagged word of Chinese characters)? */
const nameContinues = (after: Token | undefined) => !!after && NAME_TAG.has(after.tag) && HAN_START.test(after.word);

/** Names introduced by a title, read as they are asked about. */
export function learnPeople(ctx: Context): People {
  return new People(ctx);
}
