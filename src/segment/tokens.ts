// jieba tokens with offsets and POS tags. nodejieba's dictionary costs about a
// second and 240 MiB to load, so it is loaded once per process and only when a
// stage first asks for tokens; a run served from cache never loads it.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly word: string;
  /** jieba POS tag: n, v, ns (place), nr (person), nt (organization), m (numeral), x (other) … */
  readonly tag: string;
}

export interface Segmenter {
  /** Tokens of `text`, covering it exactly; offsets are relative to `text`, plus `offset`. */
  tag(text: string, offset?: number): Token[];
}

interface Jieba {
  load(opts?: object): void;
  tag(s: string): { word: string; tag: string }[];
  cut(s: string, hmm?: boolean): string[];
  insertWord(word: string, tag?: string): boolean;
}

let jieba: Jieba | null = null;
const inserted = new Set<string>();

/**
 * Tags of the words jieba has tagged so far in this thread. jieba tags a word by the word
 * alone (its dictionary entry, else what its characters are: PosTagger::LookupTag), after
 * segmenting exactly as `cut` with HMM does (both are MixSegment::Cut). So a text whose
 * words all have a known tag needs only `cut`, which returns strings; `tag` builds an
 * object with two named properties per word in native code, and costs about twice as
 * much. Adding a word to the dictionary can change a tag: the table is emptied then.
 */
const knownTags = new Map<string, string>();
/** Past this many words (a long run over varied text), the table starts again. */
const KNOWN_TAGS_MAX = 1 << 16;

/** Words and their tags, as jieba gives them for one text. */
interface Tagged {
  readonly words: readonly string[];
  readonly tags: readonly string[];
}

/**
 * Texts tagged lately, in two generations (the current one, and the one before it, whose
 * hits are carried over): the same few characters recur across documents (a dateline, a
 * boilerplate phrase, a name and its title), and a text is cut the same way every time
 * until a word is added to the dictionary (both tables are emptied then). On real news
 * about one window in five repeats one of the last 16 K.
 */
let recent = new Map<string, Tagged>();
let older = new Map<string, Tagged>();
const RECENT_MAX = 1 << 14;

function tagText(lib: Jieba, text: string): Tagged {
  let t = recent.get(text);
  if (t) return t;
  t = older.get(text);
  if (!t) t = tagWords(lib, text);
  recent.set(detached(text), t);
  if (recent.size > RECENT_MAX) {
    older = recent;
    recent = new Map();
  }
  return t;
}

/**
 * A copy of `text` that does not hold on to the string it was cut from: V8 makes a slice
 * of 13 characters or more a view into its parent, and a key kept in the table would keep
 * the whole document alive. Joined to one character, the text is copied whole when sliced.
 */
const detached = (text: string): string => (' ' + text).slice(1);

function forgetTagged(): void {
  knownTags.clear();
  recent = new Map();
  older = new Map();
}

function tagWords(lib: Jieba, text: string): Tagged {
  const words = lib.cut(text, true);
  const tags: string[] = new Array(words.length);
  let unknown: string[] | null = null;
  for (let i = 0; i < words.length; i++) {
    const tag = knownTags.get(words[i]!);
    if (tag === undefined) (unknown ??= []).push(words[i]!);
    else tags[i] = tag;
  }
  if (unknown === null) return { words, tags };
  if (!learnTags(lib, unknown)) return tagged(lib, text);
  for (let i = 0; i < words.length; i++) tags[i] ??= knownTags.get(words[i]!)!;
  return { words, tags };
}

/**
 * Learns the tags of words `cut` gave and the table lacks by tagging those words alone: a
 * word's tag is the word's own (LookupTag), so 新冠 tagged alone is tagged as in any text,
 * provided jieba, given the word alone, gives it back whole. The words go in one call,
 * a line break between each two: jieba segments the text between separators (line break,
 * space, tab, ，。) apart and returns each separator as a word of its own. Tagging these few
 * words costs far less than tagging the whole text again. False when some word does not
 * come back whole (a new word HMM found only in its context): then the text is tagged.
 */
