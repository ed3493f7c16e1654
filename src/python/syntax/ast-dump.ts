/**
 * A compact, one-line rendering of the syntax tree for tests and debugging, e.g.
 * `(Assign [(Name x)] (BinOp + (Int 1) (Float 2.0)))`. Spans are left out.
 */
import type { Arguments, Expr, Module, Pattern, Stmt } from './ast';

type Dumpable = Expr | Stmt | Module;

function list(items: readonly Dumpable[]): string {
  return `[${items.map(dump).join(' ')}]`;
}

function opt(e: Expr | null): string {
  return e === null ? '-' : dump(e);
}

function args(a: Arguments): string {
  const parts: string[] = [];
  const one = (prefix: string, x: { name: string; default: Expr | null }) => parts.push(prefix + x.name + (x.default !== null ? '=' + dump(x.default) : ''));
  a.posonlyargs.forEach((x) => one('', x));
  if (a.posonlyargs.length > 0) parts.push('/');
  a.args.forEach((x) => one('', x));
  if (a.vararg !== null) one('*', a.vararg);
  else if (a.kwonlyargs.length > 0) parts.push('*');
  a.kwonlyargs.forEach((x) => one('', x));
  if (a.kwarg !== null) one('**', a.kwarg);
  return `(${parts.join(' ')})`;
}

export function dump(n: Dumpable): string {
  switch (n.kind) {
    case 'Module':
      return list(n.body);
    case 'Constant':
      if (typeof n.value === 'number') return n.isFloat ? `(Float ${Number.isInteger(n.value) ? n.value.toFixed(1) : n.value})` : `(Int ${n.value})`;
      if (typeof n.value === 'bigint') return `(Int ${n.value})`;
      if (typeof n.value === 'string') return `(Str ${JSON.stringify(n.value)})`;
      if (n.value instanceof Uint8Array) return `(Bytes ${JSON.stringify(Array.from(n.value))})`;
      return `(${n.value === null ? 'None' : n.value ? 'True' : 'False'})`;
    case 'Ellipsis':
      return '(...)';
    case 'Name':
      return n.ctx === 'load' ? `(Name ${n.id})` : `(Name ${n.id} ${n.ctx})`;
    case 'Attribute':
      return `(Attribute ${dump(n.value)} ${n.attr}${n.ctx === 'load' ? '' : ' ' + n.ctx})`;
    case 'Subscript':
      return `(Subscript ${dump(n.value)} ${dump(n.slice)}${n.ctx === 'load' ? '' : ' ' + n.ctx})`;
    case 'Slice':
      return `(Slice ${opt(n.lower)} ${opt(n.upper)} ${opt(n.step)})`;
    case 'Call': {
      const kws = n.keywords.map((k) => `${k.arg === null ? '**' : k.arg + '='}${dump(k.value)}`);
      return `(Call ${dump(n.func)} ${list(n.args)}${kws.length > 0 ? ' ' + kws.join(' ') : ''})`;
    }
    case 'BinOp':
      return `(BinOp ${n.op} ${dump(n.left)} ${dump(n.right)})`;
    case 'UnaryOp':
      return `(UnaryOp ${n.op} ${dump(n.operand)})`;
    case 'BoolOp':
      return `(BoolOp ${n.op} ${n.values.map(dump).join(' ')})`;
    case 'Compare':
      return `(Compare ${dump(n.left)} ${n.ops.map((op, i) => `${op} ${dump(n.comparators[i]!)}`).join(' ')})`;
    case 'IfExp':
      return `(IfExp ${dump(n.test)} ${dump(n.body)} ${dump(n.orelse)})`;
    case 'Lambda':
      return `(Lambda ${args(n.args)} ${dump(n.body)})`;
    case 'Await':
      return `(Await ${dump(n.value)})`;
    case 'NamedExpr':
      return `(NamedExpr ${n.target} ${dump(n.value)})`;
    case 'Yield':
      return `(${n.isFrom ? 'YieldFrom' : 'Yield'}${n.value === null ? '' : ' ' + dump(n.value)})`;
    case 'List':
      return `(List ${list(n.elts)}${n.ctx === 'load' ? '' : ' ' + n.ctx})`;
    case 'Tuple':
      return `(Tuple ${list(n.elts)}${n.ctx === 'load' ? '' : ' ' + n.ctx})`;
    case 'Set':
      return `(Set ${list(n.elts)})`;
    case 'Dict':
      return `(Dict ${n.keys.map((k, i) => `${k === null ? '**' : dump(k) + ':'}${dump(n.values[i]!)}`).join(' ')})`;
    case 'ListComp':
    case 'SetComp':
    case 'GeneratorExp':
      return `(${n.kind} ${dump(n.elt)} ${comps(n.generators)})`;
    case 'DictComp':
      return `(DictComp ${dump(n.key)}:${dump(n.value)} ${comps(n.generators)})`;
    case 'Starred':
      return `(Starred ${dump(n.value)}${n.ctx === 'load' ? '' : ' ' + n.ctx})`;
    case 'JoinedStr':
      return `(JoinedStr ${list(n.values)})`;
    case 'FormattedValue':
      return `(FormattedValue ${dump(n.value)} ${n.conversion ?? '-'} ${n.formatSpec === null ? '-' : dump(n.formatSpec)})`;
    case 'Expr':
      return `(Expr ${dump(n.value)})`;
    case 'Assign':
      return `(Assign ${list(n.targets)} ${dump(n.value)})`;
    case 'AugAssign':
      return `(AugAssign ${dump(n.target)} ${n.op}= ${dump(n.value)})`;
    case 'AnnAssign':
      return `(AnnAssign ${dump(n.target)} ${dump(n.annotation)} ${opt(n.value)})`;
    case 'Return':
      return `(Return ${opt(n.value)})`;
    case 'Pass':
    case 'Break':
    case 'Continue':
      return `(${n.kind})`;
    case 'If':
    case 'While':
      return `(${n.kind} ${dump(n.test)} ${list(n.body)} ${list(n.orelse)})`;
    case 'For':
    case 'AsyncFor':
      return `(${n.kind} ${dump(n.target)} ${dump(n.iter)} ${list(n.body)} ${list(n.orelse)})`;
    case 'Try': {
      const hs = n.handlers.map((h) => `(except ${opt(h.type)}${h.name !== null ? ' as ' + h.name : ''} ${list(h.body)})`);
      return `(Try ${list(n.body)} [${hs.join(' ')}] ${list(n.orelse)} ${list(n.finalbody)})`;
    }
    case 'Raise':
      return `(Raise ${opt(n.exc)} ${opt(n.cause)})`;
    case 'Assert':
      return `(Assert ${dump(n.test)} ${opt(n.msg)})`;
    case 'Import':
      return `(Import ${n.names.map((a) => a.name + (a.asname !== null ? ' as ' + a.asname : '')).join(', ')})`;
    case 'ImportFrom':
      return `(ImportFrom ${'.'.repeat(n.level)}${n.module} ${n.names.map((a) => a.name + (a.asname !== null ? ' as ' + a.asname : '')).join(', ')})`;
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      return `(${n.kind} ${n.name} ${args(n.args)} ${list(n.body)})`;
    case 'ClassDef': {
      const kws = n.keywords.map((k) => ` ${k.arg === null ? '**' : k.arg + '='}${dump(k.value)}`).join('');
      return `(ClassDef ${n.name} ${list(n.bases)}${kws} ${list(n.body)})`;
    }
    case 'Global':
    case 'Nonlocal':
      return `(${n.kind} ${n.names.join(' ')})`;
    case 'Delete':
      return `(Delete ${list(n.targets)})`;
    case 'Match': {
      const cases = n.cases.map((k) => `(case ${pattern(k.pattern)}${k.guard !== null ? ' if ' + dump(k.guard) : ''} ${list(k.body)})`);
      return `(Match ${dump(n.subject)} [${cases.join(' ')}])`;
    }
    case 'With':
    case 'AsyncWith': {
      const items = n.items.map((i) => (i.optionalVars === null ? dump(i.contextExpr) : `${dump(i.contextExpr)} as ${dump(i.optionalVars)}`));
      return `(AsyncWith [${items.join(' ')}] ${list(n.body)})`;
    }
  }
}

