/**
 * Expressions → closures: the dispatch on the node's kind. Each family compiles in its own file
 * (names, calls, operators, displays, await, yield); see compiler.ts for the sync/generator split.
 */
import type * as A from '../syntax/ast.ts';
import { Unsupported } from '../runtime/errors.ts';
import { ELLIPSIS } from '../runtime/ellipsis.ts';
import { syncE, type CE, type Compiler } from './compiler.ts';
import { compileLambda } from './function.ts';
import { compileComprehension } from './comprehension.ts';
import { withErrorPosition } from './error-position.ts';
import { attribute, loadName, namedExpr, subscript } from './name-expr.ts';
import { compileCall } from './call-expr.ts';
import { binop, boolop, compare, ifexp, unary } from './operator-expr.ts';
import { awaitExpr } from './await-expr.ts';
import { yieldExpr, yieldFromExpr } from './yield-expr.ts';
import { constant, dict, display, formatted, joinedStr } from './display-expr.ts';

export function compileExpr(c: Compiler, e: A.Expr): CE {
  const ce = compileExprAt(c, e);
  // The kinds that can raise note their position from inside their own closures (error-position.ts);
  // only a class body's names, off any hot path, take the wrapper. Locals stay unnoted (the
  // hottest closures of all): an UnboundLocalError takes the enclosing expression's position.
  return e.kind === 'Name' && c.scope.resolve(e.id).where === 'class' ? withErrorPosition(ce, e) : ce;
}

function compileExprAt(c: Compiler, e: A.Expr): CE {
  switch (e.kind) {
    case 'Constant':
      return constant(e);
    case 'Name':
      return loadName(c, e);
    case 'Attribute':
      return attribute(c, e);
    case 'Subscript':
      return subscript(c, e);
    case 'Call':
      return compileCall(c, e);
    case 'BinOp':
      return binop(c, e);
    case 'UnaryOp':
      return unary(c, e);
    case 'BoolOp':
      return boolop(c, e);
    case 'Compare':
      return compare(c, e);
    case 'IfExp':
      return ifexp(c, e);
    case 'Lambda':
      return syncE(compileLambda(c, e));
    case 'Await':
      return awaitExpr(c, e);
    case 'Yield':
      return e.isFrom ? yieldFromExpr(c, e) : yieldExpr(c, e);
    case 'NamedExpr':
      return namedExpr(c, e);
    case 'List':
    case 'Tuple':
    case 'Set':
      return display(c, e);
    case 'Dict':
      return dict(c, e);
    case 'ListComp':
    case 'SetComp':
    case 'GeneratorExp':
    case 'DictComp':
      return compileComprehension(c, e);
    case 'JoinedStr':
      return joinedStr(c, e);
    case 'FormattedValue':
      return formatted(c, e);
    case 'Ellipsis':
      return syncE(() => ELLIPSIS);
    case 'Starred':
      throw new Unsupported('starred expression is not allowed here', e.span.line);
    case 'Slice':
      throw new Unsupported('slice is not allowed here', e.span.line);
  }
}
