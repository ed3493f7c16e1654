/**
 * A tiny description of SVG elements. The scene builder produces it once; the string renderer
 * serialises it (golden tests, SVG export) and the DOM renderer patches it into a live <svg>,
 * so both show exactly the same picture. Text is always a text node, never markup.
 */
export interface SvgNode {
  readonly tag: string;
  /** Stable identity among siblings, so that the DOM patcher moves elements instead of recreating them. */
  readonly key: string;
  readonly attrs: Readonly<Record<string, string | number>>;
  readonly text?: string;
  readonly children?: readonly SvgNode[];
}

export function el(tag: string, key: string, attrs: Record<string, string | number>, children?: readonly SvgNode[], text?: string): SvgNode {
  return children === undefined && text === undefined ? { tag, key, attrs } : { tag, key, attrs, ...(children ? { children } : {}), ...(text !== undefined ? { text } : {}) };
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESC[c]);
}

/** Pixel coordinates with two decimals: crisp enough, and stable across platforms for golden files. */
export function px(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Seconds as plain numbers for data attributes, without float noise (2.8000000000000003 → 2.8). */
export function sec(n: number): string {
  return String(Number(n.toFixed(9)));
}

export function serialize(node: SvgNode, indent = ''): string {
  let s = `${indent}<${node.tag}`;
  for (const [k, v] of Object.entries(node.attrs)) s += ` ${k}="${escapeXml(String(v))}"`;
  const kids = node.children ?? [];
  if (kids.length === 0 && node.text === undefined) return `${s}/>`;
  s += '>';
  if (node.text !== undefined) s += escapeXml(node.text);
  if (kids.length > 0) {
    s += '\n' + kids.map((k) => serialize(k, indent + '  ')).join('\n') + `\n${indent}`;
  }
  return `${s}</${node.tag}>`;
}
