/** `abc`: ABC, ABCMeta and abstractmethod; a class with abstract methods left cannot be instantiated. */
import { isAbstract, optionalAttr } from '../compile/descriptor-builtins.ts';
import { PyClassMethod, PyProperty, PyStaticMethod } from '../compile/descriptors.ts';
import { lookupClass } from '../compile/instance-attrs.ts';
import { setattr } from '../compile/objects.ts';
import { typeError } from '../runtime/errors.ts';
import { PyMetaclass } from '../runtime/metaclass.ts';
import { PyBuiltin, PyClass, PySet, PyModule, type ClassProtocol, type Value } from '../runtime/values.ts';
import { nativeClass } from './native-class.ts';

export function makeAbcModule(): PyModule {
  const abstract = new WeakMap<PyClass, string[]>();
  const protocol: ClassProtocol = {
    // ABCMeta.__new__: the class's own abstract attributes, and the inherited ones still abstract.
    created(cls) {
      const names = new Set<string>();
      for (const [name, v] of cls.dict) if (isAbstract(v)) names.add(name);
      for (const b of cls.mro.slice(1)) {
        if (!(b instanceof PyClass)) continue;
        for (const name of abstract.get(b) ?? []) {
          const v = lookupClass(cls, name);
          if (v !== undefined && isAbstract(v)) names.add(name);
        }
      }
      const sorted = [...names].sort();
      abstract.set(cls, sorted);
      const set = new PySet();
      for (const n of sorted) set.map.set(n, n);
      cls.dict.set('__abstractmethods__', set);
    },
    instantiate(cls) {
      const names = abstract.get(cls) ?? [];
      if (names.length === 0) return;
      const which = names.length === 1 ? 'method' : 'methods';
      typeError(`Can't instantiate abstract class ${cls.name} with abstract ${which} ${names.join(', ')}`);
    },
  };
  const d = new Map<string, Value>();
  const ABC = nativeClass('abc', 'ABC', [], [], 'Helper class that provides a standard way to create an ABC using\ninheritance.');
  ABC.meta = protocol;
  abstract.set(ABC, []);
  d.set('ABC', ABC);
  d.set('ABCMeta', new PyMetaclass('ABCMeta', 'abc', protocol));
  d.set(
    'abstractmethod',
    new PyBuiltin('abstractmethod', (args) => {
      if (args.length !== 1) typeError(`abstractmethod() takes 1 positional argument but ${args.length} were given`);
      setattr(args[0], '__isabstractmethod__', true);
      return args[0];
    }),
  );
  // The deprecated spellings: an abstract classmethod, staticmethod or property in one decorator.
  const marked = (wrap: (fn: Value) => Value) => (args: Value[]): Value => {
    if (args.length !== 1) typeError(`expected 1 argument, got ${args.length}`);
    setattr(args[0], '__isabstractmethod__', true);
    return wrap(args[0]);
  };
  d.set('abstractclassmethod', new PyBuiltin('abstractclassmethod', marked((fn) => new PyClassMethod(fn))));
  d.set('abstractstaticmethod', new PyBuiltin('abstractstaticmethod', marked((fn) => new PyStaticMethod(fn))));
  d.set('abstractproperty', new PyBuiltin('abstractproperty', marked((fn) => new PyProperty(fn, null, null, optionalAttr(fn, '__doc__', null)))));
  return new PyModule('abc', d);
}
