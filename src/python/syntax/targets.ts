/**
 * Assignment and deletion targets: CPython's names for expressions in error messages
 * (`_PyPegen_get_expr_name`), the search for the first invalid target, and the conversion of
 * a parsed expression into a target with store/del context.
 */
import type { Expr, ExprContext } from './ast';

/** How CPython names an expression in "cannot assign to …" messages. */
export function exprName(e: Expr): string {
  switch (e.kind) {
    case 'Attribute':
      return 'attribute';
    case 'Subscript':
      return 'subscript';
    case 'Starred':
      return 'starred';
    case 'Name':
      return 'name';
    case 'List':
      return 'list';
    case 'Tuple':
      return 'tuple';
    case 'Lambda':
      return 'lambda';
    case 'Call':
      return 'function call';
    case 'BoolOp':
    case 'BinOp':
    case 'UnaryOp':
      return 'expression';
    case 'GeneratorExp':
      return 'generator expression';
    case 'Await':
      return 'await expression';
    case 'Yield':
      return 'yield expression';
    case 'NamedExpr':
      return 'named expression';
    case 'ListComp':
      return 'list comprehension';
    case 'SetComp':
      return 'set comprehension';
    case 'DictComp':
      return 'dict comprehension';
    case 'Dict':
      return 'dict literal';
    case 'Set':
      return 'set display';
    case 'JoinedStr':
    case 'FormattedValue':
      return 'f-string expression';
    case 'Constant':
      if (e.value === null) return 'None';
      if (e.value === true) return 'True';
      if (e.value === false) return 'False';
      return 'literal';
    case 'Ellipsis':
      return 'ellipsis';
    case 'Compare':
      return 'comparison';
    case 'IfExp':
      return 'conditional expression';
    case 'Slice':
      return 'slice';
  }
}

export type TargetKind = 'assign' | 'for' | 'del';

/** The first sub-expression that cannot be a target of this kind, or null if `e` is a valid target. */
export function invalidTarget(e: Expr, kind: TargetKind): Expr | null {
  switch (e.kind) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      return null;
    case 'List':
    case 'Tuple':
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, kind);
        if (bad !== null) return bad;
      }
      return null;
    case 'Starred':
      return kind === 'del' ? e : invalidTarget(e.value, kind);
    case 'Compare':
      // `for x in y in z`: CPython blames the comparison's left side when the first op is `in`.
      if (kind === 'for' && e.ops[0] === 'in') return invalidTarget(e.left, kind);
      return e;
    default:
      return e;
  }
}

/** Rebuilds a valid target with the given context (the parser builds everything as 'load' first). */
export function withContext(e: Expr, ctx: ExprContext): Expr {
  switch (e.kind) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      return { ...e, ctx };
    case 'Starred':
      return { ...e, ctx, value: withContext(e.value, ctx) };
    case 'List':
    case 'Tuple':
      return { ...e, ctx, elts: e.elts.map((x) => withContext(x, ctx)) };
    default:
      return e;
  }
}
