/**
 * `sys` as a Taskline program sees it: argv is `['NAME.py']` (as `python3 NAME.py` would
 * give), stdout/stderr write into the run's streams, exit() raises SystemExit, and
 * exc_info()/exception() read the exception being handled.
 */
import * as E from '../../engine/exceptions.ts';
import { typeError } from '../runtime/errors.ts';
import { PyNative } from '../runtime/native.ts';
import { eq, order } from '../runtime/ops.ts';
import { repr } from '../runtime/repr.ts';
import { handledException } from '../runtime/running-frame.ts';
import { typeName } from '../runtime/types.ts';
import { PyBuiltin, PyList, PyModule, PyTuple, type Value } from '../runtime/values.ts';
import { declareEngineType } from '../runtime/types/engine-type.ts';
import { getItem } from '../compile/subscript.ts';
import { checkKw, maxArgs } from './args.ts';
import type { ModuleContext } from './registry.ts';

/** sys.stdout / sys.stderr: a text stream whose write() reaches the run's output. */
export class TextStream extends PyNative {
  readonly pyTypeName = 'TextIOWrapper';
  constructor(
    readonly streamName: string,
    readonly emit: (text: string) => void,
  ) {
    super();
  }
  pyRepr(): string {
    return `<_io.TextIOWrapper name='${this.streamName}' mode='w' encoding='utf-8'>`;
  }
}

function write(self: TextStream, args: Value[], kw: Map<string, Value> | null): Value {
  if (kw !== null && kw.size > 0) typeError('TextIOWrapper.write() takes no keyword arguments');
  if (args.length !== 1) typeError(`TextIOWrapper.write() takes exactly one argument (${args.length} given)`);
  const s = args[0];
  if (typeof s !== 'string') typeError(`write() argument must be str, not ${typeName(s)}`);
  self.emit(s as string);
  return [...(s as string)].length;
}

declareEngineType({
  cls: TextStream,
  name: 'TextIOWrapper',
  module: '_io',
  methods: [
    ['write', write],
    [
      'writelines',
      (self, args) => {
        const lines = args[0];
        if (lines instanceof PyList || lines instanceof PyTuple) for (const l of lines.items) write(self, [l], null);
        else typeError('writelines() argument must be a list or tuple of str');
        return null;
      },
    ],
    ['flush', () => null],
    ['isatty', () => false],
    ['fileno', (self) => (self.streamName === '<stdout>' ? 1 : 2)],
  ],
  props: [
    ['name', (self) => self.streamName],
    ['encoding', () => 'utf-8'],
    ['mode', () => 'w'],
  ],
});

const VERSION = [3, 11, 7, 'final', 0] as const;
const VERSION_FIELDS = ['major', 'minor', 'micro', 'releaselevel', 'serial'];

/** sys.version_info: a named tuple, so `sys.version_info >= (3, 11)` compares as a tuple. */
class VersionInfo extends PyNative {
  readonly pyTypeName = 'sys.version_info';
  readonly tuple = new PyTuple([...VERSION]);
  pyRepr(): string {
    return `sys.version_info(${VERSION_FIELDS.map((f, i) => `${f}=${repr(VERSION[i])}`).join(', ')})`;
  }
  override pyLen(): number {
    return VERSION.length;
  }
  override pyGetItem(key: Value): Value {
    return getItem(this.tuple, key);
  }
  override pyIter(): Iterable<Value> {
    return VERSION;
  }
  override pyEq(other: Value): boolean {
    return other instanceof PyTuple && eq(this.tuple, other);
  }
  override pyCompare(other: Value): number | undefined {
    if (!(other instanceof PyTuple)) return undefined;
    return order('<', this.tuple, other) ? -1 : eq(this.tuple, other) ? 0 : 1;
  }
}
// CPython's type is named `sys.version_info`: module `sys`, name `version_info`.
declareEngineType({
  cls: VersionInfo,
  name: 'version_info',
  module: 'sys',
  construct: () => typeError("cannot create 'sys.version_info' instances"),
  props: VERSION_FIELDS.map((f, i): [string, () => Value] => [f, () => VERSION[i]]),
});

export function makeSysModule(ctx: ModuleContext): PyModule {
  const d = new Map<string, Value>();
  d.set('argv', new PyList([ctx.filename]));
  d.set('orig_argv', new PyList(['python3', ctx.filename]));
  const stdout = new TextStream('<stdout>', ctx.stdout);
  const stderr = new TextStream('<stderr>', ctx.stderr);
  d.set('stdout', stdout);
  d.set('stderr', stderr);
  d.set('__stdout__', stdout);
  d.set('__stderr__', stderr);
  d.set('version', '3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]');
  d.set('version_info', new VersionInfo());
  d.set('hexversion', 0x30b07f0);
  d.set('platform', 'linux');
  d.set('byteorder', 'little');
  d.set('maxunicode', 0x10ffff);
  // A 64-bit build's Py_ssize_t bound, which tutorials use as "no limit".
  d.set('maxsize', 9223372036854775807n);
  d.set('float_repr_style', 'short');
  d.set('executable', '/usr/local/bin/python3');
  d.set(
    'exit',
    new PyBuiltin('exit', (args, kw) => {
      if (kw !== null && kw.size > 0) typeError('sys.exit() takes no keyword arguments');
      if (args.length > 1) typeError(`exit expected at most 1 argument, got ${args.length}`);
      throw args.length === 0 ? E.pyErr(E.SystemExit) : E.pyErr(E.SystemExit, args[0]);
    }),
  );
  d.set('getrecursionlimit', new PyBuiltin('getrecursionlimit', () => 1000));
  d.set('getdefaultencoding', new PyBuiltin('getdefaultencoding', () => 'utf-8'));
  d.set(
    'exc_info',
    new PyBuiltin('exc_info', (args, kw) => {
      checkKw('exc_info', kw, []);
      maxArgs('exc_info', args, 0);
      const e = handledException();
      return new PyTuple(e === null ? [null, null, null] : [e.cls, e, null]);
    }),
  );
  d.set('exception', new PyBuiltin('exception', () => handledException()));
  return new PyModule('sys', d);
}
