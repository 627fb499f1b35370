// What kind of figure an indicator's value is — a level (9385.6亿元), a growth rate
// (增长3.4%), a share (占比64.7%), a difference in 百分点, a ratio, a price, an index or a
// rank — read from the finished fact: its unit first, then the words of its label and
// evidence. Two figures can only be compared, or put in one column, when they are of
// one kind: `extract table` groups by it.

import type { ValueKind } from '../fact-types.js';

export { VALUE_KINDS, type ValueKind } from '../fact-types.js';

/** The parts of an indicator the kind is read from. */
export interface KindInput {
  readonly unit: string;
  readonly label: string | null;
  readonly text: string;
  readonly raw: string;
  readonly change: { readonly value: number } | null;
  readonly value: number;
}

/** A part of a whole: 占比, 比重, 份额, and rates that are shares (覆盖率, 城镇化率, 失业率, 占有率). */
const SHARE_WORDS = /占|比重|比例|比率|之比|份额|覆盖|[化盖及透有业用活存达保]率|贡献率|强度/;
/** Words of change: 增长, 增速, 下降, 上涨, 涨幅, 回落, 提高. */
const GROWTH = '增长|增速|增幅|增加|下降|降低|减少|下滑|下跌|上涨|上升|涨幅|跌幅|回落|回升|提高|提升|放缓|扩大|缩小';
const GROWTH_WORDS = new RegExp(GROWTH);
/**
 * A verb of change right before the figure (下降20.5%, 增长了约3%) makes it a rate of change;
 * 提高到30%, 降到5.2% name the level reached, and so does 达.
 */
const GROWTH_BEFORE = new RegExp(`(?:${GROWTH})(?:了|为)?(?:约|近|超过|超|逾)?$`);
/** A price: 房价, 均价, 单价, 价格 (a money figure per unit is one too). */
const PRICE_WORDS = /价格|房价|均价|单价|售价|票价|地价|油价|电价/;
const INDEX_WORDS = /指数|PMI|景气/i;
/** A place in an order: 排名第3, 位居第二, 位列前十, 第5位 (not 第二产业). */
const RANK = /排名|排第|位居|位列|居第|列第|名列|第[一二三四五六七八九十\d]+[位名]/;

/** A % figure: a share when it names a part of a whole, else a growth rate. */
function percentKind(f: KindInput): ValueKind {
  if (f.change && f.change.value === f.value) return 'growth';
  const at = f.text.indexOf(f.raw);
  const before = f.text.slice(0, at < 0 ? 0 : at);
  if (GROWTH_BEFORE.test(before)) return 'growth';
  const label = f.label ?? '';
  // 占全市总量的20%, 投资计划的70.9%: a part of what comes before 的.
  if (before.endsWith('的')) return 'share';
  // 城镇化率64.72%, 占GDP比重, 碳排放强度 (as a level), 森林覆盖率提高到11.5%.
  if (SHARE_WORDS.test(label) || /率$/.test(label)) return 'share';
  // GDP增速6%, 居民消费价格涨幅2%: the label names the change.
  if (GROWTH_WORDS.test(label)) return 'growth';
  // GDP 6%, 固定资产投资12.4% (a list's items after 分别增长): a level's name with a percentage is its growth.
  return label && !SHARE_WORDS.test(f.text) ? 'growth' : 'share';
}

export function valueKind(f: KindInput): ValueKind {
  const label = f.label ?? '';
  if (RANK.test(label) || RANK.test(f.raw)) return 'rank';
  switch (f.unit) {
    case 'pp':
      return 'difference';
    case '%':
      return percentKind(f);
    case 'times':
      // 增长2倍 is growth told as a multiple; 城乡收入倍差2.37 is a ratio.
      return GROWTH_WORDS.test(f.text) && !/倍差|之比/.test(f.text) ? 'growth' : 'ratio';
    case 'index':
    case 'points':
      return 'index';
  }
  if (INDEX_WORDS.test(label)) return 'index';
  // CNY/kg, USD/t: money per unit of something; CNY/person (人均收入) is a level.
  if (/^[A-Z]{3}\/(?!person$)/.test(f.unit)) return 'price';
  if (/^[A-Z]{3}$/.test(f.unit) && PRICE_WORDS.test(label)) return 'price';
  return 'level';
}
