/**
 * The `textwrap` module: wrap/fill/shorten with TextWrapper's chunking and line-filling rules
 * (hyphenated words, long words, max_lines and placeholder), dedent and indent.
 */
import { expandtabs } from '../format/str-pad.ts';
import { attributeError, typeError, valueError } from '../runtime/errors.ts';
import { typeName } from '../runtime/types.ts';
import { interp } from '../runtime/hooks.ts';
import { truthy } from '../runtime/ops.ts';
import { repr } from '../runtime/repr.ts';
import { PyBuiltin, PyList, PyModule, type Value } from '../runtime/values.ts';

const WS = '\\t\\n\\x0b\\x0c\\r ';
const WP = `[\\p{L}\\p{N}_!"'&.,?]`;
const LT = '[\\p{L}_]';
const WORDSEP = new RegExp(
  `([${WS}]+|(?<=${WP})-{2,}(?=[\\p{L}\\p{N}_])|[^${WS}]+?(?:-(?:(?<=${LT}{2}-)|(?<=${LT}-${LT}-))(?=${LT}-?${LT})|(?=[${WS}]|$)|(?<=${WP})(?=-{2,}[\\p{L}\\p{N}_])))`,
  'u',
);
const WORDSEP_SIMPLE = new RegExp(`([${WS}]+)`, 'u');

interface Options {
  width: number;
  initialIndent: string;
  subsequentIndent: string;
  expandTabs: boolean;
  replaceWhitespace: boolean;
  breakLongWords: boolean;
  dropWhitespace: boolean;
  breakOnHyphens: boolean;
  tabsize: number;
  maxLines: number | null;
  placeholder: string;
}

function options(kw: Map<string, Value> | null, width: Value, extra: Partial<Options> = {}): Options {
  const get = (k: string, d: Value): Value => kw?.get(k) ?? d;
  const o: Options = {
    width: width as number,
    initialIndent: get('initial_indent', '') as string,
    subsequentIndent: get('subsequent_indent', '') as string,
    expandTabs: truthy(get('expand_tabs', true)),
    replaceWhitespace: truthy(get('replace_whitespace', true)),
    breakLongWords: truthy(get('break_long_words', true)),
    dropWhitespace: truthy(get('drop_whitespace', true)),
    breakOnHyphens: truthy(get('break_on_hyphens', true)),
    tabsize: get('tabsize', 8) as number,
    maxLines: get('max_lines', null) as number | null,
    placeholder: get('placeholder', ' [...]') as string,
    ...extra,
  };
  if (typeof o.width !== 'number') typeError(`'<=' not supported between instances of '${typeof o.width}' and 'int'`);
  return o;
}


function chunksOf(text: string, o: Options): string[] {
  if (o.expandTabs) text = expandtabs(text, o.tabsize);
  if (o.replaceWhitespace) text = text.replace(/[\t\n\x0b\x0c\r]/g, ' ');
  return text.split(o.breakOnHyphens ? WORDSEP : WORDSEP_SIMPLE).filter((c) => c !== undefined && c !== '');
}

function handleLongWord(chunks: string[], line: string[], curLen: number, width: number, o: Options): void {
  const spaceLeft = width < 1 ? 1 : width - curLen;
  if (o.breakLongWords) {
    let end = spaceLeft;
    const chunk = chunks[chunks.length - 1]!;
    if (o.breakOnHyphens && chunk.length > spaceLeft) {
      const hyphen = chunk.lastIndexOf('-', spaceLeft - 1);
      if (hyphen > 0 && /[^-]/.test(chunk.slice(0, hyphen))) end = hyphen + 1;
    }
    line.push(chunk.slice(0, end));
    chunks[chunks.length - 1] = chunk.slice(end);
  } else if (line.length === 0) {
    line.push(chunks.pop()!);
  }
}

