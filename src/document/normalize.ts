// Width folding that keeps offsets: every full-width ASCII form (U+FF01–U+FF5E)
// maps to exactly one ASCII character, and the ideographic space to a space, so
// the folded string has the same length as the source and offsets carry over.

const FULLWIDTH_START = 0xff01;
const FULLWIDTH_END = 0xff5e;
const FULLWIDTH_OFFSET = 0xfee0;

export function toMatchText(text: string): string {
  let changed = false;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= FULLWIDTH_START && c <= FULLWIDTH_END) {
      out += String.fromCharCode(c - FULLWIDTH_OFFSET);
      changed = true;
    } else if (c === 0x3000 || c === 0xa0) {
      out += ' ';
      changed = true;
    } else out += text[i];
  }
  return changed ? out : text;
}
