// One record of a collection (a JSON object, a CSV row) to the parts of a document:
// its text, title, publication date and id, found under the names archives commonly
// use (content, text, body; title; date, pubtime, published; id, url) or under the
// names the user gives (--text-field, --title-field, --date-field, --id-field).

/** Field names the user chose; absent ones are detected. */
export interface FieldChoice {
  readonly text?: string;
  readonly title?: string;
  readonly date?: string;
  readonly id?: string;
}

/** Common names, in order of preference (compared without case). */
export const COMMON_FIELDS = {
  text: ['content', 'text', 'body', 'article', 'fulltext', 'full_text', 'maintext', '正文', '内容'],
  title: ['title', 'headline', '标题'],
  date: [
    'published',
    'pubtime',
    'pubdate',
    'pub_date',
    'publish_time',
    'publishtime',
    'publishdate',
    'date',
    'datetime',
    'time',
    '发布时间',
    '日期',
  ],
  id: ['id', '_id', 'uuid', 'guid', 'url', 'link'],
} as const;

export type FieldRole = keyof typeof COMMON_FIELDS;

/** What a record holds for a document. */
export interface RecordParts {
  readonly text: string;
  readonly title: string | null;
  /** YYYY-MM-DD, or null when the record has no full date. */
  readonly published: string | null;
  readonly id: string | null;
}

export type Parsed =
  { readonly ok: true; readonly parts: RecordParts } | { readonly ok: false; readonly message: string };

/** The record's key for a role: the user's name, else the first common name it has (any case). */
export function fieldFor(keys: readonly string[], role: FieldRole, choice: FieldChoice): string | null {
  const chosen = choice[role];
  if (chosen !== undefined) return keys.includes(chosen) ? chosen : null;
  const lower = new Map(keys.map((k) => [k.toLowerCase(), k]));
  for (const name of COMMON_FIELDS[role]) {
    const k = lower.get(name);
    if (k !== undefined) return k;
  }
  return null;
}

const pad = (n: string) => n.padStart(2, '0');

/**
 * A full date as YYYY-MM-DD, from the forms archives use: 2020-01-01 19:12:02, 20200101,
 * 2020/1/1, 2020年1月1日, 2020-01-01T11:12:02Z. A year alone (2025) is not a publication date.
 */
export function recordDate(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const s = String(value).trim();
  const m = /^(\d{4})(?:[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})|(\d{2})(\d{2}))(?![\d])/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [m[1]!, m[2] ?? m[4]!, m[3] ?? m[5]!];
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  const dt = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(dt.getTime()) || dt.toISOString().slice(0, 10) !== date ? null : date;
}

const scalar = (v: unknown): string | null =>
  typeof v === 'string' ? v.trim() || null : typeof v === 'number' ? String(v) : null;

function missingText(keys: readonly string[], choice: FieldChoice): string {
  if (choice.text !== undefined) return `no field "${choice.text}" (fields: ${keys.join(', ') || 'none'})`;
  return `no text field (looked for ${COMMON_FIELDS.text.join(', ')}; fields: ${keys.join(', ') || 'none'}; name one with --text-field)`;
}

/** The record's id (its `id`, `url` …), also when it has no text: a failure is named by it. */
export function recordId(record: Readonly<Record<string, unknown>>, choice: FieldChoice): string | null {
  const k = fieldFor(Object.keys(record), 'id', choice);
  return k === null ? null : scalar(record[k]);
}

/** A record's document parts, or why it has none. */
export function recordParts(record: Readonly<Record<string, unknown>>, choice: FieldChoice): Parsed {
  const keys = Object.keys(record);
  const textKey = fieldFor(keys, 'text', choice);
  if (textKey === null) return { ok: false, message: missingText(keys, choice) };
  const text = record[textKey];
  if (typeof text !== 'string') return { ok: false, message: `field "${textKey}" is ${describeValue(text)}, not text` };
  const get = (role: FieldRole) => {
    const k = fieldFor(keys, role, choice);
    return k === null ? undefined : record[k];
  };
  return {
    ok: true,
    parts: { text, title: scalar(get('title')), published: recordDate(get('date')), id: recordId(record, choice) },
  };
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}