function comps(gs: readonly { target: Expr; iter: Expr; ifs: readonly Expr[] }[]): string {
  return gs.map((g) => `(for ${dump(g.target)} in ${dump(g.iter)}${g.ifs.map((x) => ' if ' + dump(x)).join('')})`).join(' ');
}

function pattern(p: Pattern): string {
  switch (p.kind) {
    case 'MatchValue':
      return `(Value ${dump(p.value)})`;
    case 'MatchSingleton':
      return `(Singleton ${String(p.value)})`;
    case 'MatchSequence':
      return `(Sequence ${p.patterns.map(pattern).join(' ')})`;
    case 'MatchMapping':
      return `(Mapping ${p.keys.map((k, i) => `${dump(k)}:${pattern(p.patterns[i]!)}`).join(' ')}${p.rest !== null ? ' **' + p.rest : ''})`;
    case 'MatchClass':
      return `(Class ${dump(p.cls)} ${[...p.patterns.map(pattern), ...p.kwdAttrs.map((a, i) => `${a}=${pattern(p.kwdPatterns[i]!)}`)].join(' ')})`;
    case 'MatchStar':
      return `(Star ${p.name ?? '_'})`;
    case 'MatchAs':
      return p.pattern === null ? `(As ${p.name ?? '_'})` : `(As ${pattern(p.pattern)} ${p.name})`;
    case 'MatchOr':
      return `(Or ${p.patterns.map(pattern).join(' ')})`;
  }
}
