/**
 * A small XML element tree: read the chart renderer's SVG text into it, and write it back
 * out. The reader takes the regular subset that renderer writes (a declaration, comments,
 * elements with double-quoted attributes, text with the five named entities and numeric
 * ones) and refuses anything else, so a change there fails a test instead of a user's file.
 * The writer escapes all text and drops characters XML 1.0 forbids (a task name may hold
 * any code point; one control character would make the whole file unreadable).
 */

export interface XmlElement {
  readonly tag: string;
  /** Attribute order is kept: it makes the output stable and diffable. */
  attrs: Map<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | { readonly text: string };

export function isElement(n: XmlNode): n is XmlElement {
  return 'tag' in n;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string, at: number): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);|&/g, (whole, ref: string | undefined) => {
    if (ref === undefined) throw new SyntaxError(`bare & in SVG text near offset ${at}`);
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    const named = NAMED[ref];
    if (named === undefined) throw new SyntaxError(`unknown entity ${whole} in SVG text near offset ${at}`);
    return named;
  });
}

const NAME = /[A-Za-z_][\w:.-]*/y;
const ATTR = /\s+([A-Za-z_][\w:.-]*)="([^"]*)"/y;

/** Parses one document and returns its root element. */
export function parseXml(src: string): XmlElement {
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  while (i < src.length) {
    if (src.startsWith('<?', i) || src.startsWith('<!--', i)) {
      const close = src.startsWith('<?', i) ? '?>' : '-->';
      const end = src.indexOf(close, i);
      if (end < 0) throw new SyntaxError(`unclosed ${close === '?>' ? 'declaration' : 'comment'} at offset ${i}`);
      i = end + close.length;
      continue;
    }
    if (src.startsWith('</', i)) {
      NAME.lastIndex = i + 2;
      const m = NAME.exec(src);
      const open = stack.pop();
      if (!m || !open || open.tag !== m[0] || src[NAME.lastIndex] !== '>') throw new SyntaxError(`mismatched closing tag at offset ${i}`);
      dropIndentation(open);
      i = NAME.lastIndex + 1;
      continue;
    }
    if (src[i] === '<') {
      NAME.lastIndex = i + 1;
      const m = NAME.exec(src);
      if (!m) throw new SyntaxError(`unsupported markup at offset ${i}`);
      const el: XmlElement = { tag: m[0], attrs: new Map(), children: [] };
      let j = NAME.lastIndex;
      for (;;) {
        ATTR.lastIndex = j;
        const a = ATTR.exec(src);
        if (!a) break;
        el.attrs.set(a[1]!, decode(a[2]!, j));
        j = ATTR.lastIndex;
      }
      const selfClosing = src.startsWith('/>', j);
      if (!selfClosing && src[j] !== '>') throw new SyntaxError(`malformed tag <${el.tag}> at offset ${i}`);
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(el);
      else if (root) throw new SyntaxError('more than one root element');
      else root = el;
      if (!selfClosing) stack.push(el);
      i = j + (selfClosing ? 2 : 1);
      continue;
    }
    const next = src.indexOf('<', i);
    const end = next < 0 ? src.length : next;
    const raw = src.slice(i, end);
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push({ text: decode(raw, i) });
    else if (raw.trim() !== '') throw new SyntaxError(`text outside the root element at offset ${i}`);
    i = end;
  }
  if (!root || stack.length > 0) throw new SyntaxError('unterminated SVG document');
  return root;
}

/** Whitespace between child elements is layout of the file, not content; a lone text child is kept whole. */
function dropIndentation(el: XmlElement): void {
  if (el.children.some(isElement)) el.children = el.children.filter((c) => isElement(c) || c.text.trim() !== '');
}

// Tab, newline and carriage return are the only C0 controls XML 1.0 allows; lone surrogates
// and U+FFFE/U+FFFF are not characters at all. Each becomes the replacement character.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in XML content and in double-quoted attributes. */
export function escapeText(s: string): string {
  return s.replace(FORBIDDEN, '\uFFFD').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export function serializeXml(node: XmlNode, indent = ''): string {
  if (!isElement(node)) return escapeText(node.text);
  let s = `${indent}<${node.tag}`;
  for (const [k, v] of node.attrs) s += ` ${k}="${escapeText(v)}"`;
  if (node.children.length === 0) return `${s}/>`;
  // Elements holding text are written on one line: whitespace inside <text> would show.
  if (node.children.some((c) => !isElement(c))) return `${s}>${node.children.map((c) => serializeXml(c)).join('')}</${node.tag}>`;
  return `${s}>\n${node.children.map((c) => serializeXml(c, indent + '  ')).join('\n')}\n${indent}</${node.tag}>`;
}
