// One-character tests by code unit. `PUNCT.test(text[i])` cuts a one-character string
// per test (V8 caches them for Latin-1 only, not for 的 or ，) and runs a regex; the
// label passes ask such a test at every trim step of every figure. Each code unit's
// answer is the regex's own, asked once and kept.

/** `re.test(c)` for a one-code-unit string `c`, by its code (a regex without the `u` flag). */
export function charClass(re: RegExp): (code: number) => boolean {
  // 0: not asked yet, 1: no, 2: yes. (NaN, past a string's end, indexes nothing: false, as re.test('') is for these classes.)
  const known = new Uint8Array(65536);
  return (code) => {
    let answer = known[code];
    if (answer === undefined) return false;
    if (answer === 0) known[code] = answer = re.test(String.fromCharCode(code)) ? 2 : 1;
    return answer === 2;
  };
}

/** Does `text[from, to)` hold the code unit `code`? */
export function holdsCode(text: string, code: number, from: number, to: number): boolean {
  return codeIn(text, code, from, to) >= 0;
}

/** The offset of the first `code` in `text[from, to)`, or -1. */
export function codeIn(text: string, code: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === code) return i;
  return -1;
}

/** Does `text[start, end)` hold an ASCII digit (/\d/ without the u flag)? */
export function holdsDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) return true;
  }
  return false;
}
