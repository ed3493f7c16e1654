/** `def`, `async def` and `lambda`: compile the body once, make a function object per execution. */
import type * as A from '../syntax/ast.ts';
import type { SourceSpan } from '../../trace/format.ts';
import type { Cell, Value } from '../runtime/values.ts';
import { lift, type CE, type Compiler } from './compiler.ts';
import { compileExpr } from './expr.ts';
import { PyFunction, type CodeInfo, type Frame, type ParamSpec, type SyncExpr } from './frame.ts';
import type { Scope } from '../syntax/resolve/scope.ts';
import { compileBlock } from './stmt.ts';
import { Unsupported } from '../runtime/errors.ts';
import { lazyThreadedBody, plainly } from './threaded.ts';
import { ownedGeneratorLocals } from './owned-generators.ts';
import { annotationsDict, compileAnnotations } from './function-annotations.ts';

function paramSpec(args: A.Arguments): { spec: ParamSpec; defaults: A.Expr[] } {
  const positional = [...args.posonlyargs, ...args.args];
  const defaults: A.Expr[] = [];
  const defaultIndex: number[] = [];
  for (const a of [...positional, ...args.kwonlyargs]) {
    if (a.default) {
      defaultIndex.push(defaults.length);
      defaults.push(a.default);
    } else defaultIndex.push(-1);
  }
  return {
    spec: {
      positional: positional.map((a) => a.name),
      posonlyCount: args.posonlyargs.length,
      vararg: args.vararg?.name ?? null,
      kwonly: args.kwonlyargs.map((a) => a.name),
      kwarg: args.kwarg?.name ?? null,
      defaultIndex,
    },
    defaults,
  };
}

/** Slots of every cell a frame of `owner` holds: its own and those of its inlined comprehensions. */
export function cellSlotsOf(owner: Scope): number[] {
  const out: number[] = [];
  const visit = (s: Scope): void => {
    for (const n of s.cells) {
      const slot = s.slots.get(n);
      if (slot !== undefined) out.push(slot);
    }
    for (const ch of s.children) if (ch.kind === 'comprehension' && ch.frameOwner === owner) visit(ch);
  };
  visit(owner);
  return out;
}

/** Reads, in the defining frame, the cells a new function closes over. */
export function closureBuilder(c: Compiler, inner: Scope): (f: Frame) => Cell[] {
  const getters = inner.freeVars.map((name) => {
    const r = c.scope.closureCell(name);
    if (r.where === 'local') {
      const slot = r.slot;
      return (f: Frame) => f.vars[slot] as Cell;
    }
    if (r.where === 'free') {
      const i = r.index;
      return (f: Frame) => f.closure[i]!;
    }
    throw new Error(`internal: free variable '${name}' has no cell in the defining scope`);
  });
  if (getters.length === 0) return () => [];
  return (f) => getters.map((g) => g(f));
}

/** A body's docstring: its first statement, if that is a string literal. */
export function docstringOf(body: readonly A.Stmt[]): string | null {
  const first = body[0];
  if (first?.kind === 'Expr' && first.value.kind === 'Constant' && typeof first.value.value === 'string') return first.value.value;
  return null;
}

function codeFor(
  c: Compiler,
  node: A.FunctionDef | A.AsyncFunctionDef | A.Lambda,
  name: string,
  isAsync: boolean,
): { code: CodeInfo; defaults: A.Expr[]; scope: Scope } {
  const fs = c.scopeOf(node);
  const { spec, defaults } = paramSpec(node.args);
  const qualName = c.qualPrefix + name;
  const code: CodeInfo = {
    name,
    qualName,
    filename: c.filename,
    // co_firstlineno: a decorated function's code starts at its first decorator.
    line: node.kind !== 'Lambda' && node.decorators.length > 0 ? node.decorators[0]!.span.line : node.span.line,
    params: spec,
    slotCount: 0,
    cellSlots: [],
    isAsync,
    isGenerator: fs.isGenerator,
    ownedSlots: [],
    freeVars: fs.freeVars,
    body: null,
    expr: null,
    doc: node.kind === 'Lambda' ? null : docstringOf(node.body),
  };
  // A def inside a worker's threaded body still gets its usual form (threaded.ts).
  plainly(c, () =>
    c.withScope(fs, `${qualName}.<locals>.`, () => {
      if (node.kind === 'Lambda') {
        if (fs.isGenerator) throw new Unsupported('`yield` inside a lambda is not supported by Taskline', node.span.line);
        const body = compileExpr(c, node.body).s!;
        // The body's line is the lambda's line in tracebacks (a frame starts at line 0).
        const line = node.body.span.line;
        code.expr = (f) => {
          f.line = line;
          return body(f);
        };
      } else {
        fs.ownedGenerators = ownedGeneratorLocals(node, fs);
        (code as { ownedSlots: readonly number[] }).ownedSlots = [...fs.ownedGenerators].map((n) => fs.slots.get(n)!).sort((x, y) => x - y);
        code.body = compileBlock(c, node.body);
      }
    }),
  );
  if (node.kind === 'FunctionDef') code.threaded = lazyThreadedBody(c, node.body, fs, `${qualName}.<locals>.`);
  (code as { slotCount: number }).slotCount = fs.slotCount;
  (code as unknown as { cellSlots: number[] }).cellSlots = cellSlotsOf(fs);
  return { code, defaults, scope: fs };
}

/** An expression that makes the function object (defaults are evaluated each time the def runs). */
export function functionMaker(c: Compiler, node: A.FunctionDef | A.AsyncFunctionDef | A.Lambda, name: string, isAsync: boolean): CE {
  const { code, defaults, scope } = codeFor(c, node, name, isAsync);
  const closure = closureBuilder(c, scope);
  const defaultCEs = defaults.map((d) => compileExpr(c, d));
  const defaultLitSpans: (SourceSpan | undefined)[] = defaults.map((d) =>
    d.kind === 'Constant' && (typeof d.value === 'number' || typeof d.value === 'string') ? d.span : undefined,
  );
  const ann = compileAnnotations(c, node);
  const nd = defaultCEs.length;
  return lift(c, ann === null ? defaultCEs : [...defaultCEs, ...ann.values], (vals) => (f) => {
    const dv: Value[] = vals.slice(0, nd).map((v) => v(f));
    const av = ann === null ? null : vals.slice(nd).map((v) => v(f));
    const fn = new PyFunction(code, dv, defaultLitSpans, closure(f), f.globals);
    if (ann !== null) fn.annotations = annotationsDict(ann.names, av!);
    return fn;
  });
}

export function compileLambda(c: Compiler, e: A.Lambda): SyncExpr {
  const maker = functionMaker(c, e, '<lambda>', false);
  if (maker.s === null) throw new Error('internal: lambda defaults cannot await');
  return maker.s;
}
