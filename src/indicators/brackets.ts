// Brackets and quotes in a label: which are opened and not closed, which closes which.

export const PAIRS: Readonly<Record<string, string>> = {
  '（': '）',
  '(': ')',
  '“': '”',
  '《': '》',
  '「': '」',
  '【': '】',
  '‘': '’',
};
export const CLOSERS = new Set(Object.values(PAIRS));

/** PAIRS by code unit: the closer's code of an opener's, 0 for any other character. */
export function closerCode(code: number): number {
  switch (code) {
    case 0xff08: // （
      return 0xff09;
    case 0x28: // (
      return 0x29;
    case 0x201c: // “
      return 0x201d;
    case 0x300a: // 《
      return 0x300b;
    case 0x300c: // 「
      return 0x300d;
    case 0x3010: // 【
      return 0x3011;
    case 0x2018: // ‘
      return 0x2019;
    default:
      return 0;
  }
}

/**
 * The openers' offsets while a window is read (reused: a label window is scanned for every
 * candidate and every trim step, and is read by code unit so no one-character string is made).
 */
const stack: number[] = [];

/** Offset of the innermost bracket or quote opened in [start, end) and not closed there, or -1. */
export function innermostUnclosed(text: string, start: number, end: number): number {
  // (`top` counts the openers held: resetting the array's length is a call into the runtime)
  let top = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (closerCode(code) !== 0) stack[top++] = i;
    else if (top > 0 && closerCode(text.charCodeAt(stack[top - 1]!)) === code) top--;
  }
  return top > 0 ? stack[top - 1]! : -1;
}

/** The offset of the unclosed opener in [start, end) that `text[end]` closes, or -1. */
export function opensAt(text: string, start: number, end: number): number {
  const last = innermostUnclosed(text, start, end);
  return last >= 0 && closerCode(text.charCodeAt(last)) === text.charCodeAt(end) ? last : -1;
}

/** Is the code unit a closing bracket or quote (PAIRS' values)? */
export function isCloserCode(code: number): boolean {
  switch (code) {
    case 0xff09:
    case 0x29:
    case 0x201d:
    case 0x300b:
    case 0x300d:
    case 0x3011:
    case 0x2019:
      return true;
    default:
      return false;
  }
}
