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

/** Offsets of the brackets and quotes opened in [start, end) and not closed there, innermost last. */
export function unclosed(text: string, start: number, end: number): number[] {
  const stack: number[] = [];
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (PAIRS[c] !== undefined) stack.push(i);
    else if (CLOSERS.has(c) && stack.length > 0 && PAIRS[text[stack.at(-1)!]!] === c) stack.pop();
  }
  return stack;
}

/** The offset of the unclosed opener in [start, end) that `text[end]` closes, or -1. */
export function opensAt(text: string, start: number, end: number): number {
  const last = unclosed(text, start, end).at(-1);
  return last !== undefined && PAIRS[text[last]!] === text[end] ? last : -1;
}
