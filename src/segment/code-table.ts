// A set of characters as a table over UTF-16 code units: a scan asks at every character of a
// page (is this a digit, a space, a punctuation mark?), and `set.has(text[i])` would cut a
// one-character string each time (V8 keeps them for Latin-1 only, not for 年 or ，).

/** 1 at the code of each character of `chars`, and of each character `test` accepts. */
export function codeTable(chars: Iterable<string>, test?: (c: string) => boolean): Uint8Array {
  const t = new Uint8Array(65536);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  if (test) for (let code = 0; code < 65536; code++) if (test(String.fromCharCode(code))) t[code] = 1;
  return t;
}
