// Which characters a decode produced, to tell a right decode from a wrong one.
// A wrong guess between GB18030 and Big5 still gives valid characters, but rare
// ones, with kana, Cyrillic, box drawing and private-use code points among them;
// real Chinese text is mostly a few hundred common characters and punctuation.

/** Code points of the most frequent Chinese characters, simplified and traditional forms. */
const COMMON = new Set(
  // simplified, roughly by frequency
  (
    '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐村座省环综县镇街园亿率增长季度项目投资额销售收入规模企业产值累计同比左右约超过达到完成实现建设发展创新城市区域经济社会服务平台互联网数字智能制造工程基地亿元万元百分点' +
    // traditional forms of the common characters that differ
    '這個們來時國為說對會學發動過產種麼後經進現實點當從兩機體開還應關長處設見問業務電內記報東車區員門題樣結難變論號將萬與無資間師書讓識導運筆們時軍氣義聲親團隊統達領師觀傳範圍華億農場縣鎮園銷售額規模總計較項據選擇組織網絡數據智慧製造設備台灣臺灣與來說書會議發佈條約簽署協議'
  )
    .split('')
    .map((ch) => ch.codePointAt(0)!),
);

export interface TextStats {
  readonly chars: number;
  /** Characters that do not occur in Chinese prose: controls, private use, kana, Cyrillic, box drawing … */
  readonly odd: number;
  readonly hanzi: number;
  readonly common: number;
}

function plausible(c: number): boolean {
  if (c < 0x80) return c >= 0x20 ? c !== 0x7f : c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;
  return (
    (c >= 0xa0 && c <= 0xff) || // Latin-1: ° ± × · and pinyin vowels
    (c >= 0x2000 && c <= 0x24ff) || // punctuation “”…—, ℃, Ⅰ, arrows, math, ①
    (c >= 0x25a0 && c <= 0x26ff) || // ■●○★
    (c >= 0x3000 && c <= 0x303f) || // 、。《》【】
    (c >= 0x3200 && c <= 0x33ff) || // ㈠ ㎡ ㎞
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xfe30 && c <= 0xfe4f) || // vertical and small forms
    (c >= 0xfe00 && c <= 0xfe0f) || // variation selectors
    (c >= 0xff00 && c <= 0xffef) || // full-width forms
    (c >= 0x1f000 && c <= 0x1faff) // emoji
  );
}

/** What each BMP code unit is, by plausible() and COMMON, read once per character below. */
const ODD = 0;
const OTHER = 1;
const HANZI = 2;
const COMMON_HANZI = 3;
let classes: Uint8Array | null = null;

/** Built at the first decode (a run served from the cache never needs it), from the ranges plausible() accepts. */
function classTable(): Uint8Array {
  if (classes) return classes;
  const t = new Uint8Array(65536); // ODD
  const ranges: readonly [number, number][] = [
    [0x20, 0x7e],
    [0x09, 0x0a],
    [0x0c, 0x0d],
    [0xa0, 0xff],
    [0x2000, 0x24ff],
    [0x25a0, 0x26ff],
    [0x3000, 0x303f],
    [0x3200, 0x33ff],
    [0x4e00, 0x9fff],
    [0xfe30, 0xfe4f],
    [0xfe00, 0xfe0f],
    [0xff00, 0xffef],
  ];
  for (const [a, b] of ranges) t.fill(OTHER, a, b + 1);
  t.fill(HANZI, 0x4e00, 0x9fff + 1);
  for (const c of COMMON) if (c <= 0xffff) t[c] = COMMON_HANZI;
  return (classes = t);
}

/** The CJK block: most of a Chinese text, counted without the class table (below). */
const CJK_FIRST = 0x4e00;
const CJK_LAST = 0x9fff;
let commonBlock: Int32Array | null = null;

/**
 * The common characters of the CJK block, a bit each (2.6 KiB): the class table's part for the
 * block is 21 KiB, and a page's few hundred distinct characters, each on a line of its own there,
 * were each a cache miss when the page before had churned the caches.
 */
function commonInBlock(): Int32Array {
  if (commonBlock) return commonBlock;
  const bits = new Int32Array(((CJK_LAST - CJK_FIRST + 1) >>> 5) + 1);
  const table = classTable();
  for (let c = CJK_FIRST; c <= CJK_LAST; c++)
    if (table[c] === COMMON_HANZI) bits[(c - CJK_FIRST) >>> 5]! |= 1 << ((c - CJK_FIRST) & 31);
  return (commonBlock = bits);
}

export function textStats(text: string, limit = 65536): TextStats {
  let chars = 0;
  let odd = 0;
  let hanzi = 0;
  let common = 0;
  const table = classTable();
  const commonBits = commonInBlock();
  // Indexed, not for…of: this runs on every input, and iterating a string allocates a string per character.
  for (let i = 0; i < text.length && chars < limit; i++) {
    chars++;
    const c = text.codePointAt(i)!;
    if (c > 0xffff) {
      i++;
      if (!plausible(c)) odd++;
      continue;
    }
    if (c >= CJK_FIRST && c <= CJK_LAST) {
      hanzi++;
      if ((commonBits[(c - CJK_FIRST) >>> 5]! & (1 << ((c - CJK_FIRST) & 31))) !== 0) common++;
      continue;
    }
    const k = table[c]!;
    if (k === ODD) odd++;
    else if (k >= HANZI) {
      hanzi++;
      if (k === COMMON_HANZI) common++;
    }
  }
  return { chars, odd, hanzi, common };
}

/**
 * Whether a decode reads as Chinese (or plain) text: almost no odd characters and,
 * once there are a few Chinese characters, a fair share of common ones (real text
 * has well over half; a wrong decode a few percent).
 */
export function readsAsText(s: TextStats): boolean {
  if (s.odd > s.chars * 0.01) return false;
  return s.hanzi < 8 || s.common >= s.hanzi * 0.2;
}
