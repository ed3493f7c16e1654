/**
 * dataclasses' Field objects and how a class's fields are collected: inherited fields from
 * base dataclasses first, then the class's own annotations in order, with CPython's checks.
 */
import { typeError, valueError } from '../runtime/errors.ts';
import { lookupClass } from '../compile/instance-attrs.ts';
import { PyDict, PyInstance, PyList, PySet, type PyClass, type Value } from '../runtime/values.ts';
import { repr } from '../runtime/repr.ts';
import { annotationSource } from '../compile/annotation-text.ts';
import { nativeClass, nativeMethods } from './native-class.ts';

export type FieldKind = '_FIELD' | '_FIELD_CLASSVAR' | '_FIELD_INITVAR';

/** The settings of one field, as the generated methods read them. */
export interface FieldSpec {
  readonly name: string;
  readonly type: Value;
  readonly default: Value;
  readonly defaultFactory: Value;
  readonly init: boolean;
  readonly repr: boolean;
  readonly hash: Value;
  readonly compare: boolean;
  readonly kwOnly: boolean;
  readonly kind: FieldKind;
  readonly metadata: Value;
}

export interface FieldTypes {
  readonly MISSING: PyInstance;
  readonly Field: PyClass;
  /** A Field instance for `spec`. */
  make(spec: FieldSpec): PyInstance;
  /** The spec a Field instance holds. */
  spec(f: PyInstance): FieldSpec;
}

const ATTRS = ['name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash', 'compare', 'metadata', 'kw_only', '_field_type'];

export function makeFieldTypes(): FieldTypes {
  const missingType = nativeClass('dataclasses', '_MISSING_TYPE', [], []);
  const MISSING = new PyInstance(missingType);
  const Field = nativeClass(
    'dataclasses',
    'Field',
    [],
    nativeMethods('dataclasses.Field', {
      __repr__: (args) => {
        const f = args[0] as PyInstance;
        const parts = ATTRS.map((a) => `${a}=${a === '_field_type' ? String(f.dict.get(a)) : repr(f.dict.get(a))}`);
        return `Field(${parts.join(',')})`;
      },
    }),
  );
  return {
    MISSING,
    Field,
    make(spec) {
      const f = new PyInstance(Field);
      const d = f.dict;
      d.set('name', spec.name);
      d.set('type', spec.type);
      d.set('default', spec.default);
      d.set('default_factory', spec.defaultFactory);
      d.set('init', spec.init);
      d.set('repr', spec.repr);
      d.set('hash', spec.hash);
      d.set('compare', spec.compare);
      d.set('metadata', spec.metadata);
      d.set('kw_only', spec.kwOnly ? true : spec.kind === '_FIELD' ? false : MISSING);
      d.set('_field_type', spec.kind);
      return f;
    },
    spec(f) {
      const d = f.dict;
      return {
        name: d.get('name') as string,
        type: d.get('type'),
        default: d.get('default'),
        defaultFactory: d.get('default_factory'),
        init: d.get('init') === true,
        repr: d.get('repr') === true,
        hash: d.get('hash'),
        compare: d.get('compare') === true,
        kwOnly: d.get('kw_only') === true,
        kind: (d.get('_field_type') as FieldKind | undefined) ?? '_FIELD',
        metadata: d.get('metadata'),
      };
    },
  };
}

/** dataclasses' _is_classvar / _is_initvar by the annotation's text: `ClassVar[...]`, `typing.ClassVar`. */
function kindOf(annotation: string): FieldKind {
  const m = /^\s*(?:\w+\s*\.)?\s*(\w+)/.exec(annotation);
  if (m?.[1] === 'ClassVar') return '_FIELD_CLASSVAR';
  if (m?.[1] === 'InitVar') return '_FIELD_INITVAR';
  return '_FIELD';
}

/** A default CPython refuses: one whose type is unhashable (list, dict, set, eq-only classes). */
function isMutableDefault(v: Value): boolean {
  if (v instanceof PyList || v instanceof PyDict || v instanceof PySet) return true;
  return v instanceof PyInstance && lookupClass(v.cls, '__hash__') === null;
}

function typeRepr(v: Value): string {
  if (v instanceof PyList) return "<class 'list'>";
  if (v instanceof PyDict) return "<class 'dict'>";
  if (v instanceof PySet) return "<class 'set'>";
  return repr((v as PyInstance).cls);
}

/**
 * The fields of `cls` in order (ClassVar and InitVar pseudo-fields included, marked), and
 * the class attributes they replace: a `field()` default becomes the plain default, or the
 * attribute goes away.
 */
export function collectFields(cls: PyClass, ft: FieldTypes, kwOnlyDefault: boolean): Map<string, FieldSpec> {
  const fields = new Map<string, FieldSpec>();
  for (let i = cls.mro.length - 1; i >= 1; i--) {
    const base = cls.mro[i]!;
    const inherited = 'dict' in base ? (base as PyClass).dict.get('__dataclass_fields__') : undefined;
    if (inherited instanceof PyDict) for (const { v } of inherited.map.values()) fields.set((v as PyInstance).dict.get('name') as string, ft.spec(v as PyInstance));
  }
  const ann = cls.dict.get('__annotations__');
  if (!(ann instanceof PyDict)) return fields;
  let kwOnly = kwOnlyDefault;
  for (const { k, v: annotation } of ann.map.values()) {
    const name = k as string;
    const source = annotationSource(ann, name) ?? (typeof annotation === 'string' ? annotation : '');
    // `_: KW_ONLY` makes the fields after it keyword-only.
    if (/^\s*(?:\w+\s*\.)?KW_ONLY\s*$/.test(source)) {
      kwOnly = true;
      continue;
    }
    const kind = kindOf(source);
    const attr = cls.dict.get(name);
    let spec: FieldSpec;
    if (attr instanceof PyInstance && attr.cls === ft.Field) {
      const given = ft.spec(attr);
      spec = { ...given, name, type: annotation, kind, kwOnly: attr.dict.get('kw_only') === ft.MISSING ? kwOnly : given.kwOnly };
    } else {
      spec = {
        name,
        type: annotation,
        default: attr === undefined ? ft.MISSING : attr,
        defaultFactory: ft.MISSING,
        init: true,
        repr: true,
        hash: null,
        compare: true,
        kwOnly,
        kind,
        metadata: new PyDict(),
      };
    }
    if (kind === '_FIELD_CLASSVAR' && spec.defaultFactory !== ft.MISSING) typeError(`field ${name} cannot have a default factory`);
    if (kind === '_FIELD' && isMutableDefault(spec.default)) {
      valueError(`mutable default ${typeRepr(spec.default)} for field ${name} is not allowed: use default_factory`);
    }
    if (attr instanceof PyInstance && attr.cls === ft.Field) {
      if (spec.default === ft.MISSING) cls.dict.delete(name);
      else cls.dict.set(name, spec.default);
    }
    fields.set(name, spec);
  }
  for (const [name, v] of cls.dict) {
    if (v instanceof PyInstance && v.cls === ft.Field && !fields.has(name)) typeError(`${repr(name)} is a field but has no type annotation`);
  }
  return fields;
}
