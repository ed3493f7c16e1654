/**
 * The checks CPython's compiler makes on a `case` pattern, in the order it makes them, with its
 * messages: a capture or wildcard that makes later cases unreachable, a name bound twice,
 * alternatives that bind different names, repeated class-pattern attributes, two starred names
 * in one sequence, duplicate literal keys in a mapping.
 */
import type { Expr, MatchCase, Pattern, SourceSpan } from './ast';
import { reprStr } from '../format/string-repr';
import type { LineMap, PySyntaxError } from './syntax-error';

export function checkCase(k: MatchCase, isLast: boolean, lines: LineMap): void {
  new PatternChecker(lines).run(k.pattern, k.guard !== null || isLast);
}

class PatternChecker {
  private stores: string[] = [];
  /** The pattern visited last: CPython's compiler reports at the location it set last. */
  private last: SourceSpan | null = null;

  constructor(private readonly lines: LineMap) {}

  private error(message: string, span: SourceSpan): PySyntaxError {
    return this.lines.errorAt(message, span.from, span.to);
  }

  run(p: Pattern, allowIrrefutable: boolean): void {
    this.pattern(p, allowIrrefutable);
  }

  private store(name: string | null, span: SourceSpan): void {
    if (name === null) return;
    if (this.stores.includes(name)) throw this.error(`multiple assignments to name '${name}' in pattern`, this.last ?? span);
    this.stores.push(name);
  }

  private pattern(p: Pattern, allowIrrefutable: boolean): void {
    this.last = p.span;
    switch (p.kind) {
      case 'MatchValue':
      case 'MatchSingleton':
        return;
      case 'MatchAs':
        if (p.pattern === null) {
          if (!allowIrrefutable) {
            throw this.error(p.name !== null ? `name capture '${p.name}' makes remaining patterns unreachable` : 'wildcard makes remaining patterns unreachable', p.span);
          }
          this.store(p.name, p.span);
          return;
        }
        // The sub-pattern may be irrefutable only where the whole `as` pattern may be.
        this.pattern(p.pattern, allowIrrefutable);
        this.store(p.name, p.span);
        return;
      case 'MatchStar':
        this.store(p.name, p.span);
        return;
      case 'MatchSequence':
        if (p.patterns.filter((x) => x.kind === 'MatchStar').length > 1) throw this.error('multiple starred names in sequence pattern', p.span);
        for (const x of p.patterns) this.pattern(x, true);
        return;
      case 'MatchMapping': {
        const seen: string[] = [];
        for (const k of p.keys) {
          const key = literalKey(k);
          if (key === null) continue;
          if (seen.includes(key.id)) throw this.error(`mapping pattern checks duplicate key (${key.repr})`, p.span);
          seen.push(key.id);
        }
        for (const x of p.patterns) this.pattern(x, true);
        this.store(p.rest, p.span);
        return;
      }
      case 'MatchClass':
        p.kwdAttrs.forEach((a, i) => {
          if (p.kwdAttrs.indexOf(a) < i) throw this.error(`attribute name repeated in class pattern: ${a}`, p.kwdPatterns[i]!.span);
        });
        for (const x of [...p.patterns, ...p.kwdPatterns]) this.pattern(x, true);
        return;
      case 'MatchOr': {
        const before = this.stores;
        let control: string[] | null = null;
        p.patterns.forEach((alt, i) => {
          this.stores = [...before];
          this.pattern(alt, i === p.patterns.length - 1 && allowIrrefutable);
          const bound = this.stores.slice(before.length);
          if (control === null) control = bound;
          else if (bound.length !== control.length || !bound.every((n) => control!.includes(n))) {
            throw this.error('alternative patterns bind different names', this.last ?? alt.span);
          }
        });
        this.stores = [...before, ...(control ?? [])];
        return;
      }
    }
  }
}

/** A literal mapping key as CPython's duplicate check sees it (equal values collide: 1, 1.0, True). */
function literalKey(k: Expr): { id: string; repr: string } | null {
  if (k.kind === 'Constant') {
    const v = k.value;
    if (typeof v === 'string') return { id: `s${v}`, repr: reprStr(v) };
    if (v === null) return { id: 'None', repr: 'None' };
    if (typeof v === 'boolean') return { id: `n${Number(v)}`, repr: v ? 'True' : 'False' };
    return { id: `n${v}`, repr: k.isFloat && typeof v === 'number' ? floatText(v) : String(v) };
  }
  if (k.kind === 'UnaryOp' && k.op === '-' && k.operand.kind === 'Constant' && typeof k.operand.value === 'number') {
    const v = -k.operand.value;
    return { id: `n${v}`, repr: k.operand.isFloat ? floatText(v) : String(v) };
  }
  return null;
}

function floatText(v: number): string {
  return Number.isInteger(v) ? `${v}.0` : String(v);
}
