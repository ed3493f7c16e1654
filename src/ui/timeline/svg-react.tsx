/** Renders a static SvgNode tree (pattern defs, legend swatches) as React elements. */
import { createElement, type ReactElement } from 'react';
import type { SvgNode } from '../../timeline/render/svg/svg-node.ts';

const REACT_ATTR: Record<string, string> = { class: 'className', 'stroke-width': 'strokeWidth', 'text-anchor': 'textAnchor' };

export function svgToReact(node: SvgNode): ReactElement {
  const props: Record<string, unknown> = { key: node.key };
  for (const [k, v] of Object.entries(node.attrs)) {
    if (k === 'style') props.style = styleObject(String(v));
    else props[REACT_ATTR[k] ?? k] = v;
  }
  const kids = node.text !== undefined ? [node.text] : (node.children ?? []).map(svgToReact);
  return createElement(node.tag, props, ...kids);
}

function styleObject(css: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const decl of css.split(';')) {
    const i = decl.indexOf(':');
    if (i < 0) continue;
    const prop = decl.slice(0, i).trim();
    const key = prop.startsWith('--') ? prop : prop.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    out[key] = decl.slice(i + 1).trim();
  }
  return out;
}
