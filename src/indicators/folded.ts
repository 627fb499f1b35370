// A label's words as rules match them (toMatchText: ５Ｇ → 5G, full-width marks folded),
// kept for the few strings asked last: one label is folded again by every pass that
// weighs it (is it vague, a share, a comparison, which metric ends it), each fold a
// regex replace over it.
import { toMatchText } from '../document/normalize.js';

const SLOTS = 16;
const written: string[] = new Array<string>(SLOTS).fill('');
const matched: string[] = new Array<string>(SLOTS).fill('');

/** toMatchText(text), from a small cache by the text's length and first character. */
export function foldedText(text: string): string {
  const slot = (text.length * 31 + text.charCodeAt(0)) & (SLOTS - 1);
  if (written[slot] === text) return matched[slot]!;
  const out = toMatchText(text);
  written[slot] = text;
  matched[slot] = out;
  return out;
}
