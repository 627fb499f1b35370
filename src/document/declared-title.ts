// A title declared apart from a text (a collection record's `title`, an HTML page's
// `<title>`), as the line a page would open with: one line, without the site's name a
// `<title>` adds (国家统计局：5月份国民经济保持稳定恢复_新闻_央视网 → 国家统计局：5月份国民经济保持稳定恢复).
import { countCjk } from './normalize.js';

/** How far into a text a line repeating the title is looked for (the headline printed over the body). */
const HEAD = 3000;

/** What separates a `<title>`'s headline from the names of the site and its channel after it. */
const SITE_SEPARATOR = /\s*(?:[_|｜]|\s[-–—]\s)\s*/;

/** The longest trailing part read as a site's or a channel's name (凤凰网青岛, 新闻中心), not a second clause. */
const SITE_NAME = 16;

/** A headline says something: this many Chinese characters at least. */
const HEADLINE_CJK = 4;

/**
 * The declared title as a heading line: whitespace (a line break in a record's title)
 * made one space, and the names after a separator cut off when every one of them is
 * short and the headline before them says something (标题_频道_凤凰网 → 标题).
 */
export function headingOf(title: string): string | null {
  const line = title.replace(/\s+/g, ' ').trim();
  const parts = line.split(SITE_SEPARATOR);
  const head = parts[0]!;
  const siteNames = parts.slice(1);
  const cut = siteNames.length > 0 && countCjk(head) >= HEADLINE_CJK && siteNames.every((p) => p.length <= SITE_NAME);
  const heading = cut ? head : line;
  return heading ? heading : null;
}

/** Does a line near the top of the text read as the heading (trimmed), so that the text holds its own title? */
export function holdsLine(text: string, heading: string): boolean {
  const head = text.slice(0, HEAD);
  for (let at = head.indexOf(heading); at >= 0; at = head.indexOf(heading, at + 1)) {
    const lineStart = head.lastIndexOf('\n', at - 1) + 1;
    const nl = head.indexOf('\n', at + heading.length);
    const lineEnd = nl < 0 ? head.length : nl;
    if (head.slice(lineStart, at).trim() === '' && head.slice(at + heading.length, lineEnd).trim() === '') return true;
  }
  return false;
}