function learnTags(lib: Jieba, words: readonly string[]): boolean {
  if (words.some((w) => w.length === 0 || w.includes('\n'))) return false;
  const pairs = lib.tag(words.join('\n'));
  if (pairs.length !== 2 * words.length - 1) return false;
  if (knownTags.size > KNOWN_TAGS_MAX) knownTags.clear();
  for (let i = 0; i < words.length; i++) {
    const { word, tag } = pairs[2 * i]!;
    if (word !== words[i] || (i > 0 && pairs[2 * i - 1]!.word !== '\n')) return false;
    knownTags.set(word, tag);
  }
  return true;
}

/** jieba's own tagging, remembered word by word. */
function tagged(lib: Jieba, text: string): Tagged {
  const pairs = lib.tag(text);
  if (knownTags.size > KNOWN_TAGS_MAX) knownTags.clear();
  const words: string[] = new Array(pairs.length);
  const tags: string[] = new Array(pairs.length);
  for (let i = 0; i < pairs.length; i++) {
    const { word, tag } = pairs[i]!;
    knownTags.set(word, tag);
    words[i] = word;
    tags[i] = tag;
  }
  return { words, tags };
}

/** One-line stand-ins for the keyword-extraction dictionaries we never use (assets/jieba/README.md). */
const ASSETS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../assets/jieba');

function loadJieba(): Jieba {
  if (!jieba) {
    const require = createRequire(import.meta.url);
    const lib = require('nodejieba') as Jieba;
    lib.load({
      idfDict: path.join(ASSETS, 'keywords-unused.idf.utf8'),
      stopWordDict: path.join(ASSETS, 'keywords-unused.stop.utf8'),
    });
    jieba = lib;
  }
  return jieba;
}

/** Whether the dictionary has been loaded in this process (for tests and the cache). */
export function jiebaLoaded(): boolean {
  return jieba !== null;
}

/**
 * Lays jieba's words back onto the text. jieba returns every character, so
 * offsets are a running sum; if it ever drops or alters one, the word is searched
 * forward instead, and characters it skipped become `x` tokens: coverage is kept.
 */
export function alignTokens(text: string, words: readonly { word: string; tag: string }[], offset = 0): Token[] {
  return alignWords(
    text,
    words.map((w) => w.word),
    words.map((w) => w.tag),
    offset,
  );
}

/** alignTokens over parallel arrays of words and their tags. */
function alignWords(text: string, words: readonly string[], tags: readonly string[], offset: number): Token[] {
  const out: Token[] = [];
  let pos = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const tag = tags[i]!;
    if (!word) continue;
    const at = text.startsWith(word, pos) ? pos : text.indexOf(word, pos);
    if (at < 0) continue;
    if (at > pos) out.push({ start: offset + pos, end: offset + at, word: text.slice(pos, at), tag: 'x' });
    out.push({ start: offset + at, end: offset + at + word.length, word, tag });
    pos = at + word.length;
  }
  if (pos < text.length) out.push({ start: offset + pos, end: offset + text.length, word: text.slice(pos), tag: 'x' });
  return out;
}

/** The process-wide jieba segmenter, with the rule set's dictionary words added. */
export function jiebaSegmenter(dictionary: readonly (readonly [string, string])[]): Segmenter {
  let lib: Jieba | null = null;
  return {
    tag(text: string, offset = 0): Token[] {
      if (!lib) {
        lib = loadJieba();
        for (const [word, tag] of dictionary) {
          if (!inserted.has(word)) {
            lib.insertWord(word, tag);
            inserted.add(word);
            forgetTagged();
          }
        }
      }
      const { words, tags } = tagText(lib, text);
      return alignWords(text, words, tags, offset);
    },
  };
}
