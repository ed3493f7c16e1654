/**
 * `inspect.signature(f)`: the parameters of a Python function as CPython prints them,
 * `(a, b: int = 2, *args, c, **kw) -> str`, with `.parameters` (name → Parameter) and
 * `.return_annotation`. Tutorials print it from decorators that log calls.
 */
import { PyException } from '../../engine/exceptions.ts';
import { valueError } from '../runtime/errors.ts';
import { NativeType, PyNative } from '../runtime/native.ts';
import { dictSet } from '../runtime/ops.ts';
import { repr } from '../runtime/repr.ts';
import { typeName } from '../runtime/types.ts';
import { BoundMethod, PyClass, PyDict, PyType, type Value } from '../runtime/values.ts';
import { getattr } from '../compile/objects.ts';
import { declareEngineType } from '../runtime/types/engine-type.ts';
import { PyFunction } from '../compile/frame.ts';
import { lookupClass } from '../compile/instance-attrs.ts';

/** inspect.Parameter.empty / Signature.empty: the marker for "no default, no annotation". */
export const EMPTY = new NativeType('_empty', 'inspect', () => EMPTY, () => false);

type Kind = 'POSITIONAL_ONLY' | 'POSITIONAL_OR_KEYWORD' | 'VAR_POSITIONAL' | 'KEYWORD_ONLY' | 'VAR_KEYWORD';

class Parameter extends PyNative {
  readonly pyTypeName = 'Parameter';
  constructor(
    readonly name: string,
    readonly kind: Kind,
    readonly dflt: Value,
    readonly annotation: Value,
  ) {
    super();
  }
  override pyStr(): string {
    let s = this.kind === 'VAR_POSITIONAL' ? '*' + this.name : this.kind === 'VAR_KEYWORD' ? '**' + this.name : this.name;
    const annotated = this.annotation !== EMPTY;
    if (annotated) s += ': ' + annotationText(this.annotation);
    if (this.dflt !== EMPTY) s += (annotated ? ' = ' : '=') + repr(this.dflt);
    return s;
  }
  pyRepr(): string {
    return `<Parameter "${this.pyStr()}">`;
  }
}

class Signature extends PyNative {
  readonly pyTypeName = 'Signature';
  constructor(
    readonly params: readonly Parameter[],
    readonly returns: Value,
  ) {
    super();
  }
  override pyStr(): string {
    const parts: string[] = [];
    // A bare `*` marks where keyword-only parameters start when no `*args` does.
    let starred = false;
    this.params.forEach((p, i) => {
      if (p.kind === 'VAR_POSITIONAL') starred = true;
      if (p.kind === 'KEYWORD_ONLY' && !starred) {
        parts.push('*');
        starred = true;
      }
      parts.push(p.pyStr());
      if (p.kind === 'POSITIONAL_ONLY' && this.params[i + 1]?.kind !== 'POSITIONAL_ONLY') parts.push('/');
    });
    const ret = this.returns === EMPTY ? '' : ' -> ' + annotationText(this.returns);
    return `(${parts.join(', ')})${ret}`;
  }
  pyRepr(): string {
    return `<Signature ${this.pyStr()}>`;
  }
}

/** inspect.formatannotation: builtins by name, other classes by module and name, the rest by repr. */
function annotationText(a: Value): string {
  if (a instanceof PyClass) return a.module === 'builtins' ? a.name : `${a.module}.${String(a.dict.get('__qualname__') ?? a.name)}`;
  if (a instanceof NativeType) return a.module === 'builtins' ? a.name : `${a.module}.${a.name}`;
  if (a instanceof PyType) return a.name;
  return repr(a);
}

function ownAttr(v: Value, name: string): Value | undefined {
  try {
    return getattr(v, name);
  } catch (e) {
    if (e instanceof PyException) return undefined;
    throw e;
  }
}

function functionSignature(fn: PyFunction, skipFirst: boolean): Signature {
  const p = fn.code.params;
  const notes = ownAttr(fn, '__annotations__');
  const note = (name: string): Value => (notes instanceof PyDict ? (notes.map.get(name)?.v ?? EMPTY) : EMPTY);
  const dflt = (i: number): Value => (p.defaultIndex[i]! >= 0 ? fn.defaults[p.defaultIndex[i]!] : EMPTY);
  const params: Parameter[] = [];
  p.positional.forEach((name, i) => params.push(new Parameter(name, i < p.posonlyCount ? 'POSITIONAL_ONLY' : 'POSITIONAL_OR_KEYWORD', dflt(i), note(name))));
  if (p.vararg !== null) params.push(new Parameter(p.vararg, 'VAR_POSITIONAL', EMPTY, note(p.vararg)));
  p.kwonly.forEach((name, i) => params.push(new Parameter(name, 'KEYWORD_ONLY', dflt(p.positional.length + i), note(name))));
  if (p.kwarg !== null) params.push(new Parameter(p.kwarg, 'VAR_KEYWORD', EMPTY, note(p.kwarg)));
  // A bound method's signature leaves out `self`; a method taking only `*args` keeps it.
  if (skipFirst) {
    const first = params[0]?.kind;
    if (first === 'POSITIONAL_ONLY' || first === 'POSITIONAL_OR_KEYWORD') params.shift();
    else if (first !== 'VAR_POSITIONAL') valueError('invalid method signature');
  }
  return new Signature(params, note('return'));
}

export function signatureOf(v: Value): Signature {
  let f = v;
  // functools.wraps leaves __wrapped__, which signature() follows.
  for (let wrapped = ownAttr(f, '__wrapped__'); wrapped !== undefined; wrapped = ownAttr(f, '__wrapped__')) f = wrapped;
  if (f instanceof PyFunction) return functionSignature(f, false);
  if (f instanceof BoundMethod && f.fn instanceof PyFunction) return functionSignature(f.fn, true);
  if (f instanceof PyClass) {
    const init = lookupClass(f, '__init__');
    if (init instanceof PyFunction) return functionSignature(init, true);
    return new Signature([], EMPTY);
  }
  return valueError(`no signature found for ${typeName(f)} object`);
}

// inspect.Signature and inspect.Parameter are left out of the module; their objects still say what they are.
declareEngineType({
  cls: Signature,
  name: 'Signature',
  module: 'inspect',
  props: [
    [
      'parameters',
      (self) => {
        const d = new PyDict();
        for (const p of self.params) dictSet(d, p.name, p);
        return d;
      },
    ],
    ['return_annotation', (self) => self.returns],
  ],
});
declareEngineType({
  cls: Parameter,
  name: 'Parameter',
  module: 'inspect',
  props: [
    ['name', (self) => self.name],
    ['default', (self) => self.dflt],
    ['annotation', (self) => self.annotation],
  ],
});
