// The text of an HTML page, as a reader sees it: scripts, styles and other
// invisible parts dropped, block elements on lines of their own, entities decoded,
// whitespace collapsed the way a browser does. Offsets of facts refer to this text.
import { createRequire } from 'node:module';

// htmlparser2 is needed only for pages: loaded then, not at every start.
const require = createRequire(import.meta.url);

export interface HtmlText {
  /** The visible text: the string every offset refers to. */
  readonly text: string;
  /** The page's `<title>`, whitespace collapsed, or null. */
  readonly title: string | null;
}

/** Elements whose content is never shown. */
const HIDDEN = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'select',
  'datalist',
]);

/** Elements that start and end a line. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'option',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

/** Table cells: separated by a tab on their row, as a browser copies them. */
const CELL = new Set(['td', 'th']);

/**
 * CJK characters (and their punctuation and full-width forms): a line break in the
 * source between two of them is dropped, not turned into a space (CSS Text 3).
 */
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;

const WHITESPACE = /([^ \t\n\r\f]+)|([ \t\n\r\f]+)/g;

/** Whether decoded text is an HTML page (or a fragment of one) rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /^(?:\uFEFF|\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section|table|h[1-6])[\s>/]/i.test(
    text.slice(0, 4096),
  );
}

export function htmlToText(html: string): HtmlText {
  const out: string[] = [];
  /** Last character written, for whitespace decisions without joining `out`. */
  let last = '';
  let hidden = 0;
  let pre = 0;
  let inTitle = 0;
  let title = '';
  /** Collapsible whitespace seen since the last character: none, a space, or a source line break. */
  let space: '' | ' ' | '\n' = '';
  /** A line break owed before the next character (block boundary), or a cell separator. */
  let owed: '' | '\t' | '\n' = '';

  const write = (s: string) => {
    if (s.length === 0) return;
    out.push(s);
    last = s[s.length - 1]!;
  };
  const startOfLine = () => last === '' || last === '\n';

  const word = (w: string) => {
    if (owed === '\n' && !startOfLine()) write('\n');
    else if (owed === '\t' && !startOfLine()) write('\t');
    else if (space && !startOfLine() && last !== '\t' && !(space === '\n' && WIDE.test(last) && WIDE.test(w[0]!)))
      write(' ');
    owed = '';
    space = '';
    write(w);
  };

  const parser = new (require('htmlparser2') as typeof import('htmlparser2')).Parser(
    {
      onopentag(name) {
        if (name === 'title') inTitle++;
        if (HIDDEN.has(name) || name === 'title') {
          hidden++;
          return;
        }
        if (hidden) return;
        if (name === 'pre' || name === 'textarea') pre++;
        if (name === 'br') {
          write('\n');
          owed = '';
          space = '';
        } else if (BLOCK.has(name)) owed = '\n';
        else if (CELL.has(name) && owed !== '\n') owed = '\t';
      },
      onclosetag(name) {
        if (name === 'title') inTitle--;
        if (HIDDEN.has(name) || name === 'title') {
          hidden--;
          return;
        }
        if (hidden) return;
        if (name === 'pre' || name === 'textarea') pre--;
        if (BLOCK.has(name)) owed = '\n';
      },
      ontext(data) {
        if (inTitle > 0) {
          title += data;
          return;
        }
        if (hidden) return;
        if (pre > 0) {
          word(data.replace(/\r\n?/g, '\n'));
          return;
        }
        for (const m of data.matchAll(WHITESPACE)) {
          if (m[1]) word(m[1]);
          else if (space !== '\n') space = /[\n\r]/.test(m[2]!) ? '\n' : ' ';
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  const t = title.replace(/\s+/g, ' ').trim();
  return { text: out.join(''), title: t || null };
}
