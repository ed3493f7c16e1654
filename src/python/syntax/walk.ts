/**
 * The one place that knows every node kind's children. Passes that care about only a few kinds
 * (the resolver, the placement checks) handle those and hand every other node here, so a new
 * node kind fails to compile until this switch covers it, instead of being skipped silently.
 *
 * Children come in CPython's `_fields` order, which is also the order its symbol-table pass
 * visits them in; error order depends on it (`a[x] = y` visits the target before the value).
 */
import type { Arg, Arguments, Node, Stmt } from './ast';

/** Every parameter of a signature, in CPython's order: positional-only, positional, *args, keyword-only, **kwargs. */
export function allParams(a: Arguments): Arg[] {
  const all = [...a.posonlyargs, ...a.args];
  if (a.vararg !== null) all.push(a.vararg);
  all.push(...a.kwonlyargs);
  if (a.kwarg !== null) all.push(a.kwarg);
  return all;
}

/**
 * The statement lists `node` holds directly, in source order: a body, an `else`, a `finally`, a
 * handler's or a case's body. Empty lists (an absent `else`) are left out.
 */
export function statementLists(node: Node): (readonly Stmt[])[] {
  let lists: (readonly Stmt[])[];
  switch (node.kind) {
    case 'Module':
    case 'FunctionDef':
    case 'AsyncFunctionDef':
    case 'ClassDef':
    case 'With':
    case 'AsyncWith':
    case 'ExceptHandler':
    case 'match_case':
      lists = [node.body];
      break;
    case 'If':
    case 'While':
    case 'For':
    case 'AsyncFor':
      lists = [node.body, node.orelse];
      break;
    case 'Try':
      lists = [node.body, node.orelse, node.finalbody];
      break;
    default:
      return [];
  }
  return lists.filter((l) => l.length > 0);
}

/** Calls `visit` on each direct child node of `node`, in source field order. */
export function forEachChild(node: Node, visit: (child: Node) => void): void {
  switch (node.kind) {
    case 'Module':
      return each(node.body, visit);

    // Statements
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      each(allParams(node.args), visit);
      each(node.body, visit);
      each(node.decorators, visit);
      return opt(node.returns, visit);
    case 'ClassDef':
      each(node.bases, visit);
      each(node.keywords, visit);
      each(node.body, visit);
      return each(node.decorators, visit);
    case 'Return':
      return opt(node.value, visit);
    case 'Delete':
      return each(node.targets, visit);
    case 'Assign':
      each(node.targets, visit);
      return visit(node.value);
    case 'AugAssign':
      visit(node.target);
      return visit(node.value);
    case 'AnnAssign':
      visit(node.target);
      visit(node.annotation);
      return opt(node.value, visit);
    case 'For':
    case 'AsyncFor':
      visit(node.target);
      visit(node.iter);
      each(node.body, visit);
      return each(node.orelse, visit);
    case 'While':
    case 'If':
      visit(node.test);
      each(node.body, visit);
      return each(node.orelse, visit);
    case 'With':
    case 'AsyncWith':
      each(node.items, visit);
      return each(node.body, visit);
    case 'Match':
      visit(node.subject);
      return each(node.cases, visit);
    case 'Raise':
      opt(node.exc, visit);
      return opt(node.cause, visit);
    case 'Try':
      each(node.body, visit);
      each(node.handlers, visit);
      each(node.orelse, visit);
      return each(node.finalbody, visit);
    case 'Assert':
      visit(node.test);
      return opt(node.msg, visit);
    case 'Import':
    case 'ImportFrom':
      return each(node.names, visit);
    case 'Expr':
      return visit(node.value);
    case 'Global':
    case 'Nonlocal':
    case 'Pass':
    case 'Break':
    case 'Continue':
      return;

    // Expressions
    case 'BoolOp':
      return each(node.values, visit);
    case 'NamedExpr':
      return visit(node.value);
    case 'BinOp':
      visit(node.left);
      return visit(node.right);
    case 'UnaryOp':
      return visit(node.operand);
    case 'Lambda':
      each(allParams(node.args), visit);
      return visit(node.body);
    case 'IfExp':
      visit(node.test);
      visit(node.body);
      return visit(node.orelse);
    case 'Dict':
      for (const k of node.keys) opt(k, visit);
      return each(node.values, visit);
    case 'Set':
    case 'List':
    case 'Tuple':
      return each(node.elts, visit);
    case 'ListComp':
    case 'SetComp':
    case 'GeneratorExp':
      visit(node.elt);
      return each(node.generators, visit);
    case 'DictComp':
      visit(node.key);
      visit(node.value);
      return each(node.generators, visit);
    case 'Await':
      return visit(node.value);
    case 'Yield':
      return opt(node.value, visit);
    case 'Compare':
      visit(node.left);
      return each(node.comparators, visit);
    case 'Call':
      visit(node.func);
      each(node.args, visit);
      return each(node.keywords, visit);
    case 'FormattedValue':
      visit(node.value);
      return opt(node.formatSpec, visit);
    case 'JoinedStr':
      return each(node.values, visit);
    case 'Attribute':
    case 'Starred':
      return visit(node.value);
    case 'Subscript':
      visit(node.value);
      return visit(node.slice);
    case 'Slice':
      opt(node.lower, visit);
      opt(node.upper, visit);
      return opt(node.step, visit);
    case 'Name':
    case 'Constant':
    case 'Ellipsis':
      return;

    // Parts of statements and expressions
    case 'comprehension':
      visit(node.target);
      visit(node.iter);
      return each(node.ifs, visit);
    case 'ExceptHandler':
      opt(node.type, visit);
      return each(node.body, visit);
    case 'arg':
      opt(node.annotation, visit);
      return opt(node.default, visit);
    case 'keyword':
      return visit(node.value);
    case 'withitem':
      visit(node.contextExpr);
      return opt(node.optionalVars, visit);
    case 'match_case':
      visit(node.pattern);
      opt(node.guard, visit);
      return each(node.body, visit);
    case 'alias':
      return;

    // Patterns
    case 'MatchValue':
      return visit(node.value);
    case 'MatchSingleton':
    case 'MatchStar':
      return;
    case 'MatchSequence':
    case 'MatchOr':
      return each(node.patterns, visit);
    case 'MatchMapping':
      each(node.keys, visit);
      return each(node.patterns, visit);
    case 'MatchClass':
      visit(node.cls);
      each(node.patterns, visit);
      return each(node.kwdPatterns, visit);
    case 'MatchAs':
      return opt(node.pattern, visit);
    default:
      return unreachable(node);
  }
}

// Module-level helpers rather than closures: the walker runs for every node of every parse.
function each(nodes: readonly Node[], visit: (child: Node) => void): void {
  for (const n of nodes) visit(n);
}

function opt(n: Node | null | undefined, visit: (child: Node) => void): void {
  if (n !== null && n !== undefined) visit(n);
}

/** Makes the switch above exhaustive: a node kind it misses leaves `node` typed, not `never`. */
function unreachable(node: never): never {
  throw new Error(`internal: no children known for node ${JSON.stringify((node as Node).kind)}`);
}
