// What of a record is compared once its key has matched: the content, not where it
// was found. Offsets and the quoted text move when a document is edited, ids are
// made from offsets, and the rule-set hash changes with any rule: none of those
// says that a fact changed.
import type { ErrorRecord, Fact } from '../facts.js';
import { splitRule } from './rule-id.js';

/** Located, not content (doc and type are part of the key). */
const NOT_CONTENT = new Set(['id', 'doc', 'type', 'start', 'end', 'text']);

/** Lists whose order the extractor does not promise: the same names in another order are the same fact. */
const UNORDERED_LISTS = new Set(['orgs', 'people', 'aliases']);

/** The fields of a record that a comparison looks at, normalized. */
export function contentOf(record: Fact | ErrorRecord): Record<string, unknown> {
  const content: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(record)) {
    if (NOT_CONTENT.has(field)) continue;
    if (field === 'rule' && typeof value === 'string') content[field] = splitRule(value).name;
    // yearFrom quotes where a year was read: its words are content, its offsets are not.
    else if (field === 'yearFrom') content[field] = isEvidence(value) ? value.text : value;
    else if (UNORDERED_LISTS.has(field) && Array.isArray(value)) content[field] = [...(value as string[])].sort();
    else content[field] = value;
  }
  return content;
}

export interface FieldChange {
  /** The field, with a dotted path into objects: `change.value`. */
  readonly field: string;
  /** undefined where the field is absent on that side. */
  readonly old: unknown;
  readonly new: unknown;
}

/** The fields whose values differ, in the order the records list them; objects on both sides are compared field by field. */
export function changedFields(
  oldContent: Record<string, unknown>,
  newContent: Record<string, unknown>,
  prefix = '',
): FieldChange[] {
  const fields = [...new Set([...Object.keys(oldContent), ...Object.keys(newContent)])];
  return fields.flatMap((field): FieldChange[] => {
    const before = oldContent[field];
    const after = newContent[field];
    const path = prefix + field;
    if (isPlainObject(before) && isPlainObject(after)) return changedFields(before, after, `${path}.`);
    return canonicalJson(before) === canonicalJson(after) ? [] : [{ field: path, old: before, new: after }];
  });
}

/** JSON with object keys sorted, so equal values give equal strings whatever their key order. */
function canonicalJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      isPlainObject(v)
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, v[k]]),
          )
        : v,
    ) ?? 'undefined'
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEvidence(value: unknown): value is { text: string } {
  return isPlainObject(value) && typeof value.text === 'string';
}
