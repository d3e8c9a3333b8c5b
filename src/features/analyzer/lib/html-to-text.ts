/**
 * Turns an HTML mail body into plain text for analysis, without a DOM. The output is only ever
 * analysed and shown as text, so a tag stripper is enough; it is written with indexOf scans
 * (no backtracking regular expressions) so it stays linear on hostile input.
 */

const DROPPED_BLOCKS = ['script', 'style', 'head', 'title', 'noscript', 'template'];
const LINE_BREAK_TAGS = new Set([
  'br',
  'p',
  'div',
  'tr',
  'li',
  'ul',
  'ol',
  'table',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'blockquote',
  'hr',
]);
const CELL_TAGS = new Set(['td', 'th']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  hellip: '…',
  copy: '©',
};

/** Removes `<tag …>…</tag>` blocks (script, style …) including their content. */
function dropBlocks(html: string): string {
  const lower = html.toLowerCase();
  let out = '';
  let position = 0;
  for (;;) {
    let nextStart = -1;
    let nextTag = '';
    for (const tag of DROPPED_BLOCKS) {
      const found = lower.indexOf(`<${tag}`, position);
      if (found !== -1 && (nextStart === -1 || found < nextStart)) {
        const after = lower.charAt(found + tag.length + 1);
        if (
          after === '>' ||
          after === ' ' ||
          after === '\t' ||
          after === '\n' ||
          after === '\r' ||
          after === '/'
        ) {
          nextStart = found;
          nextTag = tag;
        }
      }
    }
    if (nextStart === -1) break;
    out += html.slice(position, nextStart);
    const close = lower.indexOf(`</${nextTag}`, nextStart);
    if (close === -1) return out; // an unclosed script swallows the rest, as in a browser
    const closeEnd = lower.indexOf('>', close);
    position = closeEnd === -1 ? html.length : closeEnd + 1;
  }
  return out + html.slice(position);
}

function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body.charAt(0) === '#') {
      const code =
        body.charAt(1).toLowerCase() === 'x'
          ? parseInt(body.slice(2), 16)
          : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Plain text of an HTML document or fragment. */
export function htmlToText(html: string): string {
  const source = dropBlocks(html);
  let out = '';
  let position = 0;
  for (;;) {
    const open = source.indexOf('<', position);
    if (open === -1) break;
    const next = source.charAt(open + 1);
    if (!/[a-zA-Z/!?]/.test(next)) {
      out += source.slice(position, open + 1);
      position = open + 1;
      continue;
    }
    const close = source.indexOf('>', open);
    if (close === -1) break; // no tag can end after this point: keep the rest as text
    out += source.slice(position, open);
    const name =
      /^\/?([a-zA-Z][a-zA-Z0-9]{0,9})/
        .exec(source.slice(open + 1, Math.min(close, open + 12)))?.[1]
        ?.toLowerCase() ?? '';
    if (LINE_BREAK_TAGS.has(name)) out += '\n';
    else if (CELL_TAGS.has(name)) out += ' ';
    position = close + 1;
  }
  out += source.slice(position);

  return decodeEntities(out)
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
