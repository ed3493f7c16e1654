/**
 * Turns the chart's class-and-custom-property styling into plain presentation attributes, so
 * the file needs no stylesheet: browsers, Inkscape, slide tools and rasterizers that ignore
 * <style> or `var()` all draw the same picture. The cascade is CSS's (specificity, then
 * order, then the element's own style attribute); values that only some readers understand
 * are rewritten in SVG 1.1 terms: rgba() as a colour plus an opacity, `transparent` as
 * none, and font families as the generic family they fall back to.
 */
import { isElement, type XmlElement } from './xml-tree.ts';

interface Rule {
  /** Compound selectors from outermost ancestor to the element itself. */
  readonly chain: readonly Compound[];
  readonly specificity: number;
  readonly order: number;
  readonly decls: readonly Decl[];
}

interface Compound {
  readonly tag: string | null;
  readonly classes: readonly string[];
}

type Decl = readonly [property: string, value: string];

export function inlineStyles(root: XmlElement): void {
  const rules: Rule[] = [];
  for (const style of root.children.filter((c): c is XmlElement => isElement(c) && c.tag === 'style')) {
    rules.push(...parseRules(style.children.map((c) => ('text' in c ? c.text : '')).join(''), rules.length));
  }
  root.children = root.children.filter((c) => !(isElement(c) && c.tag === 'style'));
  applyTo(root, [], new Map(), rules, true);
}

function parseRules(css: string, firstOrder: number): Rule[] {
  const out: Rule[] = [];
  const body = css.replace(/\/\*[^]*?\*\//g, '');
  for (const m of body.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const decls = parseDecls(m[2]!);
    for (const selector of m[1]!.split(',')) {
      const sel = selector.trim();
      // Hover and focus styles have no meaning in a still picture.
      if (sel.includes(':')) continue;
      const chain = sel.split(/\s+/).map(parseCompound);
      const specificity = chain.reduce((n, c) => n + c.classes.length * 10 + (c.tag ? 1 : 0), 0);
      out.push({ chain, specificity, order: firstOrder + out.length, decls });
    }
  }
  return out;
}

function parseCompound(s: string): Compound {
  const m = /^([a-zA-Z][\w-]*)?((?:\.[\w-]+)*)$/.exec(s);
  if (!m || s === '') throw new Error(`SVG export cannot inline the selector "${s}"`);
  return { tag: m[1] ?? null, classes: m[2] ? m[2].slice(1).split('.') : [] };
}

function parseDecls(text: string): Decl[] {
  const out: Decl[] = [];
  for (const part of text.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const prop = part.slice(0, colon).trim();
    const value = part.slice(colon + 1).trim();
    if (prop && value) out.push([prop, value]);
  }
  return out;
}

interface Scope {
  readonly tag: string;
  readonly classes: ReadonlySet<string>;
}

function applyTo(el: XmlElement, ancestors: readonly Scope[], inherited: ReadonlyMap<string, string>, rules: readonly Rule[], isRoot: boolean): void {
  const self: Scope = { tag: el.tag, classes: new Set((el.attrs.get('class') ?? '').split(/\s+/).filter(Boolean)) };
  const matched = rules.filter((r) => matches(r.chain, self, ancestors)).sort((a, b) => a.specificity - b.specificity || a.order - b.order);
  const decls = [...matched.flatMap((r) => r.decls), ...parseDecls(el.attrs.get('style') ?? '')];
  el.attrs.delete('style');

  const vars = new Map(inherited);
  for (const [p, v] of decls) if (p.startsWith('--')) vars.set(p, v);
  const props = new Map<string, string>();
  for (const [p, v] of decls) {
    if (p.startsWith('--')) continue;
    // A later declaration wins and is written later; a font shorthand resets its longhands.
    if (p === 'font') for (const longhand of FONT_LONGHANDS) props.delete(longhand);
    props.delete(p);
    props.set(p, resolveVars(v, vars));
  }

  for (const [p, v] of props) writeProperty(el, p, v, isRoot);
  for (const child of el.children) if (isElement(child)) applyTo(child, [...ancestors, self], vars, rules, false);
}

function matches(chain: readonly Compound[], self: Scope, ancestors: readonly Scope[]): boolean {
  if (!compoundMatches(chain[chain.length - 1]!, self)) return false;
  // Descendant combinators: each earlier compound must match some ancestor, in order.
  let a = ancestors.length - 1;
  for (let c = chain.length - 2; c >= 0; c--) {
    while (a >= 0 && !compoundMatches(chain[c]!, ancestors[a]!)) a--;
    if (a < 0) return false;
    a--;
  }
  return true;
}

function compoundMatches(c: Compound, s: Scope): boolean {
  return (c.tag === null || c.tag === s.tag) && c.classes.every((k) => s.classes.has(k));
}

function resolveVars(value: string, vars: ReadonlyMap<string, string>, depth = 0): string {
  if (!value.includes('var(')) return value;
  if (depth > 8) throw new Error(`SVG export: custom properties refer to each other in a loop (${value})`);
  const out = value.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g, (_, name: string, fallback: string | undefined) => {
    const v = vars.get(name) ?? fallback;
    if (v === undefined) throw new Error(`SVG export: the custom property ${name} has no value`);
    return v;
  });
  return resolveVars(out, vars, depth + 1);
}

