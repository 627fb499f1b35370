// jieba's part-of-speech tags (the ICTCLAS set) by name, and the classes of them the
// extractors read, as spaCy names token attributes: code asks PROPER_NOUN.has(t.tag),
// not /^(ns|nr|nrt|nrfg|nz|nt|j)$/.test(t.tag).

/** The tags by name. */
export const TAG = {
  noun: 'n',
  nounMorpheme: 'ng',
  nounIdiom: 'nl',
  person: 'nr',
  personTransliterated: 'nrt',
  personFull: 'nrfg',
  place: 'ns',
  organization: 'nt',
  otherProper: 'nz',
  abbreviation: 'j',
  verb: 'v',
  adverbialVerb: 'vd',
  verbMorpheme: 'vg',
  intransitiveVerb: 'vi',
  verbalNoun: 'vn',
  adjective: 'a',
  adverbialAdjective: 'ad',
  adjectivalNoun: 'an',
  distinguishing: 'b',
  idiom: 'i',
  phrase: 'l',
  adverb: 'd',
  preposition: 'p',
  conjunction: 'c',
  particle: 'u',
  particleDe: 'uj',
  particleLe: 'ul',
  particleZhe: 'uz',
  particleDeAdverbial: 'ud',
  particleGuo: 'ug',
  particleDi: 'uv',
  pronoun: 'r',
  personalPronoun: 'rr',
  demonstrative: 'rz',
  numeral: 'm',
  numeralMeasure: 'mq',
  measure: 'q',
  time: 't',
  timeMorpheme: 'tg',
  modal: 'y',
  interjection: 'e',
  onomatopoeia: 'o',
  statusMorpheme: 'zg',
  locative: 'f',
  /** What jieba cannot place: unknown runs of characters, punctuation, digits. */
  unknown: 'x',
  english: 'eng',
} as const;

/** A set of tags: whole tags, and families by their first letters (every verb tag starts with v). */
export class TagClass {
  private readonly tags: ReadonlySet<string>;
  constructor(
    tags: readonly string[],
    private readonly families: readonly string[] = [],
  ) {
    this.tags = new Set(tags);
  }
  has(tag: string): boolean {
    return this.tags.has(tag) || this.families.some((f) => tag.startsWith(f));
  }
}

const T = TAG;
const PERSON_TAGS = [T.person, T.personTransliterated, T.personFull];
const PROPER_TAGS = [T.place, ...PERSON_TAGS, T.otherProper, T.organization, T.abbreviation];

/** A person's name, as jieba knows or guesses it (nr, nrt, nrfg). */
export const PERSON = new TagClass(PERSON_TAGS);
/** Every person tag, by its family (nr…). */
export const PERSON_FAMILY = new TagClass([], [T.person]);
/** A name of a place, person, organization or other (ns, nr…, nt, nz, j). */
export const PROPER_NOUN = new TagClass(PROPER_TAGS);
/** Any noun, common or proper. */
export const NOUN = new TagClass([T.noun, T.nounMorpheme, T.nounIdiom, ...PROPER_TAGS]);
/** What jieba guesses rather than knows (unknown runs, out-of-vocabulary names): no word boundary to respect. */
export const GUESSED = new TagClass([T.unknown, ...PERSON_TAGS, T.english]);
/** Every verb tag (v, vd, vg, vi, vn …). */
export const VERB = new TagClass([], [T.verb]);
/** A verb proper: not a verbal noun (vn). */
export const PLAIN_VERB = new TagClass([T.verb, T.adverbialVerb, T.verbMorpheme, T.intransitiveVerb]);
/** Every particle tag (u, uj, ul …). */
export const PARTICLE = new TagClass([], [T.particle]);
/**
 * Words of grammar: verbs, adverbs, prepositions, conjunctions, pronouns, particles,
 * adjectives, numerals, modal words, interjections, onomatopoeia, locatives.
 */
export const GRAMMAR = new TagClass(
  [T.adverb, T.preposition, T.conjunction, T.modal, T.interjection, T.onomatopoeia, T.locative],
  [T.verb, T.pronoun, T.particle, T.adjective, T.numeral],
);

/** Common words (nouns, adjectives, set phrases): a name made of them only is a kind, not a body (华为手机). */
export const COMMON_WORD_TAGS: readonly string[] = [
  T.noun,
  T.verbalNoun,
  T.adjectivalNoun,
  T.adjective,
  T.distinguishing,
  T.phrase,
  T.idiom,
];
export const COMMON_WORD = new TagClass(COMMON_WORD_TAGS);

/** A class of exactly these tags. */
export const tags = (...list: string[]): TagClass => new TagClass(list);