function wrapLines(text: string, o: Options): string[] {
  const lines: string[] = [];
  if (o.width <= 0) valueError(`invalid width ${repr(o.width)} (must be > 0)`);
  if (o.maxLines !== null) {
    const indent = o.maxLines > 1 ? o.subsequentIndent : o.initialIndent;
    if (indent.length + o.placeholder.trimStart().length > o.width) valueError('placeholder too large for max width');
  }
  const chunks = chunksOf(text, o).reverse();
  const blank = (s: string): boolean => s.trim() === '';
  while (chunks.length > 0) {
    const line: string[] = [];
    let curLen = 0;
    const indent = lines.length > 0 ? o.subsequentIndent : o.initialIndent;
    const width = o.width - indent.length;
    if (o.dropWhitespace && blank(chunks[chunks.length - 1]!) && lines.length > 0) chunks.pop();
    while (chunks.length > 0) {
      const l = chunks[chunks.length - 1]!.length;
      if (curLen + l > width) break;
      line.push(chunks.pop()!);
      curLen += l;
    }
    if (chunks.length > 0 && chunks[chunks.length - 1]!.length > width) {
      handleLongWord(chunks, line, curLen, width, o);
      curLen = line.reduce((n, c) => n + c.length, 0);
    }
    if (o.dropWhitespace && line.length > 0 && blank(line[line.length - 1]!)) curLen -= line.pop()!.length;
    if (line.length === 0) continue;
    const fits =
      o.maxLines === null ||
      lines.length + 1 < o.maxLines ||
      ((chunks.length === 0 || (o.dropWhitespace && chunks.length === 1 && blank(chunks[0]!))) && curLen <= width);
    if (fits) {
      lines.push(indent + line.join(''));
      continue;
    }
    let placed = false;
    while (line.length > 0) {
      if (!blank(line[line.length - 1]!) && curLen + o.placeholder.length <= width) {
        line.push(o.placeholder);
        lines.push(indent + line.join(''));
        placed = true;
        break;
      }
      curLen -= line.pop()!.length;
    }
    if (!placed) {
      const prev = lines.length > 0 ? lines[lines.length - 1]!.trimEnd() : null;
      if (prev !== null && prev.length + o.placeholder.length <= o.width) lines[lines.length - 1] = prev + o.placeholder;
      else lines.push(indent + o.placeholder.trimStart());
    }
    break;
  }
  return lines;
}

/** The text argument: CPython's first use of it decides the error a non-str gets. */
function textArg(v: Value, firstMethod: string | null = null): string {
  if (typeof v === 'string') return v;
  if (firstMethod !== null) attributeError(`'${typeName(v)}' object has no attribute '${firstMethod}'`);
  return typeError(`expected string or bytes-like object, got '${typeName(v)}'`);
}

function dedent(text: string): string {
  text = text.replace(/^[ \t]+$/gm, '');
  let margin: string | null = null;
  for (const m of text.matchAll(/^([ \t]*)[^ \t\n]/gm)) {
    const ind = m[1]!;
    if (margin === null) margin = ind;
    else if (ind.startsWith(margin)) continue;
    else if (margin.startsWith(ind)) margin = ind;
    else {
      let i = 0;
      while (i < margin.length && i < ind.length && margin[i] === ind[i]) i++;
      margin = margin.slice(0, i);
    }
  }
  if (margin) text = text.replace(new RegExp(`^${margin}`, 'gm'), '');
  return text;
}

function indent(text: string, prefix: string, predicate: Value): string {
  const lines = text.match(/[^\n\r]*(?:\r\n|\n|\r|$)/g)!.filter((l) => l !== '');
  return lines.map((l) => ((predicate === null ? l.trim() !== '' : truthy(interp.call(predicate, [l]))) ? prefix + l : l)).join('');
}

export function makeTextwrapModule(): PyModule {
  const width = (a: Value[], kw: Map<string, Value> | null): Value => a[1] ?? kw?.get('width') ?? 70;
  return new PyModule(
    'textwrap',
    new Map<string, Value>([
      ['wrap', new PyBuiltin('wrap', (a, kw) => new PyList(wrapLines(textArg(a[0], 'expandtabs'), options(kw, width(a, kw)))))],
      ['fill', new PyBuiltin('fill', (a, kw) => wrapLines(textArg(a[0], 'expandtabs'), options(kw, width(a, kw))).join('\n'))],
      [
        'shorten',
        new PyBuiltin('shorten', (a, kw) => {
          const w = a[1] ?? kw?.get('width');
          if (w === undefined) typeError("shorten() missing 1 required positional argument: 'width'");
          const text = textArg(a[0], 'strip').trim().split(/\s+/).join(' ');
          return wrapLines(text, options(kw, w, { maxLines: 1 })).join('\n');
        }),
      ],
      ['dedent', new PyBuiltin('dedent', (a) => dedent(textArg(a[0])))],
      ['indent', new PyBuiltin('indent', (a, kw) => indent(textArg(a[0], 'splitlines'), a[1] === undefined ? textArg(kw?.get('prefix')) : String(a[1]), a[2] ?? kw?.get('predicate') ?? null))],
    ]),
  );
}
