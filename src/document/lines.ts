// Line-anchored regexes run over a whole page (a 来源 line may close it as well as open it).
// A /…/gm regex that begins with ^ is tried by V8 at every character of the page, failing
// the ^ at all but a few; these helpers try it at the starts of lines only.

/** The offsets where a multiline regex's ^ matches: 0, and after each \n, \r, U+2028 and U+2029. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  if (text.indexOf('\r') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) starts.push(i + 1);
  }
  return starts;
}

/**
 * The matches of `re` in `text`, left to right, each searched for after the one before
 * ends: what `while ((m = re.exec(text)))` finds with the regex global and multiline.
 * `re` must be sticky and multiline, and every match must begin with ^ and be non-empty.
 */
export function lineMatches(re: RegExp, text: string, starts: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let after = 0;
  for (const start of starts) {
    if (start < after) continue;
    re.lastIndex = start;
    const m = re.exec(text);
    if (m) {
      out.push(m);
      after = re.lastIndex;
    }
  }
  return out;
}
