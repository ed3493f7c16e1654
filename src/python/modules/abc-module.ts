/** The `abc` module: ABC as a base and @abstractmethod, with CPython's instantiation check. */
import { typeError } from '../runtime/errors.ts';
import { PyNative } from '../runtime/native.ts';
import type { MroEntries } from '../runtime/subclass-hooks.ts';
import { registerEngineType } from '../runtime/types.ts';
import { PyBuiltin, PyModule, type Value } from '../runtime/values.ts';
import { PyFunction } from '../compile/frame.ts';

/** abc.ABC (and ABCMeta, printed as a class): as a base it marks the class for the abstract check. */
class AbcBase extends PyNative implements MroEntries {
  readonly pyTypeName = 'ABCMeta';
  constructor(private readonly name: string) {
    super();
  }
  pyRepr(): string {
    return `<class 'abc.${this.name}'>`;
  }
  pyMroEntries(ns: Map<string, Value>): Value[] {
    if (this.name === 'ABCMeta') typeError('metaclass conflict: ABCMeta as a base is not supported by Taskline');
    ns.set('__abc__', true);
    return [];
  }
}
registerEngineType(AbcBase, 'ABCMeta');

export function makeAbcModule(): PyModule {
  return new PyModule(
    'abc',
    new Map<string, Value>([
      ['ABC', new AbcBase('ABC')],
      ['ABCMeta', new AbcBase('ABCMeta')],
      [
        'abstractmethod',
        new PyBuiltin('abstractmethod', (args) => {
          const f = args[0];
          if (f instanceof PyFunction) (f.attrs ??= new Map()).set('__isabstractmethod__', true);
          return f;
        }),
      ],
    ]),
  );
}
