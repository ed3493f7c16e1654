/**
 * The builtins table of one run: runtime/builtins.ts's functions plus the builtins that live
 * beside the compiler (super, property, the descriptors...), with print writing to the run.
 */
import * as E from '../engine/exceptions.ts';
import type { SourceSpan } from '../trace/format.ts';
import { builtinExcClasses, typeName } from './runtime/types.ts';
import { PyBuiltin, type Value } from './runtime/values.ts';
import { makeBuiltins, printText, printTo } from './runtime/builtins.ts';
import { NotImplemented } from './runtime/not-implemented.ts';
import { ELLIPSIS } from './runtime/ellipsis.ts';
import { callMethod, delattr, getattr, setattr, superBuiltin } from './compile/objects.ts';
import { sliceType } from './compile/slice-object.ts';
import { bytesType } from './compile/bytes-object.ts';
import { bytearrayType } from './compile/bytearray-object.ts';
import './compile/int-bytes.ts';
import { classmethodType, propertyType, staticmethodType } from './compile/descriptor-builtins.ts';
import { aiterBuiltin, anextBuiltin } from './compile/generator-methods.ts';

/** Fills `table` (a realm's builtins) with every builtin; print() writes through `write`. */
export function fillBuiltins(table: Map<string, Value>, write: (text: string, span?: SourceSpan) => void): void {
  for (const [name, v] of makeBuiltins({ write: (t) => write(t), getattr, setattr })) table.set(name, v);
  table.set(
    'print',
    new PyBuiltin('print', (args, kw, site) => {
      const text = printText(args, kw);
      const file = kw?.get('file') ?? null;
      if (file === null) write(text, site.span);
      else printTo(file, args, kw, (obj, name, a) => callMethod(obj, name, a, null, site));
      return null;
    }),
  );
  table.set('super', superBuiltin);
  table.set('slice', sliceType);
  table.set('bytes', bytesType);
  table.set('bytearray', bytearrayType);
  table.set('aiter', aiterBuiltin);
  table.set('anext', anextBuiltin);
  table.set(
    'delattr',
    new PyBuiltin('delattr', (args, kw) => {
      if (kw !== null && kw.size > 0) throw E.pyErr(E.TypeError, 'delattr() takes no keyword arguments');
      if (args.length !== 2) throw E.pyErr(E.TypeError, `delattr expected 2 arguments, got ${args.length}`);
      if (typeof args[1] !== 'string') throw E.pyErr(E.TypeError, `attribute name must be string, not '${typeName(args[1])}'`);
      delattr(args[0], args[1]);
      return null;
    }),
  );
  table.set('property', propertyType);
  table.set('NotImplemented', NotImplemented);
  table.set('staticmethod', staticmethodType);
  table.set('classmethod', classmethodType);
  table.set('Ellipsis', ELLIPSIS);
  for (const c of builtinExcClasses) if (c.module === 'builtins') table.set(c.name, c);
  table.set('IOError', E.OSError);
  table.set('EnvironmentError', E.OSError);
}
