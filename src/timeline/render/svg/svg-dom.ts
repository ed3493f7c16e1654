/**
 * Patches SvgNode trees into a live SVG element with d3-selection's keyed join: elements with
 * the same key are updated in place (so CSS transitions can animate them), new ones are
 * created, missing ones removed. Text goes in as textContent, never as markup.
 */
import { select } from 'd3';
import type { SvgNode } from './svg-node.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** What each element last got, to skip unchanged attributes and drop stale ones. */
const applied = new WeakMap<Element, SvgNode>();

export function patchSvg(parent: Element, nodes: readonly SvgNode[]): void {
  const sel = select(parent)
    .selectChildren<Element, SvgNode | undefined>()
    .data<SvgNode>(nodes as SvgNode[], (d) => (d ? `${d.tag}:${d.key}` : ''))
    .join((enter) => enter.append((d) => document.createElementNS(SVG_NS, d.tag)));
  sel.order();
  sel.each(function (d) {
    update(this, d);
  });
}

function update(node: Element, d: SvgNode): void {
  const prev = applied.get(node);
  if (prev === d) return;
  for (const [k, v] of Object.entries(d.attrs)) {
    const s = String(v);
    if (!prev || String(prev.attrs[k]) !== s) node.setAttribute(k, s);
  }
  if (prev) for (const k of Object.keys(prev.attrs)) if (!(k in d.attrs)) node.removeAttribute(k);
  if (d.text !== undefined) {
    if (node.textContent !== d.text) node.textContent = d.text;
  } else if (d.children) patchSvg(node, d.children);
  else if (prev?.children?.length) patchSvg(node, []);
  applied.set(node, d);
}