/** Properties that only matter to a pointer over a live page. */
const INTERACTIVE = new Set(['pointer-events', 'cursor', 'user-select', 'transition']);
const COLOR_OPACITY: Record<string, string> = { fill: 'fill-opacity', stroke: 'stroke-opacity', 'stop-color': 'stop-opacity', 'flood-color': 'flood-opacity' };
const FONT_LONGHANDS = ['font-style', 'font-weight', 'font-size', 'font-family'];
const GENERIC = ['sans-serif', 'serif', 'monospace', 'cursive', 'fantasy'];

function writeProperty(el: XmlElement, prop: string, value: string, isRoot: boolean): void {
  if (INTERACTIVE.has(prop)) return;
  if (prop === 'background' || prop === 'background-color') {
    // SVG has no background: the root gets a rectangle under everything, the rest drop it.
    if (isRoot) el.children.unshift({ tag: 'rect', attrs: new Map([['width', el.attrs.get('width') ?? '100%'], ['height', el.attrs.get('height') ?? '100%'], ['fill', value]]), children: [] });
    return;
  }
  if (prop === 'font') {
    const m = /^((?:(?:italic|oblique|normal|bold|bolder|lighter|[1-9]00)\s+)*)([\d.]+(?:px|pt|em|%))(?:\/\S+)?\s+(.+)$/.exec(value);
    if (!m) throw new Error(`SVG export cannot expand the font "${value}"`);
    for (const word of m[1]!.trim().split(/\s+/).filter(Boolean)) {
      if (word === 'italic' || word === 'oblique') el.attrs.set('font-style', word);
      else if (word !== 'normal') el.attrs.set('font-weight', word);
    }
    el.attrs.set('font-size', m[2]!);
    el.attrs.set('font-family', genericFamily(m[3]!));
    return;
  }
  if (prop === 'font-family') {
    el.attrs.set(prop, genericFamily(value));
    return;
  }
  if (prop in COLOR_OPACITY) {
    const { color, alpha } = plainColor(value);
    el.attrs.set(prop, color);
    if (alpha !== null) el.attrs.set(COLOR_OPACITY[prop]!, String(alpha));
    return;
  }
  el.attrs.set(prop, value);
}

/** The generic family a font list ends in: what every reader can map to a font it has. */
function genericFamily(list: string): string {
  const names = list.split(',').map((n) => n.trim().replace(/^["']|["']$/g, '').toLowerCase());
  const generic = names.find((n) => GENERIC.includes(n));
  if (generic) return generic;
  return names.some((n) => n.includes('mono')) ? 'monospace' : 'sans-serif';
}

function plainColor(value: string): { color: string; alpha: number | null } {
  if (value === 'transparent') return { color: 'none', alpha: null };
  const m = /^rgba\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*,\s*([\d.]+)\s*\)$/.exec(value);
  if (!m) return { color: value, alpha: null };
  const hex = [m[1], m[2], m[3]].map((c) => Math.min(255, Number(c)).toString(16).padStart(2, '0')).join('');
  return { color: `#${hex}`, alpha: Number(m[4]) };
}
